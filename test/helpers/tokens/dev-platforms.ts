/** Test token generators for the rules in src/core/rules/dev-platforms.ts (see ./random.ts). */
import { ALNUM, LOWER_ALNUM, UPPER_HEX, URLSAFE, b64url, p, randomChars } from './random.js';

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
};
