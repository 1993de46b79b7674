/** Test token generators for the rules in src/core/rules/microsoft-webhooks.ts (see ./random.ts). */
import { URLSAFE, hex, p, randomChars, uuid } from './random.js';

export const microsoftWebhooksTokens = {
  teamsWebhookUrl: (seed = 'teams') =>
    p(
      'https://acme.web',
      'hook.office.com/webhookb2/',
      uuid(`${seed}g`),
      '@',
      uuid(`${seed}t`),
      '/Incoming',
      'Webhook/',
      hex(32, `${seed}h`),
      '/',
      uuid(`${seed}c`),
      '/V2',
      randomChars(URLSAFE, 43, `${seed}s`),
    ),
  powerAutomateSig: (seed = 'flow') => randomChars(URLSAFE, 43, seed),
  powerAutomateUrl: (sig: string, seed = 'flow') =>
    p(
      'https://prod-12.westus.logic.',
      'azure.com:443/workflows/',
      hex(32, seed),
      '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=',
      sig,
    ),
};
