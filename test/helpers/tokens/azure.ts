/** Test token generators for the rules in src/core/rules/azure.ts (see ./random.ts). */
import { ALNUM, BASE32_LOWER, BASE64, DIGITS, p, randomBytes, randomChars } from './random.js';

export const azureTokens = {
  azureStorageKey: (seed = 'azsk') => p(randomChars(BASE64, 86, seed), '=='),
  azureSharedAccessKey: (seed = 'azsak') => p(randomChars(BASE64, 43, seed), '='),
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
