/**
 * Facts about the providers whose credentials only secretlint's recommended preset finds (the
 * message mapping in `preset.ts` points here through its `provider` keys).
 */
import type { ProviderTable } from './provider.js';

export const PRESET_PROVIDERS: ProviderTable = {
  gcp: {
    auditLog: 'https://console.cloud.google.com/logs/query (Cloud Audit Logs, filtered by the service account)',
    name: 'Google Cloud',
    revokeUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    note: 'Delete the service account key and create a new one; prefer workload identity federation.',
  },
  github: {
    auditLog: 'https://github.com/settings/security-log (and the organization audit log)',
    name: 'GitHub',
    revokeUrl: 'https://github.com/settings/tokens',
    note: 'Delete the token, create a fine-grained one limited to the repositories and permissions needed, and review the security log.',
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
  '1password': { name: '1Password', revokeUrl: 'https://my.1password.com/developer-tools/infrastructure-secrets' },
  vault: { name: 'HashiCorp Vault', revokeUrl: '', note: 'Run `vault token revoke` on the token.' },
  vercel: { name: 'Vercel', revokeUrl: 'https://vercel.com/account/tokens' },
  databricks: {
    name: 'Databricks',
    revokeUrl: '',
    note: 'Revoke the token under User Settings > Developer > Access tokens.',
  },
  figma: {
    name: 'Figma',
    revokeUrl: 'https://www.figma.com/settings',
    note: 'Revoke it under Security > Personal access tokens.',
  },
  cloudflare: { name: 'Cloudflare', revokeUrl: 'https://dash.cloudflare.com/profile/api-tokens' },
  tailscale: { name: 'Tailscale', revokeUrl: 'https://login.tailscale.com/admin/settings/keys' },
};
