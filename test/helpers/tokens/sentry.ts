/** Test token generators for the rules in src/core/rules/sentry.ts (see ./random.ts). */
import { BASE64, HEX, p, randomChars } from './random.js';

export const sentryTokens = {
  /** Base64 JSON claims, `_`, and a secret: 43 base64 chars (current) or 58 + `==` (older Sentry). */
  sentryOrgToken: (seed = 'sntrys', legacy = false) =>
    p(
      'sntr',
      'ys_',
      Buffer.from(JSON.stringify({ iat: 1718000000.5, url: 'https://sentry.io', org: `acme-${seed}` })).toString(
        'base64',
      ),
      '_',
      legacy ? p(randomChars(BASE64, 58, seed), '==') : randomChars(BASE64, 43, seed),
    ),
  /** An org token whose claims were cut short: no longer whole JSON, still Sentry's claim names. */
  sentryOrgTokenCut: (seed = 'sntrysc') =>
    p(
      'sntr',
      'ys_',
      Buffer.from(p('{"iat":1718000000.5,"url":"https://sentry.io","org":"acme-', seed)).toString('base64'),
      '_',
      randomChars(BASE64, 43, seed),
    ),
  sentryUserToken: (seed = 'sntryu') => p('sntr', 'yu_', randomChars(HEX, 64, seed)),
};
