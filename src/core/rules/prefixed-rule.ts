/**
 * One rule for a token that names itself: a literal prefix (or a few) and a body of a fixed shape,
 * not inside a longer word. Samples follow from the facts: the token alone must be found, the same
 * prefix with a body cut short or made of one repeated character must not.
 */
import { escapeRegExp } from '../regexp.js';
import type { PeerRules, SecretRuleSpec } from './define.js';

export interface PrefixedRuleFacts {
  id: string;
  title: string;
  provider: string;
  /** Literal prefixes, as issued (case-sensitive); they double as the keyword gate. */
  prefixes: readonly string[];
  /** Regex source of what follows the prefix. */
  body: string;
  /** A short body of the right charset, for the near-miss sample (regex source). */
  short: string;
  minEntropy?: number;
  validate?: SecretRuleSpec['validate'];
  peers?: PeerRules;
  description?: string;
}

export function prefixedRule(f: PrefixedRuleFacts): SecretRuleSpec {
  const prefix =
    f.prefixes.length === 1 ? escapeRegExp(f.prefixes[0]!) : `(?:${f.prefixes.map(escapeRegExp).join('|')})`;
  const format = `${prefix}${f.body}`;
  return {
    id: f.id,
    title: f.title,
    provider: f.provider,
    keywords: f.prefixes.map((p) => p.toLowerCase()),
    pattern: new RegExp(`(?<![A-Za-z0-9_.~-])(?<secret>${format})(?![A-Za-z0-9_=-])`),
    minEntropy: f.minEntropy ?? 3.5,
    ...(f.validate ? { validate: f.validate } : {}),
    ...(f.description ? { description: f.description } : {}),
    format,
    samples: {
      found: [format, `SERVICE_TOKEN="${format}"`],
      notFound: [`${prefix}${f.short}`, `${prefix}${f.body.replace(/\[[^\]]+\]/g, 'x')}`],
    },
    ...(f.peers ? { peers: f.peers } : {}),
  };
}
