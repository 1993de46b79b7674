/**
 * Atlassian (Jira, Confluence) API tokens: `ATATT3` (user) and `ATCTT3` (admin) with a hex checksum,
 * and the older 24-character tokens under a Jira, Confluence or Atlassian key.
 */
import type { RuleFamily } from './define.js';
import { keyedPattern } from './keyed.js';

export const atlassian: RuleFamily = {
  id: 'atlassian',
  providers: {
    atlassian: { name: 'Atlassian', revokeUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens' },
  },
  rules: [
    {
      id: 'atlassian-api-token',
      title: 'Atlassian API token',
      provider: 'atlassian',
      keywords: ['atatt3', 'atctt3'],
      // Current tokens end in `=` and an 8-hex checksum; a 192-character token is also taken whole
      // without one (a rotated format that keeps the prefix and length).
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>AT[AC]TT3(?:[A-Za-z0-9_-]{150,400}=[A-Fa-f0-9]{8}|[A-Za-z0-9_=-]{186}))(?![A-Za-z0-9_=-])/,
      minEntropy: 4,
      format: String.raw`AT[AC]TT3(?:[A-Za-z0-9_-]{150,400}=[A-Fa-f0-9]{8}|[A-Za-z0-9_=-]{186})`,
      samples: {
        found: [
          String.raw`AT[AC]TT3[A-Za-z0-9_-]{150,400}=[A-Fa-f0-9]{8}`,
          String.raw`JIRA_API_TOKEN=ATATT3[A-Za-z0-9_=-]{186}`,
        ],
        notFound: [
          String.raw`AT[AC]TT3[A-Za-z0-9_-]{75}=[A-Fa-f0-9]{8}`,
          String.raw`AT[AC]TT3x{150}=[A-Fa-f0-9]{8}`,
          String.raw`ATATT3[A-Za-z0-9_-]{185}`,
        ],
      },
      peers: { gitleaks: ['atlassian-api-token'] },
    },
    {
      id: 'atlassian-api-token-legacy',
      title: 'Atlassian API token (24-character)',
      provider: 'atlassian',
      keywords: ['atlassian', 'jira', 'confluence'],
      // Tokens issued before the `ATATT3` format: 24 letters and digits, named only by their key.
      pattern: keyedPattern({
        provider: '(?:atlassian|jira|confluence)',
        kind: '(?:token|password|secret)',
        value: '[A-Za-z0-9]{24}',
      }),
      minEntropy: 3.5,
      priority: 8,
      validate: (secret) => /\d/.test(secret) && /[A-Za-z]/.test(secret),
      format: String.raw`[A-Za-z0-9]{24}`,
      key: 'JIRA_API_TOKEN',
      samples: {
        found: [
          String.raw`JIRA_API_TOKEN=[a-z]{4}[0-9]{4}[A-Za-z0-9]{16}`,
          String.raw`confluence:\n  api_token: "[a-z]{4}[0-9]{4}[A-Za-z0-9]{16}"`,
        ],
        notFound: [
          String.raw`JIRA_API_TOKEN=[a-z]{4}[0-9]{4}[A-Za-z0-9]{8}`,
          String.raw`JIRA_API_TOKEN=[a-z]{4}[0-9]{4}[A-Za-z0-9]{24}`,
          String.raw`JIRA_PROJECT_KEY=[a-z]{4}[0-9]{4}[A-Za-z0-9]{16}`,
          String.raw`JIRA_API_TOKEN=[a-z]{24}`,
        ],
      },
      peers: { gitleaks: ['atlassian-api-token'], trufflehog: ['atlassian', 'jiratoken'] },
    },
  ],
};
