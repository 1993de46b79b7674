import { describe, expect, it } from '@jest/globals';
import { ALNUM, URLSAFE, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { cloudHostingTokens } from '../../helpers/tokens/cloud-hosting.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('cloud hosting rules', () => {
  it.each([
    ['digitalocean-pat', cloudHostingTokens.digitaloceanPat()],
    ['digitalocean-oauth-token', cloudHostingTokens.digitaloceanOauth()],
    ['digitalocean-oauth-token', cloudHostingTokens.digitaloceanRefresh()],
    ['heroku-api-key', cloudHostingTokens.herokuKey()],
    ['heroku-api-key', cloudHostingTokens.herokuAuthorization()],
    ['netlify-pat', cloudHostingTokens.netlifyPat()],
    ['fly-access-token', cloudHostingTokens.flyOauthToken()],
    ['fly-access-token', cloudHostingTokens.flyMacaroon()],
    ['render-api-key', cloudHostingTokens.renderKey()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['heroku-api-key-legacy', 'HEROKU_API_KEY', uuid('heroku')],
    ['railway-token', 'RAILWAY_TOKEN', uuid('railway')],
    ['railway-token', 'RAILWAY_API_TOKEN', uuid('railway2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('fly-access-token after the FlyV1 scheme, whole macaroon list', async () => {
    const t = cloudHostingTokens.flyMacaroon('hdr');
    await expectIn('fly-access-token', `Authorization: FlyV1 ${t}\n`, t);
  });

  it('near misses: wrong lengths and charsets, unrelated keys, placeholders', async () => {
    await expectNoProviderFinding(
      p('do', 'p_v1_', hex(63, 'n1')),
      p('do', 'p_v2_', hex(64, 'n2')),
      p('do', 'p_v1_', randomChars(ALNUM, 64, 'n3')),
      p('HR', 'KU-AA', randomChars(URLSAFE, 40, 'n4')),
      p('HR', 'KU-', '<your-api-key>'),
      `APP_ID=${uuid('n5')}`,
      `HEROKU_APP_ID=${uuid('n6')}`,
      `RAILWAY_PROJECT_ID=${uuid('n7')}`,
      p('nf', 'p_', randomChars(ALNUM, 30, 'n8')),
      p('nf', 'p_', 'YOUR_TOKEN_HERE'),
      p('info1_', randomChars(URLSAFE, 43, 'n9')),
      p('fo', '1_', randomChars(URLSAFE, 12, 'n10')),
      p('fm', '2_', randomChars(ALNUM, 20, 'n11')),
      p('rn', 'd_', randomChars(ALNUM, 20, 'n12')),
      p('bra', 'nd_', randomChars(ALNUM, 32, 'n13')),
    );
  });

  it('cloudflare-origin-ca-key by its format', async () => {
    await expectFound('cloudflare-origin-ca-key', cloudHostingTokens.cloudflareOriginCaKey());
  });

  it('fly-access-token: msgpack macaroons, whose zero bytes are runs of `A` in base64', async () => {
    const { flyMsgpackMacaroon } = cloudHostingTokens;
    const list = `${flyMsgpackMacaroon('m1', 'fm1r_')},${flyMsgpackMacaroon('m2', 'fm1a_')}`;
    expect(list).toMatch(/AAAAAAAA/);
    await expectIn('fly-access-token', `ENV FLY_API_TOKEN="FlyV1 ${list}"\n`, list);
    const one = flyMsgpackMacaroon('m3');
    await expectIn('fly-access-token', `#   FLY_API_TOKEN: FlyV1 ${one}\n`, one);
    await expectIn('fly-access-token', `fly:\n  token: ${one}\n`, one);
    // The same runs in a value that is no msgpack array remain a placeholder.
    await expectNotFound(p('Fly', 'V1 fm2_', 'A'.repeat(600)), p('fm', '2_', 'QUFB', 'A'.repeat(200)));
  });

  it('fly-access-token after the FlyV1 scheme whatever the base64 alphabet', async () => {
    const header = cloudHostingTokens.flyV1Header();
    await expectIn('fly-access-token', `fly_token = '${header}'\n`, header.slice('FlyV1 '.length));
  });

  it('near misses of Origin CA keys and FlyV1 headers', async () => {
    await expectNoProviderFinding(
      p('v1', '.0-', hex(24, 'o1'), '-', hex(60, 'o2')),
      p('v1', '.0-', Array.from({ length: 24 }, () => 'change').join('-'), '-abc'),
      p('Fly', 'V1 fm2_', randomChars(URLSAFE, 40, 'o3')),
      p('Fly', 'V2 fm2_', randomChars(URLSAFE, 600, 'o4')),
    );
  });
});

describe('Squarespace API keys', () => {
  it.each(['SQUARESPACE_API_KEY', 'SQUARESPACE_ACCESS_TOKEN'])('squarespace-api-key under %s', async (key) => {
    await expectKeyed('squarespace-api-key', key, cloudHostingTokens.squarespaceKey(key));
  });

  it('near misses: a site id', async () => {
    await expectNoProviderFinding(`SQUARESPACE_SITE_ID=${cloudHostingTokens.squarespaceKey('site')}`);
  });
});

describe('OpenShift, Scalingo and Yandex Cloud tokens', () => {
  it.each([
    ['openshift-user-token', cloudHostingTokens.openshiftToken()],
    ['scalingo-api-token', cloudHostingTokens.scalingoToken()],
    ['yandex-cloud-api-key', cloudHostingTokens.yandexApiKey()],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: short bodies, four capitals starting a word', async () => {
    await expectNotFound(
      cloudHostingTokens.openshiftToken('short').slice(0, 30),
      p('AQ', 'VN', 'X'.repeat(36)),
      p('AQ', 'VNQUERYPARSERCONFIGURATIONOPTIONSX'),
    );
  });
});

describe('Yandex Cloud IAM tokens', () => {
  it('yandex-cloud-iam-token: found in JSON, .env and code', async () => {
    await expectFound('yandex-cloud-iam-token', cloudHostingTokens.yandexIamToken());
  });

  it('near misses: a signature cut short, no signature, a masked token', async () => {
    const t = cloudHostingTokens.yandexIamToken('near');
    await expectNotFound(
      t.slice(0, -20),
      t.slice(0, t.lastIndexOf('.')),
      p('t', '1.', 'x'.repeat(120), '.', 'x'.repeat(86)),
    );
  });
});

describe('alibaba-access-key-pair', () => {
  it('the secret in the block its AccessKey ID sits in: .env, SDK arguments, a log', async () => {
    const id = cloudHostingTokens.alibabaKeyId();
    const secret = cloudHostingTokens.alibabaSecret();
    await expectIn(
      'alibaba-access-key-pair',
      `ALIBABA_CLOUD_ACCESS_KEY_ID=${id}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${secret}\n`,
      secret,
    );
    await expectIn('alibaba-access-key-pair', `client = AcsClient("${id}", "${secret}", "cn-hangzhou")`, secret);
    await expectIn('alibaba-access-key-pair', `[DEBUG] Using Key=${secret}\n[DEBUG] Using ID=${id};\n`, secret);
  });

  it('near misses: the ID alone, the secret alone, one character class, a longer ID', async () => {
    const id = cloudHostingTokens.alibabaKeyId('nm');
    await expectNoProviderFinding(
      `ALIBABA_CLOUD_ACCESS_KEY_ID=${id}`,
      `ACCESS_KEY_SECRET=${cloudHostingTokens.alibabaSecret('nm')}`,
      `ACCESS_KEY_ID=${id}\nTRACE=${randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 30, 'lower')}`,
      `ACCESS_KEY_ID=${id}${randomChars(ALNUM, 8, 'long')}\nSECRET=${cloudHostingTokens.alibabaSecret('nm2')}`,
    );
  });
});
