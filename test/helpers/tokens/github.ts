/** Test token generators for the GitHub rules of the secretlint preset (src/core/rules/preset.ts; see ./random.ts). */
import { ALNUM, base62Crc32, p, randomChars } from './random.js';

export const githubTokens = {
  githubPat: (seed = 'gh') => {
    const body = randomChars(ALNUM, 30, seed);
    return p('gh', 'p_', body, base62Crc32(body));
  },
};
