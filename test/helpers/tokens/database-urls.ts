/** Test value generators for the rules in src/core/rules/database-urls.ts (see ./random.ts). */
import { ALNUM, p, randomChars } from './random.js';

export const databaseUrlsTokens = {
  /** A bind password: letters, digits and a symbol, as a directory's password policy asks. */
  ldapPassword: (seed = 'ldap') => p(randomChars(ALNUM, 14, seed), '#', '7'),
  /** `ldap[s]://<user or DN>:<password>@<host>` (the scheme split so this file reads as no URL). */
  ldapUrl: (user: string, password: string, secure = true) =>
    p('lda', secure ? 'ps' : 'p', '://', user, ':', password, '@ldap.acme.io:', secure ? '636' : '389'),
  /** A database password: letters, digits and a symbol. */
  dbPassword: (seed = 'db') => p(randomChars(ALNUM, 16, seed), '!', '4'),
  /** A JDBC URL in each driver's documented form, holding `password` (the scheme split, as above). */
  jdbcUrl: (driver: 'sqlserver' | 'postgresql' | 'mysql' | 'mariadb' | 'oracle' | 'hive2', password: string) => {
    const j = (rest: string) => p('jd', 'bc:', driver, rest);
    switch (driver) {
      case 'sqlserver':
        return j(`://db.acme.io:1433;databaseName=orders;user=app;password=${password};encrypt=true`);
      case 'postgresql':
        return j(`://db.acme.io:5432/orders?user=app&password=${password}&ssl=true`);
      case 'mysql':
      case 'mariadb':
        return j(`://app:${password}@db-01:3306/orders`);
      case 'oracle':
        return j(`:thin:scott/${password}@db.acme.io:1521:ORCL`);
      case 'hive2':
        return j(`://hive.acme.io:10000/default;user=etl;password=${password}`);
    }
  },
  /** `ftp://<user>:<password>@<bare host>/<path>`. */
  ftpUrl: (password: string, scheme = 'ftp') => p(scheme, '://deploy:', password, '@files-01/upload'),
};
