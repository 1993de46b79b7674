/**
 * Slack workflow webhooks (`/triggers/`, `/workflows/`), webhook URLs in forms the preset does not
 * read, `xoxe-` refresh tokens and legacy `xoxs-` tokens; the preset covers the current tokens
 * (`xoxb-`, `xoxp-`, `xapp-`, ...) and `https://` `/services/` webhooks.
 */
import { isFalsePositiveValue } from '../placeholders.js';
import type { RuleFamily } from './define.js';

export const slack: RuleFamily = {
  id: 'slack',
  providers: {
    slack: {
      auditLog: "Workspace settings > Access logs, and the app's activity in the workspace's audit logs",
      name: 'Slack',
      revokeUrl: 'https://api.slack.com/apps',
      note: 'Regenerate the token or webhook in the app settings.',
    },
  },
  rules: [
    {
      id: 'slack-workflow-webhook-url',
      title: 'Slack workflow webhook URL',
      provider: 'slack',
      keywords: ['hooks.slack.com/triggers/', 'hooks.slack.com/workflows/'],
      pattern:
        /(?<secret>https?:\/\/hooks\.slack\.com\/(?:triggers\/T[A-Z0-9]{6,12}\/\d{6,16}\/[a-f0-9]{32}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{6,20}\/[A-Za-z0-9]{24}))(?![A-Za-z0-9])/,
      minEntropy: 0,
      format: String.raw`https?:\/\/hooks\.slack\.com\/(?:triggers\/T[A-Z0-9]{6,12}\/\d{6,16}\/[a-f0-9]{32}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{6,20}\/[A-Za-z0-9]{24})`,
      samples: {
        found: [
          String.raw`https://hooks\.slack\.com/triggers/T[A-Z0-9]{10}/[0-9]{13}/[a-f0-9]{32}`,
          String.raw`https://hooks\.slack\.com/workflows/T[A-Z0-9]{10}/A[A-Z0-9]{10}/[0-9]{18}/[A-Za-z0-9]{24}`,
        ],
        notFound: [
          String.raw`https://hooks\.slack\.com/triggers/T[A-Z0-9]{10}/[0-9]{13}/[a-f0-9]{16}`,
          String.raw`https://hooks\.slack\.com/workflows/T[A-Z0-9]{10}/A[A-Z0-9]{10}/[0-9]{18}/x{24}`,
        ],
      },
      peers: { gitleaks: ['slack-webhook-url'], trufflehog: ['slackwebhook'] },
    },
    {
      id: 'slack-webhook-url-other-form',
      title: 'Slack webhook URL',
      provider: 'slack',
      keywords: ['hooks.slack.com/services/', 'hooks.slack.com/triggers/', 'hooks.slack.com/workflows/'],
      // The host and path are the credential whatever the ids look like: `http://` or no scheme,
      // team and hook ids of any length, a path in one piece.
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/(?<kind>services|workflows|triggers)\/(?<path>[A-Za-z0-9+/_-]{24,200}))(?![A-Za-z0-9+/_-])/,
      validate: (secret, m) => {
        const path = m.groups?.['path'] ?? '';
        // A path in the documented shape (a `T` team id first) is the other rules' to judge, near
        // misses included: `https://` incoming webhooks the preset's, workflows and triggers
        // `slack-workflow-webhook-url`'s.
        if (/^T[A-Z0-9]+\//.test(path) && (m.groups?.['kind'] !== 'services' || secret.startsWith('https://')))
          return false;
        return /\d/.test(path) && !isFalsePositiveValue(path.replace(/\//g, ''), 3);
      },
      format: String.raw`http:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{8}\/[A-Za-z0-9]{24}`,
      samples: {
        found: [
          String.raw`http://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{8}/[A-Za-z0-9]{24}`,
          String.raw`SLACK_WEBHOOK=hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}`,
          String.raw`webhook: https://hooks\.slack\.com/services/[a-z0-9]{44}`,
          String.raw`http://hooks\.slack\.com/workflows/[a-z0-9]{48}`,
        ],
        notFound: [
          String.raw`http://hooks\.slack\.com/services/TXXXXXXXX/BXXXXXXXX/X{24}`,
          String.raw`hooks\.slack\.com/services/T00000000/B00000000/[A-Za-z]{4}`,
          String.raw`https://hooks\.slack\.com/services/your/webhook/path/here/please`,
        ],
      },
      peers: { gitleaks: ['slack-webhook-url'], trufflehog: ['slackwebhook'] },
    },
    {
      id: 'slack-refresh-token',
      title: 'Slack refresh or file access token',
      provider: 'slack',
      keywords: ['xoxe-'],
      // `xoxe-`: the refresh tokens of token rotation and of app configuration tokens (`xoxe-1-...`),
      // and the file access tokens Slack puts in private file links (`?t=xoxe-<team>-<user>-<id>-<hex>`).
      // (Rotating access tokens, `xoxe.xoxp-...`, hold an `xoxp-` token the preset reads.)
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>xoxe-(?:\d-[A-Za-z0-9]{40,250}|\d{8,14}-\d{8,14}-\d{8,14}-[a-f0-9]{28,64}))(?![A-Za-z0-9_-])/,
      format: String.raw`xoxe-1-[A-Z0-9]{146}`,
      samples: {
        found: [
          String.raw`SLACK_REFRESH_TOKEN=xoxe-1-[A-Z0-9]{146}`,
          String.raw`"url_private": "https:\\/\\/files\.slack\.com\\/files-pri\\/T[A-Z0-9]{10}-F[A-Z0-9]{10}\\/a\.png\?t=xoxe-[0-9]{13}-[0-9]{13}-[0-9]{13}-[a-f0-9]{32}"`,
        ],
        notFound: [
          String.raw`xoxe-1-abcdefg`,
          String.raw`xoxe-1-[A-Z0-9]{20}`,
          String.raw`xoxe-[0-9]{13}-[0-9]{13}-[a-f0-9]{32}`,
          String.raw`xoxe-1-X{146}`,
        ],
      },
      peers: { gitleaks: ['slack-config-refresh-token', 'slack-user-token'] },
    },
    {
      id: 'slack-legacy-token',
      title: 'Slack legacy token',
      provider: 'slack',
      keywords: ['xoxs-'],
      // Tokens of Slack's retired legacy token generator and older session tokens: `xoxs-`, three
      // numeric ids (team, user, token) and a hex tail.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>xoxs-\d{8,14}-\d{8,14}-\d{8,14}-[a-f0-9]{10,64})(?![A-Za-z0-9_-])/,
      format: String.raw`xoxs-[0-9]{10,12}-[0-9]{10,12}-[0-9]{10,12}-[a-f0-9]{10,32}`,
      samples: {
        found: [String.raw`SLACK_TOKEN=xoxs-[0-9]{10,12}-[0-9]{10,12}-[0-9]{10,12}-[a-f0-9]{10,32}`],
        notFound: [
          String.raw`xoxs-[0-9]{10}-[0-9]{10}-[a-f0-9]{10}`,
          String.raw`xoxs-[0-9]{10}-[0-9]{10}-[0-9]{10}-x{10}`,
          String.raw`xoxs-1234567890-1234567890-1234567890-abcdef1234`,
        ],
      },
      peers: { gitleaks: ['slack-legacy-token'] },
    },
  ],
};
