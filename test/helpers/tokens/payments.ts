/** Test token generators for the rules in src/core/rules/payments.ts (see ./random.ts). */
import { ALNUM, BASE64, DIGITS, LOWER_ALNUM, URLSAFE, b64url, hex, p, randomChars, uuid } from './random.js';

export const paymentsTokens = {
  /** `live_` and 40 base64url characters, with at least a digit and both cases. */
  gocardlessToken: (seed = 'gc') => p('li', 've_', 'aZ1', randomChars(URLSAFE, 37, seed)),
  /** `sk_` and 29 printable characters, symbols included. */
  freemiusSecretKey: (seed = 'fs') => p('s', 'k_', randomChars(`${ALNUM}#&@*$!%^`, 29, seed)),
  easypostKey: (seed = 'ezak', prefix = 'EZAK') => p(prefix.slice(0, 2), prefix.slice(2), randomChars(ALNUM, 54, seed)),
  flutterwaveSecret: (seed = 'flw', mode = '') =>
    p('FLWSECK', mode, '-', randomChars('abcdefgh0123456789', 32, seed), '-X'),
  flutterwaveEncryptionKey: (seed = 'flwenc') => p('FLWSECK', '_TEST', randomChars('abcdefgh0123456789', 12, seed)),
  kucoinSecret: (seed = 'kucoin') => uuid(seed),
  squareAccessToken: (seed = 'sq') => p('EA', 'AA', randomChars(URLSAFE, 60, seed)),
  squareLegacyToken: (seed = 'sqa') => p('sq0', 'atp-', randomChars(URLSAFE, 22, seed)),
  squareSecret: (seed = 'sqs') => p('sq0', 'csp-', randomChars(URLSAFE, 43, seed)),
  braintreeToken: (env: string, seed = 'bt') =>
    p('access_token', '$', env, '$', randomChars(LOWER_ALNUM, 16, seed), '$', hex(32, `${seed}h`)),
  plaidAccessToken: (env: string, seed = 'plaid') => p('access', '-', env, '-', uuid(seed)),
  baremetricsKey: (seed = 'bm') => p('s', 'k_', randomChars(ALNUM, 22, seed)),
  checSecretKey: (seed = 'chec', mode = '') => p('s', 'k_', mode, randomChars(LOWER_ALNUM, 45, seed)),
  columnKey: (mode: 'test' | 'live', seed = 'column') => p(mode, '_', randomChars(ALNUM, 27, seed)),
  adyenKey: (seed = 'adyen') =>
    p(
      'AQ',
      'E',
      randomChars(BASE64, 71, seed),
      '==-',
      randomChars(BASE64, 43, `${seed}b`),
      '=-',
      randomChars(`${ALNUM}{};+=`, 16, `${seed}c`),
    ),
  squareAppSecret: (seed = 'sqcs', sandbox = false) =>
    p(sandbox ? 'sandbox-' : '', 'sq0cs', sandbox ? 'b-' : 'p-', randomChars(URLSAFE, 43, seed)),
  razorpayKeyId: (seed = 'rzp') => p('rzp', '_live_', randomChars(ALNUM, 14, seed)),
  /** 24 letters and digits (at least one of each, as real secrets have). */
  razorpaySecret: (seed = 'rzs') => p(randomChars(ALNUM, 22, seed), '7', 'q'),
  rampSecret: (seed = 'ramp') => p('ramp', '_sec_', randomChars(ALNUM, 48, seed)),
  /** A Lemon Squeezy API key: a long RS256 JWT. */
  lemonsqueezyKey: (seed = 'lsq') =>
    [
      b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' })),
      b64url(JSON.stringify({ aud: '1', jti: hex(80, seed), iat: 1718000000, sub: '123456', scopes: [] })),
      randomChars(URLSAFE, 512, `${seed}s`),
    ].join('.'),
  shippoToken: (seed = 'shippo', mode: 'live' | 'test' = 'live') => p('shippo', '_', mode, '_', hex(40, seed)),
  tickettailorKey: (seed = 'tt') =>
    p('s', 'k_', randomChars(DIGITS, 4, seed), '_', randomChars(DIGITS, 6, `${seed}o`), '_', hex(32, `${seed}h`)),
};
