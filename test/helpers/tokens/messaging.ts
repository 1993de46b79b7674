/** Test token generators for the rules in src/core/rules/messaging.ts (see ./random.ts). */
import { ALNUM, LOWER_ALNUM, URLSAFE, hex, p, randomChars, uuid } from './random.js';

export const messagingTokens = {
  /** 32 hex, then two groups of 8 hex (a Mailgun key's shape). */
  mailgunSigningKey: (seed = 'mgsig') => p(hex(32, seed), '-', hex(8, `${seed}:b`), '-', hex(8, `${seed}:c`)),
  /** `sec-c-` and the base64 of a UUID (48 characters). */
  pubnubSecretKey: (seed = 'pnsec') => p('sec', '-c-', Buffer.from(uuid(seed)).toString('base64')),
  brevoKey: (seed = 'brevo', prefix = 'xkeysib') =>
    p(prefix, '-', hex(64, seed), '-', randomChars(ALNUM, 16, `${seed}s`)),
  twilioApiKey: (seed = 'twsk') => p('S', 'K', hex(32, seed)),
  twilioAuthToken: (seed = 'twat') => hex(32, seed),
  mailgunPrivateKey: (seed = 'mgk') => p('ke', 'y-', hex(32, seed)),
  /** The older private keys as Mailgun's docs show them: lower-case letters and digits, not only hex. */
  mailgunPrivateKeyAlnum: (seed = 'mgka') => p('ke', 'y-', '7', randomChars(LOWER_ALNUM, 31, seed)),
  mailgunKey: (seed = 'mg') => p(hex(32, seed), '-', hex(8, `${seed}a`), '-', hex(8, `${seed}b`)),
  mailchimpKey: (seed = 'mc') => p(hex(32, seed), '-u', 's21'),
  courierToken: (env = 'prod', seed = 'courier') => p('p', 'k_', env, '_', randomChars(ALNUM, 28, seed)),
  dotdigitalUser: (seed = 'dd') => p('apiuser-', randomChars(LOWER_ALNUM, 12, seed), '@apiconnector', '.com'),
  dotdigitalPassword: (seed = 'ddpw') => p(randomChars(ALNUM, 12, seed), '#', randomChars(ALNUM, 3, `${seed}b`)),
  /** A password with the symbols a bare value cannot hold: quotes, brackets, a blank. */
  dotdigitalSymbolPassword: (seed = 'ddsym') =>
    p(randomChars(ALNUM, 6, seed), "{'", randomChars(ALNUM, 4, `${seed}b`), '( ', randomChars(ALNUM, 3, `${seed}c`)),
  postmarkToken: (seed = 'pm') => uuid(seed),
  smoochSecret: (seed = 'smooch') => randomChars(URLSAFE, 86, seed),
  pubnubKey: (kind: 'pub' | 'sub', seed = 'pn') => p(kind, '-c-', uuid(seed)),
  lobKey: (seed = 'lob', mode: 'live' | 'test' = 'live') => p(mode, '_', hex(35, seed)),
};
