/** Test token generators for the rules in src/core/rules/github.ts (see ./random.ts). */
import { ALNUM, base62Crc32, p, randomChars } from './random.js';

export const githubTokens = {
  githubPat: (seed = 'gh') => {
    const body = randomChars(ALNUM, 30, seed);
    return p('gh', 'p_', body, base62Crc32(body));
  },
};
