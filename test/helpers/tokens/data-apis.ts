/** Test token generators for the rules in src/core/rules/data-apis.ts (see ./random.ts). */
import { ALNUM, URLSAFE, hex, jwt, p, randomChars } from './random.js';

export const dataApisTokens = {
  adafruitKey: (seed = 'aio') => p('ai', 'o_', randomChars(ALNUM, 28, seed)),
  adafruitLegacyKey: (seed = 'aiol') => hex(32, seed),
  alchemyAccessToken: (seed = 'alcht') => p('alc', 'ht_', randomChars(ALNUM, 30, seed)),
  alchemyKey: (seed = 'alchemy') => randomChars(URLSAFE, 32, seed),
  /** A JWT whose claims name an account, as AppFollow, FlightLabs and others issue. */
  providerJwt: (seed: string) => jwt({ sub: hex(24, `${seed}s`), iat: 1700000000 }, seed),
  besttimePrivateKey: (seed = 'besttime') => p('pr', 'i_', hex(32, seed)),
  duffelToken: (mode: 'test' | 'live', seed = 'duffel') => p('duffel', '_', mode, '_', randomChars(URLSAFE, 43, seed)),
  iexSecretToken: (seed = 'iex') => p('s', 'k_', randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 32, seed)),
};
