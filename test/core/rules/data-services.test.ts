import { describe, it } from '@jest/globals';
import { ALNUM, LOWER_ALNUM, URLSAFE, jwt, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { dataServicesTokens } from '../../helpers/tokens/data-services.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('data service rules', () => {
  it.each([
    ['pinecone-api-key', dataServicesTokens.pineconeKey()],
    ['neon-api-key', dataServicesTokens.neonKey()],
    ['planetscale-token', dataServicesTokens.planetscaleToken()],
    ['planetscale-token', p('pscale', '_oauth_', randomChars(URLSAFE, 43, 'pso'))],
    ['planetscale-password', dataServicesTokens.planetscalePassword()],
    ['mongodb-atlas-service-account-secret', dataServicesTokens.atlasServiceAccountSecret()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['pinecone-api-key-legacy', 'PINECONE_API_KEY', uuid('pinecone')],
    ['weaviate-api-key', 'WEAVIATE_API_KEY', randomChars(ALNUM, 40, 'weaviate')],
    ['qdrant-api-key', 'QDRANT_API_KEY', p(uuid('qd'), '|', randomChars(URLSAFE, 40, 'qd2'))],
    ['upstash-token', 'UPSTASH_REDIS_REST_TOKEN', dataServicesTokens.upstashToken()],
    ['upstash-token', 'QSTASH_TOKEN', dataServicesTokens.upstashToken('qstash')],
    ['turso-auth-token', 'TURSO_AUTH_TOKEN', dataServicesTokens.tursoToken()],
    ['turso-auth-token', 'LIBSQL_AUTH_TOKEN', dataServicesTokens.tursoToken('libsql')],
    ['mongodb-atlas-api-key', 'MONGODB_ATLAS_PRIVATE_KEY', uuid('atlas')],
    ['mongodb-atlas-api-key', 'ATLAS_PRIVATE_API_KEY', uuid('atlas2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('near misses: wrong lengths, ids and URLs under the same names, non-JWTs, placeholders', async () => {
    await expectNoProviderFinding(
      p('pc', 'sk_', randomChars(ALNUM, 6, 'n1'), '_', randomChars(ALNUM, 20, 'n2')),
      p('pc', 'sk_', '...'),
      p('na', 'pi_', randomChars(LOWER_ALNUM, 40, 'n3')),
      p('na', 'pi_', randomChars(ALNUM, 64, 'n4').toUpperCase()),
      p('pscale', '_tkn_', '<token>'),
      p('mdb_sa', '_sk_', randomChars(URLSAFE, 20, 'n5')),
      `PINECONE_INDEX_ID=${uuid('n6')}`,
      `WEAVIATE_URL=https://${randomChars(LOWER_ALNUM, 40, 'n7')}.weaviate.cloud`,
      `QDRANT_COLLECTION=${randomChars(LOWER_ALNUM, 10, 'n8')}`,
      `UPSTASH_REDIS_REST_URL=https://${randomChars(LOWER_ALNUM, 20, 'n9')}.upstash.io`,
      `TURSO_AUTH_TOKEN=${randomChars(URLSAFE, 120, 'n10')}`,
      `TURSO_AUTH_TOKEN=eyJ${randomChars(URLSAFE, 30, 'n11')}.eyJ${randomChars(URLSAFE, 30, 'n12')}.${randomChars(URLSAFE, 43, 'n13')}`,
      `SESSION_JWT=${jwt({ a: 'rw' }, 'n14')}`,
      `MONGODB_ATLAS_PUBLIC_KEY=${randomChars(LOWER_ALNUM, 8, 'n15')}`,
      `ATLAS_PROJECT_ID=${uuid('n16')}`,
      'UPSTASH_REDIS_REST_TOKEN=${UPSTASH_REDIS_REST_TOKEN}',
    );
  });
});

describe('ClickHouse Cloud and MaxMind keys', () => {
  it.each([
    ['clickhouse-cloud-api-secret', dataServicesTokens.clickhouseSecret()],
    ['maxmind-license-key', dataServicesTokens.maxmindLicenseKey()],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: a hex digest that starts like a ClickHouse secret, a short key', async () => {
    await expectNotFound(
      p('4b', '1d', randomChars('0123456789abcdef', 38, 'hexdigest')),
      dataServicesTokens.maxmindLicenseKey('short').replace(/_[A-Za-z0-9]{29}_/, '_abc_'),
    );
  });
});

describe('Couchbase passwords', () => {
  it('couchbase-password: under a Couchbase key', async () => {
    await expectKeyed('couchbase-password', 'COUCHBASE_PASSWORD', dataServicesTokens.couchbasePassword());
  });

  it('couchbase-password: in a Capella config, a double-quoted password holding quotes, brackets and blanks', async () => {
    const pw = dataServicesTokens.couchbasePassword('cb-sym', true);
    const host = p('couchbases://cb.', randomChars(LOWER_ALNUM, 16, 'cb-host'), '.cloud.couchbase.com');
    const text = `api:\n  couchbase_domain: "${host}"\n  couchbase_username: "svc-app"\n  couchbase_password: "${pw}"\n`;
    await expectIn('couchbase-password', text, pw);
    await expectIn('couchbase-password', `{"couchbase": {"password": "${pw}"}}`, pw);
  });

  it('near misses: references, the word itself, code', async () => {
    await expectNoProviderFinding(
      'COUCHBASE_PASSWORD=${COUCHBASE_PASSWORD}',
      'couchbase_password: "couchbase"',
      'const couchbasePassword = config.couchbase.password;',
      'couchbase_password: "see the team vault"',
      // A test's pattern for a password is no password.
      'couchbase_password: "[A-Za-z]{6}[{(\' ][0-9]{4}[!#%&*]"',
      `COUCHBASE_USERNAME=${dataServicesTokens.couchbasePassword('cb-user')}`,
    );
  });
});
