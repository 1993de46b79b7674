import { describe, it } from '@jest/globals';
import { ALNUM, UPPER_HEX, URLSAFE, b64url, hex, jwt, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { devPlatformsTokens } from '../../helpers/tokens/dev-platforms.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('developer platform rules', () => {
  it.each([
    ['bitbucket-app-password', devPlatformsTokens.bitbucketAppPassword()],
    ['doppler-token', devPlatformsTokens.dopplerServiceToken()],
    ['doppler-token', devPlatformsTokens.dopplerPersonalToken()],
    ['doppler-token', p('dp', '.sa.', randomChars(ALNUM, 43, 'dpsa'))],
    ['contentful-pat', devPlatformsTokens.contentfulPat()],
    ['mapbox-secret-token', devPlatformsTokens.mapboxSecretToken()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['snyk-api-token', 'SNYK_TOKEN', uuid('snyk')],
    ['algolia-admin-key', 'ALGOLIA_ADMIN_KEY', hex(32, 'algolia')],
    ['algolia-admin-key', 'ALGOLIA_API_KEY', hex(32, 'algolia2')],
    ['algolia-admin-key', 'ALGOLIA_WRITE_API_KEY', hex(32, 'algolia3')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('near misses: checksum case, wrong lengths, search-only and public keys, placeholders', async () => {
    await expectNoProviderFinding(
      p('AT', 'BB', randomChars(ALNUM, 24, 'n1'), randomChars(UPPER_HEX, 8, 'n2').toLowerCase().replace(/[0-9]/g, 'x')),
      p('AT', 'BB', randomChars(ALNUM, 20, 'n3')),
      p('AT', 'BB', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
      p('dp', '.st.', 'dev.', 'YOUR_TOKEN'),
      p('dp', '.st.', randomChars(ALNUM, 30, 'n4')),
      p('dp', '.xx.', randomChars(ALNUM, 43, 'n5')),
      `SNYK_ORG_ID=${uuid('n6')}`,
      p('CFP', 'AT-', randomChars(URLSAFE, 30, 'n7')),
      p('p', 'k.eyJ', randomChars(URLSAFE, 60, 'n8'), '.', randomChars(URLSAFE, 22, 'n9')),
      p('s', 'k.eyJ', randomChars(URLSAFE, 60, 'n10')),
      `ALGOLIA_SEARCH_API_KEY=${hex(32, 'n11')}`,
      `NEXT_PUBLIC_ALGOLIA_API_KEY=${hex(32, 'n12')}`,
      `VITE_ALGOLIA_API_KEY=${hex(32, 'n13')}`,
      `ALGOLIA_APP_ID=${hex(32, 'n14')}`,
      `ALGOLIA_API_KEY=${hex(31, 'n15')}`,
    );
  });

  it.each([
    ['bitbucket-data-center-token', devPlatformsTokens.bitbucketDataCenter()],
    ['circleci-token', devPlatformsTokens.circleciToken('AT')],
    ['circleci-token', devPlatformsTokens.circleciToken('RJ', 'cciprj')],
    ['vault-batch-token', devPlatformsTokens.vaultBatchToken()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['circleci-token-legacy', 'CIRCLECI_TOKEN', hex(40, 'circle')],
    ['circleci-token-legacy', 'CIRCLE_API_TOKEN', hex(40, 'circle2')],
    [
      'formio-api-token',
      'FORMIO_JWT_TOKEN',
      jwt({ user: { _id: hex(24, 'fio') }, form: { _id: hex(24, 'fio2') } }, 'fio'),
    ],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('near misses of the CI and self-hosted tokens', async () => {
    await expectNoProviderFinding(
      p('BB', 'DC-', randomChars(ALNUM, 20, 'm1')),
      p('BB', 'DC-', 'X'.repeat(44)),
      p('CCIP', 'AT_', randomChars(ALNUM, 22, 'm2'), '_', hex(20, 'm3')),
      p('CCIP', 'XX_', randomChars(ALNUM, 22, 'm4'), '_', hex(40, 'm5')),
      `CIRCLECI_TOKEN=${hex(24, 'm6')}`,
      `CIRCLE_SHA1=${hex(40, 'm7')}`,
      `FORMIO_PROJECT_TOKEN=<your-token>`,
      p('hv', 'b.', randomChars(URLSAFE, 30, 'm8')),
      p('hv', 'b.', 'x'.repeat(80)),
    );
  });
});

describe('dev-platforms rules (Mapbox public, LaunchDarkly, SpectralOps, Portainer)', () => {
  it.each([
    ['mapbox-public-token', devPlatformsTokens.mapboxPublicToken()],
    ['launchdarkly-api-key', devPlatformsTokens.launchdarklyKey()],
    ['launchdarkly-api-key', devPlatformsTokens.launchdarklyKey('ld-api', 'api')],
    ['spectralops-api-key', devPlatformsTokens.spectralopsKey()],
    ['portainer-api-key', devPlatformsTokens.portainerKey()],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it.each([
    ['portainer-token', 'PORTAINER_API_KEY', p('pt', 'r_', randomChars(URLSAFE, 32, 'ptr-short'))],
    [
      'portainer-token',
      'PORTAINER_JWT',
      [
        b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
        b64url(JSON.stringify({ id: 1, username: 'ops-lead', role: 1, exp: 1767312000 })),
        randomChars(URLSAFE, 43, 'ptj'),
      ].join('.'),
    ],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('near misses: mobile keys, other UUID versions, C identifiers, unrelated keys', async () => {
    const u = uuid('ldn');
    await expectNoProviderFinding(
      p('mo', 'b-', u.slice(0, 14), '4', u.slice(15)),
      p('sd', 'k-', u.slice(0, 14), '1', u.slice(15)),
      p('rest-ap', 'i-', u.slice(0, 14), '4', u.slice(15)),
      p('sp', 'u-', randomChars(ALNUM, 32, 'spu').toUpperCase()),
      p('sp', 'u-', randomChars(ALNUM, 20, 'spu2').toLowerCase()),
      // `ptr_` opens C identifiers: lowercase, underscores, no digits.
      'struct node *ptr_to_the_first_element_of_the_linked_list_head = NULL;',
      p('pt', 'r_', 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq='),
      p('UNRELATED_TOKEN=pt', 'r_', randomChars(URLSAFE, 30, 'ptu')),
      p('pk', '.', b64url(JSON.stringify({ u: 'someone', a: 'abc' })), '.', randomChars(URLSAFE, 8, 'mbs')),
    );
  });
});

describe('1Password service account, Infracost and Sourcegraph tokens', () => {
  it.each([
    ['onepassword-service-account-token', devPlatformsTokens.onepasswordServiceAccountToken()],
    ['infracost-api-key', devPlatformsTokens.infracostKey()],
    ['sourcegraph-access-token', devPlatformsTokens.sourcegraphToken()],
    ['sourcegraph-access-token', devPlatformsTokens.sourcegraphLocalToken()],
    ['sourcegraph-access-token', p('sg', 'p_', hex(40, 'sgold'))],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each(['SRC_ACCESS_TOKEN', 'SOURCEGRAPH_TOKEN'])(
    'sourcegraph-access-token-legacy: 40 hex under %s',
    async (key) => {
      await expectKeyed('sourcegraph-access-token-legacy', key, hex(40, key));
    },
  );

  it('near misses: short bodies, a longer word before the prefix, a commit hash under a Sourcegraph key', async () => {
    await expectNotFound(
      p('ic', 'o-', randomChars(ALNUM, 20, 'n1')),
      p('favic', 'o-', randomChars(ALNUM, 32, 'n2')),
      p('sg', 'p_', hex(16, 'n3'), '_', hex(20, 'n4')),
      p('ops', '_eyJ', randomChars(ALNUM, 80, 'n5')),
    );
    await expectNoProviderFinding(`SOURCEGRAPH_COMMIT=${hex(40, 'n6')}`);
  });
});

describe('build and deploy tool tokens', () => {
  it.each([
    ['clojars-deploy-token', devPlatformsTokens.clojarsToken()],
    ['harness-api-key', devPlatformsTokens.harnessToken()],
    ['harness-api-key', devPlatformsTokens.harnessToken('hsat', 'sat')],
    ['terraform-cloud-token', devPlatformsTokens.terraformCloudToken()],
    ['octopus-deploy-api-key', devPlatformsTokens.octopusKey()],
    ['postman-api-key', devPlatformsTokens.postmanKey()],
    ['prefect-api-key', devPlatformsTokens.prefectKey()],
    ['pulumi-access-token', devPlatformsTokens.pulumiToken()],
    ['readme-api-key', devPlatformsTokens.readmeKey()],
    ['sonarqube-token', devPlatformsTokens.sonarqubeToken()],
    ['sonarqube-token', devPlatformsTokens.sonarqubeToken('sqp', 'sqp')],
    ['trufflehog-enterprise-secret', devPlatformsTokens.trufflehogEnterpriseSecret()],
    ['settlemint-access-token', devPlatformsTokens.settlemintToken()],
    ['settlemint-access-token', devPlatformsTokens.settlemintToken('smaat', 'aat')],
    ['defined-networking-api-key', devPlatformsTokens.definedNetworkingKey()],
    ['frameio-developer-token', devPlatformsTokens.frameioToken()],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: short bodies, a word before the prefix, an API- constant of letters only', async () => {
    await expectNotFound(
      devPlatformsTokens.pulumiToken('short').slice(0, 30),
      p('my', devPlatformsTokens.prefectKey('word')),
      'API-GATEWAYINTEGRATIONTIMEOUTS',
      devPlatformsTokens.terraformCloudToken('cut').slice(0, 50),
      p('sq', 'u_', '0'.repeat(40)),
      // The key id half of a TruffleHog Enterprise API key is no secret.
      p('thog', '-key-', devPlatformsTokens.trufflehogEnterpriseSecret('id').slice(-16)),
      devPlatformsTokens.trufflehogEnterpriseSecret('cut').slice(0, 40),
    );
  });
});

describe('1Password account Secret Keys', () => {
  it.each([
    ['grouped 6-6-5-5-5-5', devPlatformsTokens.onePasswordSecretKey()],
    ["joined 6-11-5-5-5 (the whitepaper's example)", devPlatformsTokens.onePasswordSecretKey('a3j', true)],
  ])('1password-secret-key: %s, found in JSON, .env and code', async (_shape, key) => {
    await expectFound('1password-secret-key', key);
  });

  it('near misses: a group short, lower case, a mask, letters only', async () => {
    const key = devPlatformsTokens.onePasswordSecretKey('near');
    await expectNotFound(
      key.slice(0, -1),
      key.toLowerCase(),
      p('A', '3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX'),
      p('A', '3-', 'ABCDEF-GHJKLM-NPQRS-TVWXY-ZABCD-EFGHJ'),
    );
  });
});
