import { describe, it } from '@jest/globals';
import { URLSAFE, jwt, p, randomChars } from '../../helpers/tokens/random.js';
import { identityTokens } from '../../helpers/tokens/identity.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';
import { expectFound, expectNotFound } from './harness.js';

describe('identity rules', () => {
  it.each([
    ['okta-api-token', 'OKTA_API_TOKEN', identityTokens.oktaToken()],
    ['okta-client-secret', 'OKTA_CLIENT_SECRET', identityTokens.oktaClientSecret()],
    ['auth0-client-secret', 'AUTH0_CLIENT_SECRET', identityTokens.auth0ClientSecret()],
    ['auth0-management-token', 'AUTH0_MANAGEMENT_API_TOKEN', identityTokens.auth0ManagementToken()],
    ['auth0-management-token', 'AUTH0_TOKEN', identityTokens.auth0ManagementToken('a0t2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('okta-api-token in the SSWS authorization scheme', async () => {
    const t = identityTokens.oktaToken('ssws');
    await expectIn('okta-api-token', `curl -H "Authorization: SSWS ${t}" https://acme.okta.com/api/v1/users`, t);
    await expectIn('okta-api-token', `{"headers": {"Authorization": "SSWS ${t}"}}`, t);
  });

  it('near misses: wrong shapes, unrelated keys, non-JWTs, placeholders', async () => {
    await expectNoProviderFinding(
      `OKTA_API_TOKEN=${p('0', '1', randomChars(URLSAFE, 40, 'n1'))}`,
      `OKTA_API_TOKEN=${p('0', '0', randomChars(URLSAFE, 30, 'n2'))}`,
      `API_TOKEN=${identityTokens.oktaToken('n3')}`,
      `OKTA_CLIENT_ID=${identityTokens.oktaClientSecret('n4')}`,
      `OKTA_CLIENT_SECRET=${randomChars(URLSAFE, 20, 'n5')}`,
      `AUTH0_CLIENT_ID=${identityTokens.auth0ClientSecret('n6')}`,
      `CLIENT_SECRET=${identityTokens.auth0ClientSecret('n7')}`,
      'AUTH0_CLIENT_SECRET=<your-auth0-client-secret>',
      `AUTH0_CLIENT_SECRET=${'abcd'.repeat(16)}`,
      `AUTH0_TOKEN=eyJ${randomChars(URLSAFE, 30, 'n8')}.eyJ${randomChars(URLSAFE, 30, 'n9')}.${randomChars(URLSAFE, 43, 'n10')}`,
      `OKTA_ISSUER_JWT=${jwt({ sub: 'x' }, 'n11')}`,
    );
  });
});

describe('42 Intra client secrets', () => {
  it.each(['ud', 'af'] as const)('intra42-client-secret: the s-s4t2%s- prefix', async (kind) => {
    await expectFound('intra42-client-secret', identityTokens.intra42ClientSecret(kind, kind));
  });

  it('near misses: short, a placeholder body', async () => {
    await expectNotFound(identityTokens.intra42ClientSecret('short').slice(0, 50), p('s-s4', 't2ud-', '0'.repeat(64)));
  });
});

describe('Adobe Developer Console client secrets', () => {
  it('adobe-client-secret: found in JSON, .env and code', async () => {
    await expectFound('adobe-client-secret', identityTokens.adobeClientSecret());
  });

  it('authress-access-key: found in JSON, .env and code', async () => {
    await expectFound('authress-access-key', identityTokens.authressKey());
  });

  it('near misses: short', async () => {
    await expectNotFound(identityTokens.adobeClientSecret('short').slice(0, 20));
  });
});

describe('duo-secret-key', () => {
  const ikey = p('D', 'I', randomChars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18, 'ikey'));
  const host = 'api-1a2b3c4d.duosecurity.com';

  it.each(['DUO_SKEY', 'DUO_SECRET_KEY', 'DUO_CLIENT_SECRET'])(
    'found under %s beside its integration key and host',
    async (key) => {
      const skey = identityTokens.duoSecretKey(key);
      await expectIn('duo-secret-key', `DUO_IKEY=${ikey}\n${key}=${skey}\nDUO_HOST=${host}\n`, skey);
    },
  );

  it('found in a duo section and under duo_skey in a JSON config', async () => {
    const skey = identityTokens.duoSecretKey('json');
    await expectIn('duo-secret-key', `duo:\n  skey: ${skey}\n  ikey: ${ikey}\n  host: ${host}\n`, skey);
    const text = JSON.stringify({ auth: { host, ikey, duo_skey: skey } }, null, 2);
    await expectIn('duo-secret-key', text, skey);
  });

  it('near misses: alone, without its host or integration key, one character class, no Duo in the key', async () => {
    const skey = identityTokens.duoSecretKey('nm');
    await expectNoProviderFinding(
      `DUO_SKEY=${skey}`,
      `DUO_IKEY=${ikey}\nDUO_SKEY=${skey}`,
      `DUO_HOST=${host}\nDUO_SKEY=${skey}`,
      `DUO_IKEY=${ikey}\nDUO_SKEY=${skey}\nDUO_HOST=duo.acme.dev`,
      `DUO_IKEY=${ikey}\nDUO_SKEY=${skey.slice(0, 30)}\nDUO_HOST=${host}`,
      `DUO_IKEY=${ikey}\nDUO_SKEY=${skey.toLowerCase()}\nDUO_HOST=${host}`,
      `DUO_IKEY=${ikey}\nAPP_SECRET_KEY=${skey}\nDUO_HOST=${host}`,
    );
  });
});
