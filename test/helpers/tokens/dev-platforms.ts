/** Test token generators for the rules in src/core/rules/dev-platforms.ts (see ./random.ts). */
import { ALNUM, LOWER_ALNUM, UPPER_HEX, URLSAFE, b64url, p, randomBytes, randomChars, uuid } from './random.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export const devPlatformsTokens = {
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
