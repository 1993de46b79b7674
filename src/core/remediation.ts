/**
 * What to do when a credential leaks: where to revoke it, how to rotate it, and how to reference it
 * instead of pasting it. One entry per provider; rules point here through their `provider` key.
 */
import { FAMILIES } from './rules/index.js';

export interface ProviderRemediation {
  name: string;
  /** The page where the credential is revoked or rotated. */
  revokeUrl: string;
  /** Extra provider-specific advice, one sentence. */
  note?: string;
  /** Where to check what the credential was used for (a URL, or where to find it). */
  auditLog?: string;
}

const PROVIDERS: Record<string, ProviderRemediation> = {
  generic: { name: 'the issuing service', revokeUrl: '' },
  aws: {
    auditLog:
      'https://console.aws.amazon.com/cloudtrail/home#/events (CloudTrail event history, filtered by the access key id)',
    name: 'AWS',
    revokeUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
    note: 'Deactivate the access key in IAM, create a new one, and check CloudTrail for its use.',
  },
  gcp: {
    auditLog: 'https://console.cloud.google.com/logs/query (Cloud Audit Logs, filtered by the service account)',
    name: 'Google Cloud',
    revokeUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    note: 'Delete the service account key and create a new one; prefer workload identity federation.',
  },
  google: {
    auditLog: "https://myaccount.google.com/notifications (security activity) and the Cloud console's audit logs",
    name: 'Google',
    revokeUrl: 'https://myaccount.google.com/permissions',
    note: 'Revoke the grant (or reset the client secret / restrict the API key in the Cloud console credentials page).',
  },
  github: {
    auditLog: 'https://github.com/settings/security-log (and the organization audit log)',
    name: 'GitHub',
    revokeUrl: 'https://github.com/settings/tokens',
    note: 'Delete the token, create a fine-grained one limited to the repositories and permissions needed, and review the security log.',
  },
  gitlab: {
    auditLog: "https://gitlab.com/-/user_settings/authentication_log (and the group's audit events)",
    name: 'GitLab',
    revokeUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  },
  slack: {
    auditLog: "Workspace settings > Access logs, and the app's activity in the workspace's audit logs",
    name: 'Slack',
    revokeUrl: 'https://api.slack.com/apps',
    note: 'Regenerate the token or webhook in the app settings.',
  },
  stripe: {
    auditLog: 'https://dashboard.stripe.com/logs (request logs, filtered by the key)',
    name: 'Stripe',
    revokeUrl: 'https://dashboard.stripe.com/apikeys',
    note: 'Roll the key; use a restricted key with only the permissions the server needs.',
  },
  openai: {
    auditLog: 'https://platform.openai.com/usage (usage by key)',
    name: 'OpenAI',
    revokeUrl: 'https://platform.openai.com/api-keys',
  },
  anthropic: {
    auditLog: 'https://console.anthropic.com/settings/usage (usage by key)',
    name: 'Anthropic',
    revokeUrl: 'https://console.anthropic.com/settings/keys',
  },
  npm: {
    auditLog: 'https://www.npmjs.com/settings/~/packages (check recent publishes of your packages)',
    name: 'npm',
    revokeUrl: 'https://www.npmjs.com/settings/~/tokens',
  },
  sendgrid: { name: 'SendGrid', revokeUrl: 'https://app.sendgrid.com/settings/api_keys' },
  shopify: { name: 'Shopify', revokeUrl: 'https://admin.shopify.com/settings/apps' },
  grafana: { name: 'Grafana', revokeUrl: 'https://grafana.com/orgs' },
  groq: { name: 'Groq', revokeUrl: 'https://console.groq.com/keys' },
  huggingface: {
    auditLog: "https://huggingface.co/settings/tokens (last used) and your repositories' recent commits",
    name: 'Hugging Face',
    revokeUrl: 'https://huggingface.co/settings/tokens',
  },
  linear: { name: 'Linear', revokeUrl: 'https://linear.app/settings/account/security' },
  notion: { name: 'Notion', revokeUrl: 'https://www.notion.so/profile/integrations' },
  '1password': { name: '1Password', revokeUrl: 'https://my.1password.com/developer-tools/infrastructure-secrets' },
  database: {
    auditLog:
      "the database's connection and audit logs (pg_stat_activity / log_connections, or the cloud provider's database logs)",
    name: 'the database',
    revokeUrl: '',
    note: 'Change the database user password now, and give the MCP server a read-only user on a non-production copy.',
  },
  vault: { name: 'HashiCorp Vault', revokeUrl: '', note: 'Run `vault token revoke` on the token.' },
  vercel: { name: 'Vercel', revokeUrl: 'https://vercel.com/account/tokens' },
  databricks: {
    name: 'Databricks',
    revokeUrl: '',
    note: 'Revoke the token under User Settings > Developer > Access tokens.',
  },
  docker: { name: 'Docker Hub', revokeUrl: 'https://app.docker.com/settings/personal-access-tokens' },
  figma: {
    name: 'Figma',
    revokeUrl: 'https://www.figma.com/settings',
    note: 'Revoke it under Security > Personal access tokens.',
  },
  cloudflare: { name: 'Cloudflare', revokeUrl: 'https://dash.cloudflare.com/profile/api-tokens' },
  tailscale: { name: 'Tailscale', revokeUrl: 'https://login.tailscale.com/admin/settings/keys' },
  'private-key': {
    name: 'the key owner',
    revokeUrl: '',
    note: 'Treat the key pair as compromised: remove the public key everywhere it is trusted and issue a new pair.',
  },
};

let fromFamilies: Map<string, ProviderRemediation> | undefined;

/** A provider's entry: this table first, then the `providers` a rule family declares. */
export function providerInfo(provider: string | undefined): ProviderRemediation {
  fromFamilies ??= new Map(FAMILIES.flatMap((f) => Object.entries(f.providers ?? {})));
  const key = provider ?? 'generic';
  return PROVIDERS[key] ?? fromFamilies.get(key) ?? PROVIDERS['generic']!;
}

/** One paragraph: revoke, rotate, reference instead. */
export function remediationFor(provider: string | undefined, referenceHint?: string): string {
  const p = providerInfo(provider);
  const revoke = p.revokeUrl ? `Revoke it now at ${p.revokeUrl}` : `Revoke it now with ${p.name}`;
  const parts = [
    `${revoke} and issue a replacement with the narrowest scope.`,
    p.note,
    'Remove it from the file (and from git history if it was pushed).',
    referenceHint ?? 'Load it from an environment variable or a secret manager instead of writing it in the file.',
  ];
  return parts.filter(Boolean).join(' ');
}

/** For a credential only in the history: gone from HEAD, still live until revoked; how to purge. */
export function historyOnlyRemediation(provider: string | undefined, file: string): string {
  const p = providerInfo(provider);
  const revoke = p.revokeUrl ? `revoke it at ${p.revokeUrl}` : `revoke it with ${p.name}`;
  return [
    `It is gone from ${file} at HEAD but stays in the git history, where anyone with a clone can read it: ${revoke} and issue a replacement.`,
    p.note,
    `Purging the history is optional once it is revoked: git filter-repo --replace-text (rewrites every later commit; every clone must re-fetch).`,
  ]
    .filter(Boolean)
    .join(' ');
}
