/**
 * Microsoft Teams / Outlook incoming webhook URLs and Power Automate / Logic Apps HTTP trigger URLs:
 * whoever holds the URL can post into the channel or run the flow.
 */
import type { RuleFamily } from './define.js';

/** A GUID-shaped segment of a webhook URL; read as letters and digits, not only hex, as peers do. */
const SEGMENT = '[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}';

export const microsoftWebhooks: RuleFamily = {
  id: 'microsoft-webhooks',
  providers: {
    'microsoft-teams': {
      name: 'Microsoft Teams',
      revokeUrl:
        'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
      note: 'Remove the Incoming Webhook connector (or the Workflows flow) from the channel and create a new one.',
    },
    'power-automate': {
      name: 'Power Automate / Logic Apps',
      revokeUrl: 'https://make.powerautomate.com/',
      note: 'Regenerate the trigger access keys of the flow or logic app (the old URL stops working), then update the callers.',
    },
  },
  rules: [
    {
      id: 'microsoft-teams-webhook-url',
      title: 'Microsoft Teams / Outlook incoming webhook URL',
      provider: 'microsoft-teams',
      keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
      // <group>@<tenant>/IncomingWebhook/<32 hex>/<creator> and, on current URLs, a signature segment.
      pattern: new RegExp(
        String.raw`(?<secret>https://(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/` +
          String.raw`${SEGMENT}@${SEGMENT}/IncomingWebhook/[0-9a-z]{32}/${SEGMENT}(?:/[A-Za-z0-9_-]{16,100})?)(?![A-Za-z0-9_/-])`,
      ),
      format: String.raw`https:\/\/(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{16,100})?`,
      samples: {
        found: [
          String.raw`https:\/\/(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{16,100})?`,
        ],
        notFound: [
          String.raw`https:\/\/(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{16}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{16,100})?`,
          String.raw`https:\/\/(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/0{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{16,100})?`,
        ],
      },
      peers: { gitleaks: ['microsoft-teams-webhook'], trufflehog: ['microsoftteamswebhook'] },
    },
    {
      id: 'power-automate-webhook-url',
      title: 'Power Automate / Logic Apps trigger URL signature',
      provider: 'power-automate',
      keywords: ['logic.azure.com', 'api.powerplatform.com'],
      // The `sig` query parameter (43 base64url characters) of a workflow's HTTP trigger URL.
      pattern: new RegExp(
        String.raw`https://[A-Za-z0-9.-]{1,160}\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::\d{1,5})?/[^\s"'<>?#]{1,400}\?` +
          String.raw`(?:[^\s"'<>#&]{0,256}&){0,16}sig=(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_%-])`,
      ),
      minEntropy: 3.5,
      format: String.raw`[A-Za-z0-9_-]{43}`,
      samples: {
        found: [
          String.raw`https:\/\/[A-Za-z0-9.-]{1,160}\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::\d{1,5})?\/[^\s"'<>?#]{1,400}\?(?:[^\s"'<>#&]{0,256}&){0,16}sig=(?:[A-Za-z0-9_-]{43})`,
        ],
        notFound: [
          String.raw`https:\/\/[A-Za-z0-9.-]{1,160}\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::\d{1,5})?\/[^\s"'<>?#]{1,400}\?(?:[^\s"'<>#&]{0,256}&){0,16}sig=(?:[A-Za-z0-9_-]{21})`,
          String.raw`https:\/\/[A-Za-z0-9.-]{1,160}\.(?:logic\.azure\.com|api\.powerplatform\.com)(?::\d{1,5})?\/[^\s"'<>?#]{1,400}\?(?:[^\s"'<>#&]{0,256}&){0,16}sig=(?:x{43})`,
        ],
      },
      peers: { trufflehog: ['microsoftteamswebhook'] },
    },
  ],
};
