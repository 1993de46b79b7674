/**
 * What each MCP server connects to, and how carefully: "connect freely" (reference docs,
 * calendars, productivity tools, project files), "consider carefully" (email, shared drives, team
 * chat, source hosting, databases, code execution), "don't connect" (secrets managers, live
 * payments, production databases, cloud administration, regulated data). Known servers are
 * matched by name, package and host; anything else is "consider carefully". `mcp.serverTiers`
 * overrides by server name or package pattern.
 */
import micromatch from 'micromatch';
import type { ServerTier } from '../core/types.js';
import type { ArgToken } from './argv.js';
import { entry, type ObjectNode } from './parse/node.js';
import { packageOf } from './policy/packages.js';
import type { McpSettings } from './settings.js';
import { SERVER_URL_KEYS } from './servers.js';
import type { Slot } from './slots.js';

interface Kind {
  match: RegExp;
  kind: string;
  tier: ServerTier;
}

/** First match wins: the narrower kinds (documentation about a cloud) come before the broad ones. */
const KINDS: readonly Kind[] = [
  { match: /docs?\b|documentation|context7|reference|knowledge/i, kind: 'reference docs', tier: 'connect-freely' },
  {
    match: /vault|1password|onepassword|bitwarden|secrets?[-_ ]?manager|doppler|infisical|lastpass|keeper|keychain/i,
    kind: 'secrets manager',
    tier: 'dont-connect',
  },
  {
    match: /fhir|\behr\b|epic|health|patient|medical|clinic|payroll|workday|\bhris?\b/i,
    kind: 'regulated data',
    tier: 'dont-connect',
  },
  {
    match:
      /\baws\b|awslabs|gcloud|google-cloud|\bgcp\b|azure|kubernetes|\bk8s\b|kubectl|terraform|pulumi|cloudformation/i,
    kind: 'cloud administration',
    tier: 'dont-connect',
  },
  {
    match: /stripe|paypal|square|adyen|braintree|plaid|coinbase|payment|banking/i,
    kind: 'payments',
    tier: 'consider-carefully',
  },
  { match: /gmail|outlook|\bmail\b|email|imap|smtp|exchange/i, kind: 'email', tier: 'consider-carefully' },
  { match: /g?drive|onedrive|sharepoint|dropbox|\bbox\b/i, kind: 'shared drives', tier: 'consider-carefully' },
  {
    match: /slack|discord|teams|telegram|whatsapp|mattermost|\bchat\b/i,
    kind: 'team chat',
    tier: 'consider-carefully',
  },
  { match: /github|gitlab|bitbucket|gitea/i, kind: 'source hosting', tier: 'consider-carefully' },
  {
    match: /postgres|mysql|mariadb|mongo|redis|sqlite|supabase|neon|planetscale|database|\bsql\b|\bdb\b/i,
    kind: 'database',
    tier: 'consider-carefully',
  },
  { match: /salesforce|hubspot|zendesk|intercom|\bcrm\b/i, kind: 'customer data', tier: 'consider-carefully' },
  {
    match: /browser|puppeteer|playwright|shell|terminal|\bexec\b|desktop-commander|computer-use/i,
    kind: 'code execution',
    tier: 'consider-carefully',
  },
  {
    match:
      /calendar|fetch|memory|sequential-?thinking|\btime\b|everything|weather|search|tavily|perplexity|brave|\bexa\b|wikipedia|firecrawl/i,
    kind: 'reference and utilities',
    tier: 'connect-freely',
  },
  {
    match: /notion|linear|jira|confluence|atlassian|asana|todoist|trello|clickup|figma|monday/i,
    kind: 'productivity',
    tier: 'connect-freely',
  },
  { match: /filesystem|\bfs\b/i, kind: 'local files', tier: 'connect-freely' },
];

const LIVE_PAYMENT_KEY = /\b(?:sk|rk)_live_|access_token\$production\$|\bsq0atp-/;
const PRODUCTION = /(?:^|[^a-z])(?:prod|production|prd|live)(?:[^a-z]|$)/i;

export interface Classification {
  kind: string;
  tier: ServerTier;
  /** Why, in a few words (`payments, live key`). */
  reason: string;
}

export function classifyServer(
  name: string,
  server: ObjectNode,
  argv: readonly ArgToken[],
  slots: readonly Slot[],
  settings: McpSettings,
): Classification {
  const pkg = packageOf(argv)?.name ?? '';
  const url = SERVER_URL_KEYS.map((k) => entry(server, k)).find((v) => v !== undefined);
  const host = url?.kind === 'string' ? (/^[a-z]+:\/\/([^/:?#]+)/i.exec(url.value)?.[1] ?? '') : '';
  const override = Object.entries(settings.serverTiers ?? {}).find(([pattern]) =>
    [name, pkg, host].some((v) => v && micromatch.isMatch(v, pattern, { nocase: true })),
  );
  const subject = [name, pkg, host].join(' ');
  const known = KINDS.find((k) => k.match.test(subject));
  const kind = known?.kind ?? 'unknown';
  if (override) return { kind, tier: override[1], reason: `mcp.serverTiers "${override[0]}"` };
  if (!known) return { kind, tier: 'consider-carefully', reason: 'not a known server' };
  const values = slots.map((s) => s.node.value.slice(s.from, s.to)).join('\n');
  if (known.kind === 'payments' && LIVE_PAYMENT_KEY.test(values)) {
    return { kind, tier: 'dont-connect', reason: 'payments with a live key' };
  }
  if (known.kind === 'database' && PRODUCTION.test(values)) {
    return { kind, tier: 'dont-connect', reason: 'a production database' };
  }
  return { kind, tier: known.tier, reason: known.kind };
}
