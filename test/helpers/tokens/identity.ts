/** Test token generators for the rules in src/core/rules/identity.ts (see ./random.ts). */
import { ALNUM, URLSAFE, hex, jwt, p, randomChars, LOWER_ALNUM } from './random.js';

export const identityTokens = {
  /** A Duo application secret key: 40 letters and digits. */
  duoSecretKey: (seed = 'duo') => p('Kq', '7', randomChars(ALNUM, 37, seed)),
  authressKey: (seed = 'authress') =>
    p(
      'sc',
      '_',
      randomChars(LOWER_ALNUM, 16, `${seed}c`),
      '.',
      randomChars(LOWER_ALNUM, 5, `${seed}k`),
      '.acc',
      '_',
      randomChars(LOWER_ALNUM, 16, `${seed}a`),
      '.',
      randomChars(URLSAFE, 43, seed),
    ),
  adobeClientSecret: (seed = 'p8e') => p('p8', 'e-', randomChars(URLSAFE, 32, seed)),
  intra42ClientSecret: (seed = 'i42', kind: 'ud' | 'af' = 'ud') => p('s-s4', 't2', kind, '-', hex(64, seed)),
  oktaToken: (seed = 'okta') => p('0', '0', randomChars(URLSAFE, 40, seed)),
  oktaClientSecret: (seed = 'oktacs') => randomChars(URLSAFE, 64, seed),
  auth0ClientSecret: (seed = 'a0cs') => randomChars(URLSAFE, 64, seed),
  auth0ManagementToken: (seed = 'a0mt') =>
    jwt(
      {
        iss: 'https://acme.us.auth0.com/',
        sub: 'abc@clients',
        aud: 'https://acme.us.auth0.com/api/v2/',
        exp: 1900000000,
      },
      seed,
    ),
};
