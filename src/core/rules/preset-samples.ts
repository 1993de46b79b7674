/**
 * Formats and samples of the finding ids secretlint's preset reports (`preset.ts`), in the same
 * form as an own rule's (`SecretRuleSpec.format`, `.samples`): regex sources expanded at random by
 * the tests, so no token is written here. `path` names the file a sample must sit in when the preset
 * rule only reads certain files.
 */
import type { PeerRules, RuleSamples } from './define.js';
import { escapeRegExp } from '../regexp.js';

export interface PresetSpec {
  format: string;
  key?: string;
  path?: string;
  samples: RuleSamples;
  peers?: PeerRules;
}

/** A token that is a literal prefix and one random body: found alone, not when short or a run of one character. */
function prefixed(prefix: string, charset: string, n: number, placeholder = 'x'): PresetSpec {
  const p = escapeRegExp(prefix);
  return {
    format: `${p}${charset}{${n}}`,
    samples: {
      found: [`${p}${charset}{${n}}`, `"token": "${p}${charset}{${n}}"`],
      notFound: [`${p}${charset}{${Math.floor(n / 3)}}`, `${p}${placeholder}{${n}}`],
    },
  };
}

/** A PEM body: DER (`MI...`) as the preset checks, in 64-character lines. */
const PEM_BODY = String.raw`MII[A-Za-z0-9+/]{61}\n(?:[A-Za-z0-9+/]{64}\n){6}[A-Za-z0-9+/]{20}==\n`;
const OP_TOKEN = String.raw`ops_(?<b64>\{"email":"[a-z]{14}@1passwordserviceaccounts\.com","muk":\{"alg":"A256GCM","ext":true,"k":"[A-Za-z0-9_-]{43}","key_ops":\["encrypt","decrypt"\],"kty":"oct","kid":"mp"\},"secretKey":"A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}","srpX":"[a-f0-9]{64}","signInAddress":"my\.1password\.com","userAuth":\{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"[A-Za-z0-9_-]{22}"\}\})`;

export const PRESET_SPECS: Readonly<Record<string, PresetSpec>> = {
  'aws-access-key-id': {
    format: 'AKIA[A-Z2-7]{16}',
    samples: {
      found: ['aws_access_key_id = AKIA[A-Z2-7]{16}'],
      notFound: ['AKIA[A-Z2-7]{10}', 'AKIAX{16}', 'AKIA[A-Z2-7]{12}EXAMPLE'],
    },
  },
  'aws-account-id': {
    format: '[1-9][0-9]{11}',
    key: 'AWS_ACCOUNT_ID',
    // The preset runs its AWS rule only where an access key id is too.
    samples: {
      found: ['AWS_ACCOUNT_ID=[1-9][0-9]{11}\naws_access_key_id = AKIA[A-Z2-7]{16}'],
      notFound: ['AWS_ACCOUNT_ID=[0-9]{6}', 'AWS_ACCOUNT_ID=0{12}'],
    },
  },
  'gcp-service-account-key': {
    format: String.raw`-----BEGIN (?:PRIVATE) KEY-----\\n[A-Za-z0-9+/]{64}\\n-----END (?:PRIVATE) KEY-----\\n`,
    path: 'service-account.json',
    samples: {
      found: [
        String.raw`\{"type": "service_account", "project_id": "acme-[a-z]{6}", "private_key_id": "[a-f0-9]{40}", "private_key": "-----BEGIN (?:PRIVATE) KEY-----\\n(?:[A-Za-z0-9+/]{64}\\n){6}-----END (?:PRIVATE) KEY-----\\n", "client_email": "bot@acme-[a-z]{6}\.iam\.gserviceaccount\.com"\}`,
      ],
      notFound: [
        String.raw`\{"type": "service_account", "project_id": "acme-[a-z]{6}", "client_email": "bot@acme\.iam\.gserviceaccount\.com"\}`,
      ],
    },
  },
  'private-key': {
    format: String.raw`-----BEGIN (?:RSA) PRIVATE KEY-----\n${PEM_BODY}-----END (?:RSA) PRIVATE KEY-----`,
    samples: {
      found: [
        String.raw`-----BEGIN (?:RSA) PRIVATE KEY-----\n${PEM_BODY}-----END (?:RSA) PRIVATE KEY-----\n`,
        String.raw`-----BEGIN (?:OPENSSH) PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE[A-Za-z0-9+/]{45}\n(?:[A-Za-z0-9+/]{64}\n){6}-----END (?:OPENSSH) PRIVATE KEY-----\n`,
      ],
      notFound: [String.raw`-----BEGIN (?:PUBLIC) KEY-----\n${PEM_BODY}-----END (?:PUBLIC) KEY-----\n`],
    },
  },
  'npmrc-auth-token': {
    format: 'npm_[A-Za-z0-9]{36}',
    path: '.npmrc',
    samples: {
      found: ['//registry\\.npmjs\\.org/:_authToken=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'],
      notFound: ['//registry\\.npmjs\\.org/:_authToken=\\$\\{NPM_TOKEN\\}'],
    },
  },
  'npm-access-token': prefixed('npm_', '[A-Za-z0-9]', 36),
  'url-basic-auth': {
    format: '[A-Za-z0-9]{20}',
    samples: {
      found: ['git remote add origin https://deploy:[A-Za-z0-9]{20}@git\\.acme\\.io/app\\.git'],
      notFound: ['https://deploy:x{12}@git\\.acme\\.io/app\\.git', 'https://git\\.acme\\.io/app\\.git'],
    },
  },
  'slack-token': {
    format: 'xoxa-2-[A-Za-z0-9]{40}',
    samples: {
      found: ['SLACK_TOKEN=xoxa-2-[A-Za-z0-9]{40}'],
      notFound: ['xoxa-2-x{40}', 'xoxa-2-1234-1234-1234-1234'],
    },
  },
  'slack-bot-token': {
    format: 'xoxb-[1-9][0-9]{10}-[1-9][0-9]{11}-[A-Za-z0-9]{24}',
    samples: {
      found: ['SLACK_BOT_TOKEN=xoxb-[1-9][0-9]{10}-[1-9][0-9]{11}-[A-Za-z0-9]{24}'],
      notFound: ['xoxb-x{9}-x{10}-x{24}', 'xoxb-[1-9][0-9]{10}-[1-9][0-9]{11}-X{24}'],
    },
  },
  'slack-user-token': {
    format: 'xoxp-[1-9][0-9]{10}-[1-9][0-9]{11}-[1-9][0-9]{11}-[a-f0-9]{32}',
    samples: {
      found: ['SLACK_USER_TOKEN=xoxp-[1-9][0-9]{10}-[1-9][0-9]{11}-[1-9][0-9]{11}-[a-f0-9]{32}'],
      notFound: ['xoxp-1234-1234-1234-[a-f0-9]{32}', 'xoxe\\.xoxp-1-RANDOMSTRINGHERE'],
    },
  },
  'slack-app-token': {
    format: 'xapp-1-A[A-Z0-9]{10}-[1-9][0-9]{12}-[a-f0-9]{64}',
    samples: {
      found: ['SLACK_APP_TOKEN=xapp-1-A[A-Z0-9]{10}-[1-9][0-9]{12}-[a-f0-9]{64}'],
      notFound: ['xapp-1-AXXXXXXXXXX-[1-9][0-9]{12}-x{64}'],
    },
  },
  'slack-webhook-url': {
    format: 'https://hooks\\.slack\\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}',
    samples: {
      found: ['SLACK_WEBHOOK=https://hooks\\.slack\\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}'],
      notFound: ['https://hooks\\.slack\\.com/services/TXXXXXXXX/BXXXXXXXX/X{24}'],
    },
  },
  'sendgrid-api-key': {
    format: 'SG\\.[A-Za-z0-9_]{22}\\.[A-Za-z0-9_]{43}',
    samples: {
      found: ['SENDGRID_API_KEY=SG\\.[A-Za-z0-9_]{22}\\.[A-Za-z0-9_]{43}'],
      notFound: ['SG\\.x{22}\\.x{43}', 'SG\\.\\*{22}\\.\\*{43}'],
    },
  },
  'shopify-token': prefixed('shpat_', '[a-f0-9]', 32),
  'stripe-secret-key': prefixed('sk_live_', '[A-Za-z0-9]', 24, 'X'),
  'stripe-restricted-key': prefixed('rk_live_', '[A-Za-z0-9]', 24, 'X'),
  'stripe-test-key': prefixed('sk_test_', '[A-Za-z0-9]', 24, 'X'),
  'github-pat': prefixed('ghp_', '[A-Za-z0-9]', 36),
  'github-fine-grained-pat': {
    format: 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    samples: {
      found: ['GH_TOKEN=github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}'],
      notFound: ['github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{20}', 'github_pat_x{22}_x{59}'],
    },
  },
  'github-oauth-token': prefixed('gho_', '[A-Za-z0-9]', 36),
  'github-user-to-server-token': prefixed('ghu_', '[A-Za-z0-9]', 36),
  'github-app-token': prefixed('ghs_', '[A-Za-z0-9]', 36),
  'github-refresh-token': prefixed('ghr_', '[A-Za-z0-9]', 36),
  'grafana-cloud-token': prefixed('glc_', '[A-Za-z0-9+/]', 64, '1'),
  'grafana-service-account-token': {
    format: 'glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}',
    samples: { found: ['GRAFANA_TOKEN=glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}'], notFound: ['glsa_x{32}_[a-f0-9]{8}'] },
  },
  'openai-api-key': {
    format: 'sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}',
    samples: {
      found: ['OPENAI_API_KEY=sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}'],
      notFound: ['sk-proj-x{74}T3BlbkFJx{74}', 'sk-proj-[A-Za-z0-9_-]{30}'],
    },
  },
  'anthropic-api-key': {
    format: 'sk-ant-api03-[A-Za-z0-9_-]{93}AA',
    samples: {
      found: ['ANTHROPIC_API_KEY=sk-ant-api03-[A-Za-z0-9_-]{93}AA'],
      notFound: ['sk-ant-api03-x{93}AA', 'sk-ant-api03-[A-Za-z0-9_-]{20}AA'],
    },
  },
  'groq-api-key': prefixed('gsk_', '[A-Za-z0-9]', 52),
  'huggingface-token': prefixed('hf_', '[A-Za-z]', 34),
  'linear-api-key': prefixed('lin_api_', '[A-Za-z0-9]', 40),
  'notion-token': {
    format: 'ntn_[0-9]{11}[A-Za-z0-9]{35}',
    samples: {
      found: ['NOTION_TOKEN=ntn_[0-9]{11}[A-Za-z0-9]{35}'],
      notFound: ['ntn_[0-9]{11}x{35}', 'ntn_[0-9]{11}'],
    },
  },
  'onepassword-service-account-token': {
    // The JSON's length is fixed at 466 characters, so its base64 ends in `fQ==` as the preset expects.
    format: OP_TOKEN,
    samples: { found: [`OP_SERVICE_ACCOUNT_TOKEN=${OP_TOKEN}`], notFound: ['ops_eyJ[A-Za-z0-9+/]{20}fQ=='] },
  },
  'vault-token': prefixed('hvs.', '[A-Za-z0-9_-]', 90),
  'vercel-token': prefixed('vcp_', '[A-Za-z0-9]', 24),
  'databricks-token': prefixed('dapi', '[a-f0-9]', 32, '0'),
  'docker-hub-pat': prefixed('dckr_pat_', '[A-Za-z0-9_-]', 27),
  'figma-pat': prefixed('figd_', '[A-Za-z0-9_-]', 40),
  'cloudflare-api-token': {
    format: 'cfut_[A-Za-z0-9]{40}[0-9a-f]{8}',
    samples: { found: ['CLOUDFLARE_API_TOKEN=cfut_[A-Za-z0-9]{40}[0-9a-f]{8}'], notFound: ['cfut_x{40}[0-9a-f]{8}'] },
  },
  'tailscale-key': {
    format: 'tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}',
    samples: {
      found: ['TS_AUTHKEY=tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}'],
      notFound: ['tskey-auth-kx{10}CNTRL-x{33}', 'tskey-auth-k[A-Za-z0-9]{4}'],
    },
  },
};

/** Preset ids with no sample, and why. */
export const PRESET_UNSAMPLED: Readonly<Record<string, string>> = {
  'gcp-p12-key': 'a binary .p12 file: the preset rule reads it from disk, text scans never report it',
  'github-token': 'a fallback: every GitHub prefix maps to a more precise id',
  'github-oauth-url': 'its span is always reported as url-basic-auth (the same URL, found by the basic-auth rule too)',
};

/** trufflehog's detector ids (its `pkg/detectors` folder names) for the tokens each preset id reports. */
const PRESET_TRUFFLEHOG: Readonly<Record<string, readonly string[]>> = {
  'anthropic-api-key': ['anthropic'],
  'aws-access-key-id': ['aws'],
  'cloudflare-api-token': ['cloudflareapitoken', 'cloudflareglobalapikey'],
  'databricks-token': ['databrickstoken'],
  'docker-hub-pat': ['dockerhub'],
  'figma-pat': ['figmapersonalaccesstoken'],
  'gcp-service-account-key': ['gcp'],
  'github-app-token': ['github'],
  'github-fine-grained-pat': ['github'],
  'github-oauth-token': ['github'],
  'github-oauth-url': ['github'],
  'github-pat': ['github'],
  'github-refresh-token': ['github'],
  'github-token': ['github'],
  'github-user-to-server-token': ['github'],
  'grafana-cloud-token': ['grafana'],
  'grafana-service-account-token': ['grafanaserviceaccount'],
  'groq-api-key': ['groq'],
  'huggingface-token': ['huggingface'],
  'linear-api-key': ['linearapi'],
  'notion-token': ['notion'],
  'npm-access-token': ['npmtokenv2'],
  'npmrc-auth-token': ['npmtoken', 'npmtokenv2'],
  'openai-api-key': ['openai', 'openaiadmin'],
  'private-key': ['privatekey', 'githubapp'],
  'sendgrid-api-key': ['sendgrid'],
  'shopify-token': ['shopify', 'shopifyoauth'],
  'slack-bot-token': ['slack'],
  'slack-token': ['slack'],
  'slack-user-token': ['slack'],
  'slack-webhook-url': ['slackwebhook'],
  'stripe-restricted-key': ['stripe'],
  'stripe-secret-key': ['stripe'],
  'tailscale-key': ['tailscale'],
  'url-basic-auth': ['uri', 'ftp'],
  'vault-token': ['hashicorpvault'],
  'vercel-token': ['vercel'],
};

/** Peer scanners' ids for the tokens each preset id reports (for the rules table). */
export const PRESET_PEERS: Readonly<Record<string, PeerRules>> = Object.fromEntries([
  ...Object.entries(PRESET_TRUFFLEHOG).map(([id, trufflehog]) => [id, { trufflehog }]),
  ...Object.entries({
    'aws-access-key-id': ['aws-access-token'],
    'url-basic-auth': ['sidekiq-sensitive-url'],
    'private-key': ['private-key'],
    'npmrc-auth-token': ['npm-access-token'],
    'npm-access-token': ['npm-access-token'],
    'slack-token': ['slack-legacy-workspace-token', 'slack-config-access-token', 'slack-config-refresh-token'],
    'slack-bot-token': ['slack-bot-token', 'slack-legacy-bot-token'],
    'slack-user-token': ['slack-user-token'],
    'slack-app-token': ['slack-app-token'],
    'slack-webhook-url': ['slack-webhook-url'],
    'sendgrid-api-key': ['sendgrid-api-token'],
    'shopify-token': [
      'shopify-access-token',
      'shopify-custom-access-token',
      'shopify-private-app-access-token',
      'shopify-shared-secret',
    ],
    'stripe-secret-key': ['stripe-access-token'],
    'stripe-restricted-key': ['stripe-access-token'],
    'stripe-test-key': ['stripe-access-token'],
    'github-token': ['github-pat', 'github-oauth', 'github-app-token', 'github-refresh-token'],
    'github-pat': ['github-pat'],
    'github-fine-grained-pat': ['github-fine-grained-pat'],
    'github-oauth-token': ['github-oauth'],
    'github-user-to-server-token': ['github-app-token'],
    'github-app-token': ['github-app-token'],
    'github-refresh-token': ['github-refresh-token'],
    'grafana-cloud-token': ['grafana-cloud-api-token'],
    'grafana-service-account-token': ['grafana-service-account-token'],
    'openai-api-key': ['openai-api-key'],
    'anthropic-api-key': ['anthropic-api-key'],
    'huggingface-token': ['huggingface-access-token'],
    'linear-api-key': ['linear-api-key'],
    'notion-token': ['notion-api-token'],
    'onepassword-service-account-token': ['1password-service-account-token'],
    'vault-token': ['vault-service-token', 'vault-batch-token'],
    'databricks-token': ['databricks-api-token'],
    'cloudflare-api-token': ['cloudflare-api-key', 'cloudflare-global-api-key'],
  } as Record<string, string[]>).map(([id, gitleaks]) => [id, { gitleaks, trufflehog: PRESET_TRUFFLEHOG[id] ?? [] }]),
]);
