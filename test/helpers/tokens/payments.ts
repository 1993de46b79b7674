/** Test token generators for the rules in src/core/rules/payments.ts (see ./random.ts). */
import { ALNUM, BASE64, LOWER_ALNUM, URLSAFE, hex, p, randomChars, uuid } from './random.js';

export const paymentsTokens = {
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
};
