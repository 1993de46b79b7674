/** Test value generators for the rules in src/core/rules/database-urls.ts (see ./random.ts). */
import { ALNUM, p, randomChars } from './random.js';

export const databaseUrlsTokens = {
  /** A bind password: letters, digits and a symbol, as a directory's password policy asks. */
  ldapPassword: (seed = 'ldap') => p(randomChars(ALNUM, 14, seed), '#', '7'),
  /** `ldap[s]://<user or DN>:<password>@<host>` (the scheme split so this file reads as no URL). */
  ldapUrl: (user: string, password: string, secure = true) =>
    p('lda', secure ? 'ps' : 'p', '://', user, ':', password, '@ldap.acme.io:', secure ? '636' : '389'),
};
