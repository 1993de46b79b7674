/** Test token generators for the rules in src/core/rules/sumologic.ts (see ./random.ts). */
import { ALNUM, p, randomChars } from './random.js';

export const sumologicTokens = {
  /** `su` and 12 letters and digits: an identifier. */
  accessId: (seed = 'sumo-id') => p('s', 'u', randomChars(ALNUM, 12, seed)),
  /** 64 letters and digits. */
  accessKey: (seed = 'sumo-key') => randomChars(ALNUM, 64, seed),
};
