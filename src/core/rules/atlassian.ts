/**
 * Atlassian (Jira, Confluence) API tokens: `ATATT3` (user) and `ATCTT3` (admin) with a hex checksum,
 * the older 24-character tokens under a Jira, Confluence or Atlassian key, and the personal access
 * tokens of Jira and Confluence Data Center (base64 of a numeric id, `:` and random bytes).
 */
import type { RuleFamily } from './define.js';
import { keyedPattern } from './keyed.js';

export const atlassian: RuleFamily = {
  id: 'atlassian',
  providers: {
    atlassian: { name: 'Atlassian', revokeUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens' },
    'atlassian-data-center': {
      name: 'Jira / Confluence Data Center',
      revokeUrl: '',
      note: 'Revoke the token under your profile > Personal Access Tokens on the Jira or Confluence server it names (admins: Administration > Personal access tokens), then create a new one.',
    },
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
    {
      id: 'atlassian-data-center-pat',
      title: 'Jira / Confluence Data Center personal access token',
      provider: 'atlassian-data-center',
      keywords: ['jira', 'confluence', 'atlassian'],
      // 44 base64 characters, no padding, decoding to `<numeric id>:<random bytes>` (so `M`, `N` or
      // `O` first). The decoded structure is the evidence; the product named in the text, the gate.
      pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[MNO][A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])/,
      minEntropy: 4,
      validate: isDataCenterPat,
      format: String.raw`(?<b64>[1-9][0-9]{11}:[A-Za-z0-9]{20})`,
      samples: {
        found: [
          String.raw`JIRA_PAT=(?<b64>[1-9][0-9]{11}:[A-Za-z0-9]{20})`,
          String.raw`confluence:\n  url: https://wiki\.acme\.internal\n  token: (?<b64>[1-9][0-9]{11}:[A-Za-z0-9]{20})`,
        ],
        notFound: [
          String.raw`JIRA_PAT=(?<b64>[a-z]{12}:[A-Za-z0-9]{20})`,
          String.raw`JIRA_PAT=(?<b64>[1-9][0-9]{11}[A-Za-z0-9]{21})`,
          String.raw`UNRELATED_SETTING=(?<b64>[1-9][0-9]{11}:[A-Za-z0-9]{20})`,
        ],
      },
      peers: { trufflehog: ['atlassiandatacenter'] },
    },
  ],
};

/** Decodes to digits, `:`, and at least 16 bytes that are not one repeated byte. */
function isDataCenterPat(secret: string): boolean {
  const raw = Buffer.from(secret, 'base64').toString('latin1');
  const m = /^\d{4,20}:([\s\S]{16,})$/.exec(raw);
  return !!m && new Set(m[1]).size > 4;
}
