import { describe, it } from '@jest/globals';
import { ALNUM, URLSAFE, b64url, hex, p, randomChars } from '../../helpers/tokens/random.js';
import { dataApisTokens as t } from '../../helpers/tokens/data-apis.js';
import { expectFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('data API rules', () => {
  it.each([
    ['adafruit-io-key', t.adafruitKey()],
    ['alchemy-access-token', t.alchemyAccessToken()],
    ['duffel-access-token', t.duffelToken('test')],
    ['duffel-access-token', t.duffelToken('live', 'duffel-live')],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['adafruit-io-key-legacy', 'ADAFRUIT_IO_KEY', t.adafruitLegacyKey()],
    ['alchemy-api-key', 'ALCHEMY_API_KEY', t.alchemyKey()],
    ['appfollow-api-token', 'APPFOLLOW_API_TOKEN', t.providerJwt('appfollow')],
    ['besttime-api-key', 'BESTTIME_API_KEY_PRIVATE', t.besttimePrivateKey()],
    ['flightlabs-api-key', 'FLIGHTLABS_ACCESS_KEY', t.providerJwt('flightlabs')],
    ['iex-cloud-token', 'IEX_CLOUD_TOKEN', t.iexSecretToken()],
    ['iex-cloud-token', 'IEXAPIS_TOKEN', t.iexSecretToken('iex2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it("besttime-api-key in BestTime's own api_key_private parameter", async () => {
    const key = t.besttimePrivateKey('q');
    await expectIn(
      'besttime-api-key',
      `https://besttime.app/api/v1/forecasts?api_key_private=${key}&venue_name=x\n`,
      key,
    );
  });

  it('alchemy-api-key in an Alchemy RPC URL', async () => {
    const key = t.alchemyKey('rpc');
    await expectIn('alchemy-api-key', `RPC_URL=https://eth-mainnet.g.alchemy.com/v2/${key}\n`, key);
  });

  it('appfollow-api-token under its key whatever its claims hold', async () => {
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const token = [header, randomChars(ALNUM, 74, 'af-claims'), randomChars(URLSAFE, 43, 'af-sig')].join('.');
    await expectKeyed('appfollow-api-token', 'APPFOLLOW_TOKEN', token);
  });

  it('near misses: wrong lengths, public keys, other keys, placeholders', async () => {
    await expectNoProviderFinding(
      p('ai', 'o_', randomChars(ALNUM, 20, 'n1')),
      p('rati', 'o_', randomChars(ALNUM, 28, 'n2')),
      p('ai', 'o_', 'x'.repeat(28)),
      `ADAFRUIT_IO_USERNAME=${hex(32, 'n3')}`,
      p('alc', 'ht_', randomChars(ALNUM, 12, 'n4')),
      `SQLALCHEMY_SECRET_KEY=${randomChars(ALNUM, 32, 'n5')}`,
      `ALCHEMY_NETWORK=${randomChars(ALNUM, 32, 'n6')}`,
      `https://eth-mainnet.g.alchemy.com/v2/${'x'.repeat(32)}`,
      `APPFOLLOW_API_TOKEN=eyJ${randomChars(URLSAFE, 30, 'n7')}.${randomChars(URLSAFE, 40, 'n8')}`,
      `APPFOLLOW_API_TOKEN=${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"x"}')}.${'x'.repeat(43)}`,
      `BESTTIME_API_KEY_PUBLIC=${p('pu', 'b_', hex(32, 'n10'))}`,
      p('duffel', '_test_', randomChars(URLSAFE, 20, 'n11')),
      p('duffel', '_prod_', randomChars(URLSAFE, 43, 'n12')),
      `IEX_CLOUD_TOKEN=${p('p', 'k_', hex(32, 'n13'))}`,
      `FLIGHTLABS_ACCESS_KEY=<your-access-key>`,
    );
  });
});
