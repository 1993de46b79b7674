/**
 * Slack workflow webhooks (`/triggers/`, `/workflows/`) and legacy `xoxs-` tokens; the preset covers
 * the current tokens (`xoxb-`, `xoxp-`, `xapp-`, ...) and `/services/` webhooks.
 */
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
