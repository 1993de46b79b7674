/** Every verifier, keyed by the provider id the rules use (`SecretRuleSpec.provider`). */
import type { Verifier } from '../types.js';
import { anthropic } from './anthropic.js';
import { cloudflare } from './cloudflare.js';
import { digitalocean } from './digitalocean.js';
import { discord } from './discord.js';
import { doppler } from './doppler.js';
import { figma } from './figma.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { heroku } from './heroku.js';
import { huggingface } from './huggingface.js';
import { linear } from './linear.js';
import { netlify } from './netlify.js';
import { notion } from './notion.js';
import { npm } from './npm.js';
import { deepseek, fireworks, groq, mistral, openai, together, xai } from './openai-compatible.js';
import { openrouter } from './openrouter.js';
import { sendgrid } from './sendgrid.js';
import { slack } from './slack.js';
import { stripe } from './stripe.js';
import { supabase } from './supabase.js';
import { telegram } from './telegram.js';
import { vercel } from './vercel.js';

export const VERIFIERS: readonly Verifier[] = [
  github,
  gitlab,
  slack,
  openai,
  anthropic,
  groq,
  deepseek,
  mistral,
  together,
  xai,
  fireworks,
  openrouter,
  huggingface,
  stripe,
  notion,
  linear,
  sendgrid,
  npm,
  cloudflare,
  digitalocean,
  heroku,
  netlify,
  vercel,
  figma,
  discord,
  telegram,
  doppler,
  supabase,
];

const BY_PROVIDER = new Map(VERIFIERS.map((v) => [v.provider, v]));

/** The verifier for a rule's credential, or undefined when its provider has no side-effect-free check. */
export function verifierFor(provider: string | undefined, ruleId: string): Verifier | undefined {
  const v = provider ? BY_PROVIDER.get(provider) : undefined;
  if (!v) return undefined;
  return !v.rules || v.rules.includes(ruleId) ? v : undefined;
}
