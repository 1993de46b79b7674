/** Test token generators for the rules in src/core/rules/dev-platforms.ts (see ./random.ts). */
import {
  ALNUM,
  LOWER_ALNUM,
  UPPER_HEX,
  URLSAFE,
  b64url,
  hex,
  p,
  randomChars,
  UPPER_ALNUM,
  randomBytes,
  uuid,
} from './random.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** The characters of a 1Password Secret Key: capitals and digits. */
const OP_KEY = '23456789ABCDEFGHJKLMNPQRSTVWXYZ';

export const devPlatformsTokens = {
  /** `A3-`, a 6-character account id, 26 random characters in groups of 6-5-5-5-5 (or 11-5-5-5). */
  onePasswordSecretKey: (seed = 'a3', joined = false) => {
    const r = randomChars(OP_KEY, 32, seed);
    const groups = joined
      ? [r.slice(0, 6), r.slice(6, 17), r.slice(17, 22), r.slice(22, 27), r.slice(27)]
      : [r.slice(0, 6), r.slice(6, 12), r.slice(12, 17), r.slice(17, 22), r.slice(22, 27), r.slice(27)];
    return p('A', '3-', groups.join('-'));
  },
  clojarsToken: (seed = 'clj') => p('CLOJ', 'ARS_', randomChars(LOWER_ALNUM, 60, seed)),
  harnessToken: (seed = 'hns', kind = 'pat') =>
    p(
      kind,
      '.',
      randomChars(URLSAFE, 22, `${seed}a`),
      '.',
      randomChars(ALNUM, 24, `${seed}t`),
      '.',
      randomChars(ALNUM, 20, seed),
    ),
  terraformCloudToken: (seed = 'tfc') =>
    p(randomChars(ALNUM, 14, `${seed}i`), '.atlas', 'v1.', randomChars(URLSAFE, 67, seed)),
  octopusKey: (seed = 'octo') => p('AP', 'I-', randomChars(UPPER_ALNUM, 24, seed), '7Q'),
  postmanKey: (seed = 'pmak') => p('PM', 'AK-', hex(24, `${seed}i`), '-', hex(34, seed)),
  prefectKey: (seed = 'pnu') => p('pn', 'u_', randomChars(ALNUM, 36, seed)),
  pulumiToken: (seed = 'pul') => p('pu', 'l-', hex(40, seed)),
  readmeKey: (seed = 'rdme') => p('rd', 'me_', randomChars(LOWER_ALNUM, 70, seed)),
  trufflehogEnterpriseSecret: (seed = 'thog') => p('thog', '-secret-', hex(32, seed)),
  sonarqubeToken: (seed = 'squ', kind = 'squ') => p(kind, '_', hex(40, seed)),
  settlemintToken: (seed = 'smt', kind = 'pat') => p('sm_', kind, '_', randomChars(ALNUM, 16, seed)),
  definedNetworkingKey: (seed = 'dnk') =>
    p('dn', 'key-', randomChars(URLSAFE, 26, `${seed}a`), '-', randomChars(URLSAFE, 52, seed)),
  frameioToken: (seed = 'fio') => p('fio', '-u-', randomChars(URLSAFE, 64, seed)),
  /** `ops_` and the base64 of a service account's sign-in JSON. */
  onepasswordServiceAccountToken: (seed = 'ops') =>
    p(
      'ops',
      '_',
      Buffer.from(
        JSON.stringify({
          signInAddress: 'acme.1password.com',
          userAuth: {
            method: 'SRPg-4096',
            alg: 'PBES2g-HS256',
            iterations: 650000,
            salt: randomChars(URLSAFE, 22, `${seed}s`),
          },
          email: `${randomChars(LOWER_ALNUM, 13, `${seed}e`)}@1passwordserviceaccounts.com`,
          srpX: hex(64, `${seed}x`),
          muk: {
            alg: 'A256GCM',
            ext: true,
            k: randomChars(URLSAFE, 43, `${seed}k`),
            key_ops: ['encrypt', 'decrypt'],
            kty: 'oct',
            kid: 'mp',
          },
        }),
      ).toString('base64'),
    ),
  infracostKey: (seed = 'ico') => p('ic', 'o-', randomChars(ALNUM, 32, seed)),
  sourcegraphToken: (seed = 'sgp') => p('sg', 'p_', hex(16, `${seed}i`), '_', hex(40, seed)),
  sourcegraphLocalToken: (seed = 'sgpl') => p('sg', 'p_local_', hex(40, seed)),
  bitbucketDataCenter: (seed = 'bbdc') => p('BB', 'DC-', randomChars(`${ALNUM}+/`, 44, seed)),
  circleciToken: (kind: 'AT' | 'RJ', seed = 'cci') =>
    p('CCIP', kind, '_', randomChars(BASE58, 22, seed), '_', randomChars('0123456789abcdef', 40, `${seed}h`)),
  bitbucketAppPassword: (seed = 'atbb') =>
    p('AT', 'BB', randomChars(ALNUM, 24, seed), randomChars(UPPER_HEX, 8, `${seed}c`)),
  vaultBatchToken: (seed = 'hvb') => p('hv', 'b.', 'AAAAAQ', randomChars(URLSAFE, 110, seed)),
  dopplerServiceToken: (seed = 'dpst') => p('dp', '.st.', 'dev.', randomChars(ALNUM, 43, seed)),
  dopplerPersonalToken: (seed = 'dppt') => p('dp', '.pt.', randomChars(ALNUM, 43, seed)),
  contentfulPat: (seed = 'cfpat') => p('CFP', 'AT-', randomChars(URLSAFE, 43, seed)),
  mapboxSecretToken: (seed = 'mb') =>
    p(
      's',
      'k.',
      b64url(JSON.stringify({ u: 'acme', a: randomChars(LOWER_ALNUM, 25, seed) })),
      '.',
      randomChars(URLSAFE, 22, `${seed}s`),
    ),
  mapboxPublicToken: (seed = 'mbp') =>
    p(
      'pk',
      '.',
      b64url(JSON.stringify({ u: `user${seed}`, a: randomChars(LOWER_ALNUM, 25, seed) })),
      '.',
      randomChars(URLSAFE, 22, `${seed}s`),
    ),
  /** A version-4 UUID behind `api-` (access token) or `sdk-` (server-side SDK key). */
  launchdarklyKey: (seed = 'ld', kind: 'api' | 'sdk' = 'sdk') => {
    const u = uuid(seed);
    return p(kind, '-', u.slice(0, 14), '4', u.slice(15, 19), '8', u.slice(20));
  },
  spectralopsKey: (seed = 'spu') => p('sp', 'u-', randomChars(LOWER_ALNUM, 32, seed)),
  /** `ptr_` and 32 random bytes in base64. */
  portainerKey: (seed = 'ptr') => p('pt', 'r_', randomBytes(32, seed).toString('base64')),
};
