/** Test token generators for the rules in src/core/rules/http-auth.ts (see ./random.ts). */
import { ALNUM, b64NoPad, randomChars } from './random.js';

export const httpAuthTokens = {
  /** An opaque bearer-style token: URL-safe with dots, as API gateways issue. */
  opaque: (seed: string, n = 40) => randomChars(`${ALNUM}-_.`, n, seed),
  /** The base64 of `user:password` an HTTP Basic header carries. */
  basic: (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64'),
  b64NoPad,
};
