/**
 * Identifiers are not secrets: a client id, access id or app id alone is never reported; beside its
 * secret, the pair is reported once, at the secret, by a message naming both.
 */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { ALNUM, DIGITS, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { sendbirdTokens } from '../../helpers/tokens/sendbird.js';
import { sumologicTokens } from '../../helpers/tokens/sumologic.js';
import { expectNotFound } from './harness.js';

const engine = new Engine(resolveConfig(undefined));

/** Findings as [rule, line, column, message]. */
async function findings(text: string) {
  return (await engine.scan({ path: 'f.txt', text })).findings.map((f) => [f.ruleId, f.line, f.column, f.message]);
}

const at = (text: string, value: string): [number, number] => {
  const before = text.slice(0, text.indexOf(value));
  return [before.split('\n').length, before.length - before.lastIndexOf('\n')];
};

const providers = [
  {
    name: 'Plaid',
    pairRule: 'plaid-client-secret-pair',
    secretRule: 'plaid-secret',
    message: 'Plaid client_id and secret pair found',
    id: hex(24, 'plaid-client-id'),
    secret: hex(30, 'plaid-secret'),
    env: (id: string, secret: string) => `PLAID_CLIENT_ID=${id}\nPLAID_ENV=sandbox\nPLAID_SECRET=${secret}\n`,
    idOnly: (id: string) => `PLAID_CLIENT_ID=${id}\nPLAID_ENV=sandbox\n`,
    yaml: (id: string, secret: string) => `plaid:\n  secret: "${secret}"\n  env: sandbox\n  client_id: "${id}"\n`,
  },
  {
    name: 'Sumo Logic',
    pairRule: 'sumologic-access-pair',
    secretRule: 'sumologic-access-key',
    message: 'Sumo Logic access ID and key pair found',
    id: sumologicTokens.accessId(),
    secret: sumologicTokens.accessKey(),
    env: (id: string, secret: string) => `export SUMO_ACCESS_ID="${id}"\nexport SUMO_ACCESS_KEY="${secret}"\n`,
    idOnly: (id: string) => `export SUMOLOGIC_ACCESSID="${id}"\n`,
    yaml: (id: string, secret: string) =>
      `sumologic:\n  accessKey: ${secret}\n  endpoint: https://api.sumologic.com\n  accessId: ${id}\n`,
  },
  {
    name: 'Sendbird',
    pairRule: 'sendbird-app-token-pair',
    secretRule: 'sendbird-api-token',
    message: 'Sendbird application ID and API token pair found',
    id: sendbirdTokens.appId(),
    secret: sendbirdTokens.apiToken(),
    env: (id: string, secret: string) => `SENDBIRD_APP_ID=${id}\nSENDBIRD_API_TOKEN=${secret}\n`,
    idOnly: (id: string) =>
      `const sb = SendbirdChat.init({ appId: SENDBIRD_APP_ID });\nconst SENDBIRD_APP_ID = "${id}";\n`,
    yaml: (id: string, secret: string) => `sendbird:\n  api_token: "${secret}"\n  region: us-1\n  app_id: "${id}"\n`,
  },
];

describe.each(providers)('$name: the id is reported only with its secret', (t) => {
  it('the id alone is no finding of any rule', async () => {
    await expectNotFound(t.idOnly(t.id));
  });

  it('the secret alone is the secret rule', async () => {
    const text = t
      .env('', t.secret)
      .split('\n')
      .find((l) => l.includes(t.secret))!;
    expect((await findings(text)).map(([rule]) => rule)).toEqual([t.secretRule]);
  });

  it('id and secret together: one finding, the pair, at the secret, naming both', async () => {
    for (const text of [t.env(t.id, t.secret), t.yaml(t.id, t.secret)]) {
      expect(await findings(text)).toEqual([[t.pairRule, ...at(text, t.secret), t.message]]);
    }
  });

  it('an id far from the secret (another block) does not make a pair', async () => {
    const text = `${t.idOnly(t.id)}${'# unrelated settings\nLOG_LEVEL=info\n'.repeat(20)}${t
      .env('', t.secret)
      .split('\n')
      .filter((l) => l.includes(t.secret))
      .join('\n')}\n`;
    expect((await findings(text)).map(([rule]) => rule)).toEqual([t.secretRule]);
  });
});

describe('identifiers reported by no rule, alone or paired', () => {
  it.each([
    ['asana-client-id', `ASANA_CLIENT_ID=${randomChars(DIGITS, 16, 'asana-id')}`],
    ['linkedin-client-id', `linkedin_client_id: "${randomChars(ALNUM, 14, 'linkedin-id')}"`],
    ['adobe-client-id', `ADOBE_CLIENT_ID=${hex(32, 'adobe-id')}`],
    ['alibaba-access-key-id', `ALIBABA_ACCESS_KEY_ID=${p('LT', 'AI', randomChars(ALNUM, 20, 'alibaba-id'))}`],
    ['bitbucket-client-id', `BITBUCKET_CLIENT_ID=${randomChars(ALNUM, 32, 'bitbucket-id')}`],
    ['discord-client-id', `DISCORD_CLIENT_ID=${p('1', randomChars(DIGITS, 17, 'discord-id'))}`],
    ['looker-client-id', `LOOKER_CLIENT_ID=${randomChars(ALNUM, 20, 'looker-id')}`],
    ['messagebird-client-id', `MESSAGEBIRD_CLIENT_ID=${uuid('messagebird-id')}`],
  ])('%s', async (_gitleaksRule, text) => {
    await expectNotFound(text);
  });
});
