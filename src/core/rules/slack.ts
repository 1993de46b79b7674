/** Slack workflow webhooks (`/triggers/`, `/workflows/`); the preset covers tokens and `/services/` webhooks. */
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
        /(?<secret>https:\/\/hooks\.slack\.com\/(?:triggers\/T[A-Z0-9]{6,12}\/\d{6,16}\/[a-f0-9]{32}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{6,20}\/[A-Za-z0-9]{24}))(?![A-Za-z0-9])/,
      minEntropy: 0,
      format: String.raw`https:\/\/hooks\.slack\.com\/(?:triggers\/T[A-Z0-9]{6,12}\/\d{6,16}\/[a-f0-9]{32}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{6,20}\/[A-Za-z0-9]{24})`,
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
  ],
};
