/**
 * secretlint's recommended preset, run rule by rule behind keyword gates, with each of its message
 * ids mapped to this project's stable finding ids. The preset rules stay secretlint's own code; this
 * file only says when each is worth running and what to call what it finds.
 */
import { rules as presetRules } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretLintRuleCreator } from '@secretlint/types';
import { isFalsePositiveValue, isIntroducedAsExample, isMaskedAfter } from '../placeholders.js';
import type { RuleInfo } from '../types.js';
import { PRESET_PEERS } from './preset-samples.js';

interface PresetMessage {
  id: string;
  title: string;
  provider: string;
  severity?: 'error' | 'warning';
  /** Refine the id by the secret's prefix, e.g. `ghp_` -> `github-pat`. */
  byPrefix?: readonly (readonly [prefix: string, id: string, title: string])[];
}

interface PresetRuleGate {
  keywords: readonly string[];
  /**
   * A cheap regex that must match somewhere before the rule is worth running (keywords are
   * case-folded and short, so some are common in ordinary code: `://`, `asia`, `sg.`).
   */
  confirm?: { test(text: string): boolean };
  options?: Record<string, unknown>;
  messages: Record<string, PresetMessage>;
}

const S = '@secretlint/secretlint-rule-';

/**
 * Whether secretlint's AWS rule can report anything in `text`, in one case-sensitive pass: its
 * access key ids are upper case only, its secret key's name comes in three cases, and its account
 * ids (an `account_id` key and 12 digits) were reported wherever the case-folded check `AWS_LOOSE`
 * let the rule run, and still are. `AWS_LOOSE` alone (`asia` and 16 letters) let the rule run over
 * the large minified and data files of a node_modules tree for nothing: a quarter of a second of
 * a 13k-file scan.
 */
const AWS_STRICT =
  /(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}|(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)|(?<account>(?:ACCOUNT|account|Account)_?(?:ID|id|Id)?["']?\s*(?::|=>|=)\s*["']?[0-9]{4}-?[0-9]{4}-?[0-9]{4})/;
const AWS_LOOSE = /(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}|secret_?access_?key/i;
function mayHoldAwsCredential(text: string): boolean {
  const first = AWS_STRICT.exec(text);
  if (!first) return false;
  return first.groups?.['account'] === undefined || AWS_LOOSE.test(text);
}

/** Keyed by the preset rule's id. Every preset rule with a message must be listed here. */
export const PRESET_GATES: Readonly<Record<string, PresetRuleGate>> = {
  [`${S}aws`]: {
    keywords: ['akia', 'a3t', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'secretaccess', 'secret_access'],
    confirm: { test: mayHoldAwsCredential },
    options: { enableIDScanRule: true },
    messages: {
      AWSAccessKeyID: { id: 'aws-access-key-id', title: 'AWS access key id', provider: 'aws' },
      AWSSecretAccessKey: { id: 'aws-secret-access-key', title: 'AWS secret access key', provider: 'aws' },
      AWSAccountID: { id: 'aws-account-id', title: 'AWS account id', provider: 'aws', severity: 'warning' },
    },
  },
  [`${S}gcp`]: {
    keywords: ['private_key'],
    messages: {
      PrivateKeyJSON: { id: 'gcp-service-account-key', title: 'GCP service account key', provider: 'gcp' },
      PrivateKeyP12: { id: 'gcp-p12-key', title: 'GCP P12 key', provider: 'gcp' },
    },
  },
  [`${S}privatekey`]: {
    keywords: ['private key'],
    messages: { PrivateKey: { id: 'private-key', title: 'Private key', provider: 'private-key' } },
  },
  [`${S}npm`]: {
    keywords: ['x-oauth-basic', '_authtoken', 'npm_'],
    confirm: /x-oauth-basic|_authToken=|npm_[A-Za-z0-9_]{36}/,
    messages: {
      PackageJSON_xOauthToken: { id: 'github-oauth-url', title: 'GitHub OAuth token in a URL', provider: 'github' },
      Npmrc_authToken: { id: 'npmrc-auth-token', title: 'npm auth token in .npmrc', provider: 'npm' },
      NPM_ACCESS_TOKEN: { id: 'npm-access-token', title: 'npm access token', provider: 'npm' },
    },
  },
  [`${S}basicauth`]: {
    keywords: ['://'],
    confirm: /:\/\/[-\w]{1,256}:[-\w]{1,256}@/,
    messages: { BasicAuth: { id: 'url-basic-auth', title: 'Password in a URL', provider: 'generic' } },
  },
  [`${S}slack`]: {
    keywords: ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-', 'hooks.slack.com'],
    messages: {
      SLACK_TOKEN: {
        id: 'slack-token',
        title: 'Slack token',
        provider: 'slack',
        byPrefix: [
          ['xoxb-', 'slack-bot-token', 'Slack bot token'],
          ['xoxp-', 'slack-user-token', 'Slack user token'],
          ['xapp-', 'slack-app-token', 'Slack app-level token'],
        ],
      },
      IncomingWebhook: { id: 'slack-webhook-url', title: 'Slack incoming webhook URL', provider: 'slack' },
    },
  },
  [`${S}sendgrid`]: {
    keywords: ['sg.'],
    confirm: /SG\.\w{1,128}\.\w/,
    messages: { SENDGRID_KEY: { id: 'sendgrid-api-key', title: 'SendGrid API key', provider: 'sendgrid' } },
  },
  [`${S}shopify`]: {
    keywords: ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
    messages: { SHOPIFY_KEY: { id: 'shopify-token', title: 'Shopify access token', provider: 'shopify' } },
  },
  [`${S}stripe`]: {
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    messages: {
      STRIPE_SECRET_KEY_LIVE: { id: 'stripe-secret-key', title: 'Stripe live secret key', provider: 'stripe' },
      STRIPE_RESTRICTED_KEY_LIVE: {
        id: 'stripe-restricted-key',
        title: 'Stripe live restricted key',
        provider: 'stripe',
      },
      STRIPE_SECRET_KEY_TEST: {
        id: 'stripe-test-key',
        title: 'Stripe test secret key',
        provider: 'stripe',
        severity: 'warning',
      },
      STRIPE_RESTRICTED_KEY_TEST: {
        id: 'stripe-test-key',
        title: 'Stripe test restricted key',
        provider: 'stripe',
        severity: 'warning',
      },
    },
  },
  [`${S}github`]: {
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    messages: {
      GITHUB_TOKEN: {
        id: 'github-token',
        title: 'GitHub token',
        provider: 'github',
        byPrefix: [
          ['ghp_', 'github-pat', 'GitHub personal access token (classic)'],
          ['github_pat_', 'github-fine-grained-pat', 'GitHub fine-grained personal access token'],
          ['gho_', 'github-oauth-token', 'GitHub OAuth access token'],
          ['ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token'],
          ['ghs_', 'github-app-token', 'GitHub App installation token'],
          ['ghr_', 'github-refresh-token', 'GitHub refresh token'],
        ],
      },
    },
  },
  [`${S}gitlab`]: {
    keywords: ['glpat-'],
    messages: {
      GITLAB_PERSONAL_ACCESS_TOKEN: { id: 'gitlab-pat', title: 'GitLab personal access token', provider: 'gitlab' },
    },
  },
  [`${S}grafana`]: {
    keywords: ['glc_', 'glsa_'],
    messages: {
      GRAFANA_CLOUD_API_TOKEN: { id: 'grafana-cloud-token', title: 'Grafana Cloud token', provider: 'grafana' },
      GRAFANA_SERVICE_ACCOUNT_TOKEN: {
        id: 'grafana-service-account-token',
        title: 'Grafana service account token',
        provider: 'grafana',
      },
    },
  },
  [`${S}openai`]: {
    keywords: ['t3blbkfj'],
    messages: { OPENAI_TOKEN: { id: 'openai-api-key', title: 'OpenAI API key', provider: 'openai' } },
  },
  [`${S}anthropic`]: {
    keywords: ['sk-ant-api'],
    messages: { ANTHROPIC_API_KEY: { id: 'anthropic-api-key', title: 'Anthropic API key', provider: 'anthropic' } },
  },
  [`${S}groq`]: {
    keywords: ['gsk_'],
    messages: { GROQ_API_KEY: { id: 'groq-api-key', title: 'Groq API key', provider: 'groq' } },
  },
  [`${S}huggingface`]: {
    keywords: ['hf_'],
    messages: {
      HUGGINGFACE_USER_ACCESS_TOKEN: {
        id: 'huggingface-token',
        title: 'Hugging Face access token',
        provider: 'huggingface',
      },
    },
  },
  [`${S}linear`]: {
    keywords: ['lin_api_'],
    messages: { LINEAR_API_TOKEN: { id: 'linear-api-key', title: 'Linear API key', provider: 'linear' } },
  },
  [`${S}notion`]: {
    keywords: ['ntn_'],
    messages: {
      NOTION_INTEGRATION_TOKEN: { id: 'notion-token', title: 'Notion integration token', provider: 'notion' },
    },
  },
  [`${S}1password`]: {
    keywords: ['ops_ey'],
    messages: {
      OPS_TOKEN: {
        id: 'onepassword-service-account-token',
        title: '1Password service account token',
        provider: '1password',
      },
    },
  },
  [`${S}database-connection-string`]: {
    keywords: ['mongodb', 'mysql', 'postgres'],
    confirm: /(?:mongodb|mysql|postgres)[+\w]{0,12}:\/\/[^\s:@/]{1,100}:[^\s@/]{1,200}@/i,
    messages: {
      MongoDBConnection: { id: 'database-url-password', title: 'MongoDB URL with a password', provider: 'database' },
      MySQLConnection: { id: 'database-url-password', title: 'MySQL URL with a password', provider: 'database' },
      PostgreSQLConnection: {
        id: 'database-url-password',
        title: 'PostgreSQL URL with a password',
        provider: 'database',
      },
    },
  },
  [`${S}hashicorp-vault`]: {
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    messages: {
      HASHICORP_VAULT_SERVICE_TOKEN: { id: 'vault-token', title: 'HashiCorp Vault service token', provider: 'vault' },
      HASHICORP_VAULT_BATCH_TOKEN: { id: 'vault-token', title: 'HashiCorp Vault batch token', provider: 'vault' },
      HASHICORP_VAULT_RECOVERY_TOKEN: { id: 'vault-token', title: 'HashiCorp Vault recovery token', provider: 'vault' },
    },
  },
  [`${S}vercel`]: {
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    messages: Object.fromEntries(
      [
        'VERCEL_PERSONAL_ACCESS_TOKEN',
        'VERCEL_INTEGRATION_TOKEN',
        'VERCEL_APP_ACCESS_TOKEN',
        'VERCEL_APP_REFRESH_TOKEN',
        'VERCEL_AI_GATEWAY_API_KEY',
      ].map((m) => [m, { id: 'vercel-token', title: 'Vercel token', provider: 'vercel' }]),
    ),
  },
  [`${S}databricks`]: {
    keywords: ['dapi'],
    confirm: /dapi[a-f0-9]{32}/i,
    messages: {
      DATABRICKS_PERSONAL_ACCESS_TOKEN: {
        id: 'databricks-token',
        title: 'Databricks access token',
        provider: 'databricks',
      },
    },
  },
  [`${S}docker`]: {
    keywords: ['dckr_pat_'],
    messages: {
      DOCKER_PERSONAL_ACCESS_TOKEN: { id: 'docker-hub-pat', title: 'Docker Hub access token', provider: 'docker' },
    },
  },
  [`${S}figma`]: {
    keywords: ['figd_'],
    messages: {
      FIGMA_PERSONAL_ACCESS_TOKEN: { id: 'figma-pat', title: 'Figma personal access token', provider: 'figma' },
    },
  },
  [`${S}cloudflare`]: {
    keywords: ['cfk_', 'cfut_', 'cfat_'],
    messages: Object.fromEntries(
      ['CLOUDFLARE_GLOBAL_API_KEY', 'CLOUDFLARE_USER_API_TOKEN', 'CLOUDFLARE_ACCOUNT_API_TOKEN'].map((m) => [
        m,
        { id: 'cloudflare-api-token', title: 'Cloudflare API token', provider: 'cloudflare' },
      ]),
    ),
  },
  [`${S}tailscale`]: {
    keywords: ['tskey-'],
    messages: Object.fromEntries(
      [
        'TAILSCALE_API_KEY',
        'TAILSCALE_AUTH_KEY',
        'TAILSCALE_CLIENT_KEY',
        'TAILSCALE_SCIM_KEY',
        'TAILSCALE_WEBHOOK_KEY',
        'TAILSCALE_KEY',
      ].map((m) => [m, { id: 'tailscale-key', title: 'Tailscale key', provider: 'tailscale' }]),
    ),
  },
};

export interface PresetRule {
  id: string;
  creator: SecretLintRuleCreator;
  gate?: PresetRuleGate;
}

export const PRESET_RULES: readonly PresetRule[] = (presetRules as SecretLintRuleCreator[]).map((creator) => {
  const gate = PRESET_GATES[creator.meta.id];
  return { id: creator.meta.id, creator, ...(gate ? { gate } : {}) };
});

/** The finding id and title for one preset message, refined by the secret's prefix. */
export function presetFindingId(
  ruleId: string,
  messageId: string,
  secret: string,
): { id: string; title: string; provider: string; severity: 'error' | 'warning' } | undefined {
  const msg = PRESET_GATES[ruleId]?.messages[messageId];
  if (!msg) return undefined;
  const refined = msg.byPrefix?.find(([p]) => secret.startsWith(p));
  return {
    id: refined?.[1] ?? msg.id,
    title: refined?.[2] ?? msg.title,
    provider: msg.provider,
    severity: msg.severity ?? 'error',
  };
}

/** Public descriptions of every id the preset can produce. */
export function presetRuleInfos(): RuleInfo[] {
  const out = new Map<string, RuleInfo>();
  for (const gate of Object.values(PRESET_GATES)) {
    for (const m of Object.values(gate.messages)) {
      const add = (id: string, title: string): void => {
        const peers = PRESET_PEERS[id];
        if (!out.has(id))
          out.set(id, {
            id,
            title,
            category: 'secret',
            severity: m.severity ?? 'error',
            provider: m.provider,
            ...(peers ? { peers } : {}),
          });
      };
      add(m.id, m.title);
      for (const [, id, title] of m.byPrefix ?? []) add(id, title);
    }
  }
  return [...out.values()];
}

/** Ids whose match is a whole key file: its body legitimately holds runs (`AAAAAAAA` in OpenSSH keys). */
const KEY_BLOCKS = new Set(['private-key', 'gcp-service-account-key', 'gcp-p12-key']);

/**
 * The shared false-positive filter (references, placeholders, masks, runs, sequences, documented
 * examples) applied to what a preset rule found, as it is to every own rule. For URLs the secret
 * is the password (the host may well be `db.example.com`); key files are left alone.
 */
export function isPresetFalsePositive(findingId: string, text: string, start: number, end: number): boolean {
  if (KEY_BLOCKS.has(findingId)) return false;
  // Some preset patterns stop short of the token (a Slack segment over 40 characters, the AWS
  // secret's range measured from the key): judge the whole token the range sits in.
  // Dots that end the run are prose (a full stop, an ellipsis after a whole token), not the token.
  const matched = end;
  while (end < text.length && /[A-Za-z0-9_+/=.-]/.test(text[end]!)) end++;
  while (end > matched && text[end - 1] === '.') end--;
  if (isMaskedAfter(text, end) || isIntroducedAsExample(text, start)) return true;
  const value = text.slice(start, end);
  const password = /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:([^\s@/]+)@/i.exec(value)?.[1];
  if (password !== undefined) return isFalsePositiveValue(password, 0) || STAND_IN_PASSWORD.test(password);
  if (PRESET_SHAPES[findingId]?.(value) === false) return true;
  const slackHook = /^https:\/\/hooks\.slack\.com\/services\/(.+)$/.exec(value)?.[1];
  return isFalsePositiveValue(slackHook ?? value, 3);
}

/** A URL's password that is the word itself (`http://user:pass@host`): a placeholder in every document. */
const STAND_IN_PASSWORD = /^(?:pass|passwd|password|pwd|secret)$/i;

/**
 * A Slack token: its prefix, then a numeric id (a team's, 8 digits or more), numeric ids (legacy
 * tokens), or a one-digit version and a random part (`xoxr-3-...`). `xoxb-12345-abcd234`, `xoxp-1-initial` and `xoxo-indieweb-1`
 * (a file name) are not.
 */
const SLACK_SHAPE = /^xox[a-z]-(?:\d{8,}-|\d+-\d+-|\d-(?=[A-Za-z0-9]{0,7}[0-9A-Z])[A-Za-z0-9]{8})/;

/** The providers' formats, where the preset's pattern is looser (judged on the whole token). */
const PRESET_SHAPES: Readonly<Record<string, (token: string) => boolean>> = {
  'slack-bot-token': (t) => SLACK_SHAPE.test(t),
  'slack-user-token': (t) => SLACK_SHAPE.test(t),
  'slack-token': (t) => SLACK_SHAPE.test(t),
};
