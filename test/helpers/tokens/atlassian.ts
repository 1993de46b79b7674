/** Test token generators for the rules in src/core/rules/atlassian.ts (see ./random.ts). */
import { UPPER_HEX, URLSAFE, p, randomChars } from './random.js';

export const atlassianTokens = {
  /** `ATATT3` (user) or `ATCTT3` (admin), a long URL-safe body, `=`, and an 8-hex tail. */
  atlassianToken: (seed = 'atl', kind: 'A' | 'C' = 'A') =>
    p('AT', kind, 'TT3', randomChars(URLSAFE, 180, seed), '=', randomChars(UPPER_HEX, 8, `${seed}:crc`)),
};
