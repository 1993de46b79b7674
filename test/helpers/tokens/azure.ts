/** Test token generators for the rules in src/core/rules/azure.ts (see ./random.ts). */
import { ALNUM, BASE32_LOWER, BASE64, DIGITS, URLSAFE, p, randomBytes, randomChars } from './random.js';

export const azureTokens = {
  appConfigSecret: (seed = 'azac') => p(randomChars(BASE64, 43, seed), '='),
  appConfigConnectionString: (secret: string, store = 'acme-settings') =>
    p('Endpoint=https://', store, '.azconfig', '.io;Id=', 'x1y2-l0-s0:', 'Qw3rTy7UiOp9AsDfGh1J', ';Secret=', secret),
  entraRefreshToken: (seed = 'azrt') =>
    p(
      '0',
      '.A',
      randomChars(URLSAFE, 80, seed),
      '.Ag',
      randomChars(URLSAFE, 320, `${seed}b`),
      '.A',
      randomChars(URLSAFE, 230, `${seed}c`),
    ),
  /** An Azure Container Registry password: 42 base64 characters, `+ACR`, 6 letters and digits. */
  containerRegistryPassword: (seed = 'acr') =>
    p(randomChars(BASE64, 42, seed), '+', 'ACR', randomChars(ALNUM, 6, `${seed}t`)),
  azureStorageKey: (seed = 'azsk') => p(randomChars(BASE64, 86, seed), '=='),
  azureSharedAccessKey: (seed = 'azsak') => p(randomChars(BASE64, 43, seed), '='),
  /** An Azure Cache for Redis key as copied without its `=` padding: 44 letters and digits. */
  redisKeyUnpadded: (seed = 'azredis') => randomChars(ALNUM, 44, seed),
  azureSasSignature: (seed = 'azsas') => encodeURIComponent(randomBytes(32, seed).toString('base64')),
  azureAdClientSecret: (seed = 'azad') =>
    p(
      randomChars(ALNUM, 3, seed),
      randomChars(DIGITS, 1, `${seed}d`),
      'Q',
      '~',
      randomChars(`${ALNUM}_~.-`, 34, `${seed}b`),
    ),
  azureDevopsPat: (seed = 'azdo') => p(randomChars(ALNUM, 76, seed), 'AZ', 'DO', randomChars(ALNUM, 4, `${seed}t`)),
  azureDevopsPatLegacy: (seed = 'azdo52') => randomChars(BASE32_LOWER, 52, seed),
};
