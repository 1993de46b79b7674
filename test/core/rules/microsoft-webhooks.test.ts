import { describe, it } from '@jest/globals';
import { URLSAFE, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { microsoftWebhooksTokens } from '../../helpers/tokens/microsoft-webhooks.js';
import { expectIn, expectNoProviderFinding } from './keyed-harness.js';

describe('microsoft webhook rules', () => {
  it('microsoft-teams-webhook-url: current (signed) and older URLs, in JSON, .env and code', async () => {
    const current = microsoftWebhooksTokens.teamsWebhookUrl();
    const older = p(
      'https://outlook.office.com/web',
      'hook/',
      uuid('o1'),
      '@',
      uuid('o2'),
      '/Incoming',
      'Webhook/',
      hex(32, 'o3'),
      '/',
      uuid('o4'),
    );
    for (const url of [current, older]) {
      await expectIn('microsoft-teams-webhook-url', `{"teams": {"webhook": "${url}"}}`, url);
      await expectIn('microsoft-teams-webhook-url', `TEAMS_WEBHOOK_URL=${url}\n`, url);
      await expectIn('microsoft-teams-webhook-url', `requests.post('${url}', json=card)`, url);
    }
  });

  it('power-automate-webhook-url: the sig of a Logic Apps / Power Platform trigger URL', async () => {
    const sig = microsoftWebhooksTokens.powerAutomateSig();
    const logic = microsoftWebhooksTokens.powerAutomateUrl(sig);
    await expectIn('power-automate-webhook-url', `{"url": "${logic}"}`, sig);
    await expectIn('power-automate-webhook-url', `FLOW_URL=${logic}\n`, sig);
    const platform = p(
      'https://defa1234.56.environment.api.power',
      'platform.com:443/powerautomate/automations/direct/workflows/',
      hex(32, 'pp'),
      '/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&s',
      'ig=',
      sig,
    );
    await expectIn('power-automate-webhook-url', `fetch("${platform}", {method: "POST"})`, sig);
  });

  it('near misses: other hosts, broken ids, placeholders', async () => {
    await expectNoProviderFinding(
      p(
        'https://acme.web',
        'hook.office.com/webhookb2/',
        uuid('n1'),
        '@',
        uuid('n2'),
        '/Incoming',
        'Webhook/<id>/',
        uuid('n3'),
      ),
      p('https://acme.web', 'hook.office.com/webhookb2/', '{group}@{tenant}/Incoming', 'Webhook/{id}/{owner}'),
      p(
        'https://acme.example.com/webhookb2/',
        uuid('n4'),
        '@',
        uuid('n5'),
        '/Incoming',
        'Webhook/',
        hex(32, 'n6'),
        '/',
        uuid('n7'),
      ),
      p(
        'https://prod-1.westus.logic.',
        'azure.com/workflows/',
        hex(32, 'n8'),
        '/triggers/manual/paths/invoke?sv=1.0&s',
        'ig={sig}',
      ),
      p(
        'https://prod-1.westus.logic.',
        'azure.com/workflows/',
        hex(32, 'n9'),
        '/triggers/manual/paths/invoke?sv=1.0&s',
        'ig=',
        randomChars(URLSAFE, 30, 'n10'),
      ),
      p('https://example.org/invoke?s', 'ig=', microsoftWebhooksTokens.powerAutomateSig('n11')),
    );
  });
});

describe('teams webhook URLs read as peers read them', () => {
  it('microsoft-teams-webhook-url: GUID-shaped segments with letters beyond hex', async () => {
    const seg = (s: string) => {
      const r = randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 32, s);
      return [r.slice(0, 8), r.slice(8, 12), r.slice(12, 16), r.slice(16, 20), r.slice(20)].join('-');
    };
    const url = p(
      'https://acme.web',
      'hook.office.com/webhookb2/',
      seg('g'),
      '@',
      seg('t'),
      '/Incoming',
      'Webhook/',
      randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 32, 'h'),
      '/',
      seg('c'),
    );
    await expectIn('microsoft-teams-webhook-url', `TEAMS_WEBHOOK=${url}\n`, url);
  });
});
