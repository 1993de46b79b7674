/**
 * The registry of own rule families. Adding a provider family: write `src/core/rules/<family>.ts`
 * exporting a `RuleFamily`, add it to `FAMILIES` below, and add its tests beside the others in
 * `test/core/rules/`.
 */
import { defineFamily, type DefinedFamily, type RuleFamily } from './define.js';
import { aiTools } from './ai-tools.js';
import { atlassian } from './atlassian.js';
import { databaseUrls } from './database-urls.js';
import { gitlab } from './gitlab.js';
import { google } from './google.js';
import { httpAuth } from './http-auth.js';
import { notion } from './notion.js';
import { sentry } from './sentry.js';
import { slack } from './slack.js';
import { supabase } from './supabase.js';
import { telegram } from './telegram.js';
import { urlCredentials } from './url-credentials.js';

export const FAMILIES: readonly RuleFamily[] = [
  // One line per family, in alphabetical order.
  aiTools,
  atlassian,
  databaseUrls,
  gitlab,
  google,
  httpAuth,
  notion,
  sentry,
  slack,
  supabase,
  telegram,
  urlCredentials,
];

let defined: readonly DefinedFamily[] | undefined;

/** Every own family compiled to a secretlint rule (compiled once, on first use). */
export function definedFamilies(): readonly DefinedFamily[] {
  defined ??= FAMILIES.map(defineFamily);
  return defined;
}
