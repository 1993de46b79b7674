/** Test token generators for the rules in src/core/rules/atlassian.ts (see ./random.ts). */
import { ALNUM, DIGITS, UPPER_HEX, URLSAFE, p, randomBytes, randomChars } from './random.js';

export const atlassianTokens = {
  /** A Jira / Confluence Data Center PAT: base64 of a 12-digit id, `:` and 20 random bytes. */
  dataCenterPat: (seed = 'atldc') =>
    Buffer.concat([Buffer.from(p('1', randomChars(DIGITS, 11, seed), ':')), randomBytes(20, `${seed}b`)]).toString(
      'base64',
    ),
  /** A 192-character `ATATT3` token with no checksum tail. */
  atlassianToken192: (seed = 'atl192') => p('AT', 'ATT3', randomChars(`${URLSAFE}=`, 186, seed)),
  /** The 24-character tokens issued before `ATATT3`. */
  atlassianLegacyToken: (seed = 'atl24') => p(randomChars(ALNUM, 20, seed), randomChars(DIGITS, 4, `${seed}d`)),
  /** `ATATT3` (user) or `ATCTT3` (admin), a long URL-safe body, `=`, and an 8-hex tail. */
  atlassianToken: (seed = 'atl', kind: 'A' | 'C' = 'A') =>
    p('AT', kind, 'TT3', randomChars(URLSAFE, 180, seed), '=', randomChars(UPPER_HEX, 8, `${seed}:crc`)),
};
