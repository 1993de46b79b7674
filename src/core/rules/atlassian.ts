/** Atlassian (Jira, Confluence) API tokens: `ATATT3` (user) and `ATCTT3` (admin) with a hex checksum. */
import type { RuleFamily } from './define.js';

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
      pattern: /(?<![A-Za-z0-9_-])(?<secret>AT[AC]TT3[A-Za-z0-9_-]{150,400}=[A-Fa-f0-9]{8})(?![A-Za-z0-9_=-])/,
      format: String.raw`AT[AC]TT3[A-Za-z0-9_-]{150,400}=[A-Fa-f0-9]{8}`,
      samples: {
        found: [String.raw`AT[AC]TT3[A-Za-z0-9_-]{150,400}=[A-Fa-f0-9]{8}`],
        notFound: [String.raw`AT[AC]TT3[A-Za-z0-9_-]{75}=[A-Fa-f0-9]{8}`, String.raw`AT[AC]TT3x{150}=[A-Fa-f0-9]{8}`],
      },
      peers: { gitleaks: ['atlassian-api-token'], trufflehog: ['atlassian', 'jiratoken'] },
    },
  ],
};
