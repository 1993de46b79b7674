/** Test token generators for the rules in src/core/rules/data-services.ts (see ./random.ts). */
import { ALNUM, LOWER_ALNUM, URLSAFE, jwt, p, randomChars, uuid } from './random.js';

export const dataServicesTokens = {
  clickhouseSecret: (seed = 'chc') => p('4b', '1d', randomChars(ALNUM, 36, seed), 'aZ'),
  maxmindLicenseKey: (seed = 'mmk') =>
    p(randomChars(ALNUM, 6, `${seed}a`), '_', randomChars(ALNUM, 29, seed), '_m', 'mk'),
  pineconeKey: (seed = 'pcsk') => p('pc', 'sk_', randomChars(ALNUM, 6, seed), '_', randomChars(ALNUM, 63, `${seed}b`)),
  neonKey: (seed = 'napi') => p('na', 'pi_', randomChars(LOWER_ALNUM, 64, seed)),
  planetscaleToken: (seed = 'pst') => p('pscale', '_tkn_', randomChars(URLSAFE, 43, seed)),
  planetscalePassword: (seed = 'psp') => p('pscale', '_pw_', randomChars(URLSAFE, 43, seed)),
  upstashToken: (seed = 'up') => p('A', randomChars(ALNUM, 70, seed), '='),
  tursoToken: (seed = 'turso') => jwt({ a: 'rw', iat: 1717000000, id: uuid(seed) }, seed),
  atlasServiceAccountSecret: (seed = 'mdb') => p('mdb_sa', '_sk_', randomChars(URLSAFE, 40, seed)),
  /** A database user's password: letters, digits and symbols (`symbols`: also a quote, a bracket and a blank). */
  couchbasePassword: (seed = 'cbpw', symbols = false) =>
    symbols
      ? p(randomChars(ALNUM, 8, seed), "'{ ", randomChars(ALNUM, 6, `${seed}2`), '(#')
      : p(randomChars(ALNUM, 14, seed), '#', randomChars(ALNUM, 4, `${seed}2`)),
};
