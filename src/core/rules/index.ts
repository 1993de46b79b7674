/**
 * The registry of own rule families. Adding a provider family: write `src/core/rules/<family>.ts`
 * exporting a `RuleFamily`, add it to `FAMILIES` below, and add its tests beside the others in
 * `test/core/rules/`.
 */
import { defineFamily, type DefinedFamily, type RuleFamily } from './define.js';
import { agentTools } from './agent-tools.js';
import { aiProviders } from './ai-providers.js';
import { aiTools } from './ai-tools.js';
import { atlassian } from './atlassian.js';
import { aws } from './aws.js';
import { azure } from './azure.js';
import { cloudHosting } from './cloud-hosting.js';
import { dataApis } from './data-apis.js';
import { dataServices } from './data-services.js';
import { databaseUrls } from './database-urls.js';
import { devPlatforms } from './dev-platforms.js';
import { discord } from './discord.js';
import { gitlab } from './gitlab.js';
import { generic } from './generic.js';
import { google } from './google.js';
import { httpAuth } from './http-auth.js';
import { identity } from './identity.js';
import { jenkins } from './jenkins.js';
import { jwt } from './jwt.js';
import { keyFiles } from './key-files.js';
import { kubernetes } from './kubernetes.js';
import { messaging } from './messaging.js';
import { microsoftWebhooks } from './microsoft-webhooks.js';
import { notion } from './notion.js';
import { observability } from './observability.js';
import { packageRegistries } from './package-registries.js';
import { payments } from './payments.js';
import { PRESET_PROVIDERS } from './preset-providers.js';
import { productivity } from './productivity.js';
import { providerNamed } from './provider-named.js';
import type { ProviderFacts } from './provider.js';
import { sendbird } from './sendbird.js';
import { sentry } from './sentry.js';
import { slack } from './slack.js';
import { social } from './social.js';
import { sumologic } from './sumologic.js';
import { supabase } from './supabase.js';
import { telegram } from './telegram.js';
import { terraform } from './terraform.js';
import { urlCredentials } from './url-credentials.js';

export const FAMILIES: readonly RuleFamily[] = [
  // One line per family, in alphabetical order.
  agentTools,
  aiProviders,
  aiTools,
  atlassian,
  aws,
  azure,
  cloudHosting,
  dataApis,
  dataServices,
  databaseUrls,
  devPlatforms,
  discord,
  generic,
  gitlab,
  google,
  httpAuth,
  identity,
  jenkins,
  jwt,
  keyFiles,
  kubernetes,
  messaging,
  microsoftWebhooks,
  notion,
  observability,
  packageRegistries,
  payments,
  productivity,
  providerNamed,
  sendbird,
  sentry,
  slack,
  social,
  sumologic,
  supabase,
  telegram,
  terraform,
  urlCredentials,
];

let defined: readonly DefinedFamily[] | undefined;

/** Every own family compiled to a secretlint rule (compiled once, on first use). */
export function definedFamilies(): readonly DefinedFamily[] {
  defined ??= FAMILIES.map(defineFamily);
  return defined;
}

let providers: ReadonlyMap<string, ProviderFacts> | undefined;

/** Every provider's facts, from the families and the preset mapping; a key declared twice throws. */
export function providerTable(): ReadonlyMap<string, ProviderFacts> {
  if (providers) return providers;
  const table = new Map<string, ProviderFacts>();
  const tables = [...FAMILIES.map((f) => [f.id, f.providers ?? {}] as const), ['preset', PRESET_PROVIDERS] as const];
  for (const [owner, entries] of tables) {
    for (const [key, facts] of Object.entries(entries)) {
      if (table.has(key)) throw new Error(`provider ${key} is declared twice (again by ${owner})`);
      table.set(key, facts);
    }
  }
  providers = table;
  return table;
}
