/** Test token generators for the rules in src/core/rules/social.ts (see ./random.ts). */
import { ALNUM, DIGITS, LETTERS, hex, p, randomChars } from './random.js';

export const socialTokens = {
  /** `EAA`, an app-kind letter and a long alphanumeric body. */
  facebookAccessToken: (seed = 'fbeaa', kind = 'G') => p('EA', 'A', kind, randomChars(ALNUM, 180, seed)),
  /** `<app id>|<app secret>`. */
  facebookAppToken: (seed = 'fbapp', sep = '|') => p('1', randomChars(DIGITS, 14, `${seed}id`), sep, hex(32, seed)),
  facebookAppSecret: (seed = 'fbsec') => hex(32, seed),
  /** A run of `A`s, then letters, digits and URL escapes. */
  twitterBearerToken: (seed = 'twb') =>
    p(
      'A'.repeat(22),
      randomChars(ALNUM, 30, seed),
      '%2B',
      randomChars(ALNUM, 50, `${seed}b`),
      '%3D',
      randomChars(ALNUM, 10, `${seed}c`),
    ),
  twitterAccessToken: (seed = 'twat') =>
    p('1', randomChars(DIGITS, 17, `${seed}id`), '-', randomChars(ALNUM, 30, seed)),
  twitterApiSecret: (seed = 'twas', n = 50) =>
    p(randomChars(LETTERS, 3, `${seed}l`), '7', randomChars(ALNUM, n - 4, seed)),
  linkedinClientSecret: (seed = 'lisec') =>
    p(randomChars(LETTERS, 3, `${seed}l`), randomChars(DIGITS, 3, `${seed}d`), randomChars(ALNUM, 10, seed)),
};
