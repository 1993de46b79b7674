/** Test token generators for the rules in src/core/rules/google.ts (see ./random.ts). */
import { URLSAFE, p, randomChars } from './random.js';

export const googleTokens = {
  googleApiKey: (seed = 'gk') => p('AI', 'za', randomChars(URLSAFE, 35, seed)),
  googleAccessToken: (seed = 'ya') => p('ya', '29.', randomChars(URLSAFE, 160, seed)),
  googleRefreshToken: (seed = 'rt') => p('1/', '/0', randomChars(URLSAFE, 100, seed)),
  googleClientSecret: (seed = 'cs') => p('GOC', 'SPX-', randomChars(URLSAFE, 28, seed)),
};
