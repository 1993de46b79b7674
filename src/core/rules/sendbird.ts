/**
 * Sendbird API tokens (40 hex characters, keyed to Sendbird). The application ID (a UUID) is an
 * identifier: it ships in every client app and is never reported alone (see `pairs.ts`).
 */
import type { RuleFamily } from './define.js';
import { VALUE } from './keyed.js';
import { keyedRule } from './keyed-rule.js';
import { pairRule } from './pairs.js';

const apiToken = keyedRule({
  id: 'sendbird-api-token',
  title: 'Sendbird API token',
  provider: 'sendbird',
  word: 'sendbird',
  kind: '(?:api[_.-]?)?(?:token|key|secret)',
  value: VALUE.hex40,
  key: 'SENDBIRD_API_TOKEN',
  near: [String.raw`[a-f0-9]{20}`, String.raw`0{40}`],
  minEntropy: 3.2,
  peers: { gitleaks: ['sendbird-access-token'], trufflehog: ['sendbird'] },
});

export const sendbird: RuleFamily = {
  id: 'sendbird',
  providers: {
    sendbird: {
      name: 'Sendbird',
      revokeUrl: 'https://dashboard.sendbird.com',
      note: 'Revoke the token under the application > Settings > Application > General > API tokens, and issue a new one.',
    },
  },
  rules: [
    apiToken,
    pairRule(apiToken, {
      id: 'sendbird-app-token-pair',
      title: 'Sendbird application ID and API token pair',
      idKey: { provider: 'sendbird', kind: '(?:app(?:lication)?|access)[_.-]?id', value: VALUE.uuid },
      covers: ['sendbird-access-id'],
      trufflehog: ['sendbird'],
      samples: {
        found: [
          String.raw`SENDBIRD_APP_ID=[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}\nSENDBIRD_API_TOKEN=[a-f0-9]{40}`,
          String.raw`const sendbirdApiToken = "[a-f0-9]{40}";\nconst sendbirdAppId = "[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}";`,
        ],
        notFound: [
          String.raw`SENDBIRD_APP_ID=[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}`,
          String.raw`SENDBIRD_API_TOKEN=[a-f0-9]{40}`,
        ],
      },
    }),
  ],
};
