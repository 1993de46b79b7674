/** Test token generators for the rules in src/core/rules/cloud-hosting.ts (see ./random.ts). */
import { ALNUM, BASE64, URLSAFE, hex, p, randomBytes, randomChars, uuid } from './random.js';

export const cloudHostingTokens = {
  /** `t1.`, a base64url body, `.`, an 86-character base64url signature. */
  yandexIamToken: (seed = 'yciam') =>
    p('t', '1.', randomChars(URLSAFE, 140, `${seed}:body`), '.', randomChars(URLSAFE, 86, seed)),
  /** An Alibaba Cloud AccessKey ID (an identifier) and its 30-character secret. */
  alibabaKeyId: (seed = 'ali') => p('LT', 'AI', randomChars(ALNUM, 20, seed)),
  alibabaSecret: (seed = 'alis') => p(randomChars(ALNUM, 27, seed), 'Q', 'r', '5'),
  openshiftToken: (seed = 'ocp') => p('sha256', '~', randomChars(URLSAFE, 43, seed)),
  scalingoToken: (seed = 'scal') => p('tk-', 'us-', randomChars(URLSAFE, 48, seed)),
  yandexApiKey: (seed = 'yc') => p('AQ', 'VN', randomChars(ALNUM, 32, seed), 'a1', randomChars(URLSAFE, 3, `${seed}t`)),
  squarespaceKey: (seed = 'sqsp') => uuid(seed),
  digitaloceanPat: (seed = 'dop') => p('do', 'p_v1_', hex(64, seed)),
  digitaloceanOauth: (seed = 'doo') => p('do', 'o_v1_', hex(64, seed)),
  digitaloceanRefresh: (seed = 'dor') => p('do', 'r_v1_', hex(64, seed)),
  herokuKey: (seed = 'hrku') => p('HR', 'KU-AA', randomChars(URLSAFE, 58, seed)),
  herokuAuthorization: (seed = 'hrkuu') => p('HR', 'KU-', uuid(seed)),
  netlifyPat: (seed = 'nfp') => p('nf', 'p_', randomChars(ALNUM, 40, seed)),
  flyOauthToken: (seed = 'fo1') => p('fo', '1_', randomChars(URLSAFE, 43, seed)),
  flyMacaroon: (seed = 'fm2') =>
    p('fm', '2_', randomChars(BASE64, 180, seed), '==,', 'fm', '2_', randomChars(BASE64, 120, `${seed}b`), '='),
  cloudflareOriginCaKey: (seed = 'cfca') => p('v1', '.0-', hex(24, seed), '-', hex(146, `${seed}b`)),
  flyV1Header: (seed = 'flyv1') => p('Fly', 'V1 fm2_', randomChars(URLSAFE, 600, seed)),
  /**
   * A macaroon as Fly.io encodes it: msgpack in base64, an array (0x94) holding the nonce array
   * (0x93, a 16-byte key id as bin8), zero-padded integers, and a 32-byte signature tail, so its
   * base64 has runs of `A` among random parts.
   */
  flyMsgpackMacaroon: (seed = 'fmm', prefix = 'fm2_') => {
    const bin = (n: number, s: string) => Buffer.concat([Buffer.from([0xc4, n]), randomBytes(n, s)]);
    const bytes = Buffer.concat([
      Buffer.from([0x94, 0x93, 0xc4, 0x08, 0, 0, 0, 0, 0, 0, 0, 0x2a]),
      bin(16, `${seed}:kid`),
      bin(32, `${seed}:rnd`),
      Buffer.from([0xcf, 0, 0, 0, 0, 0, 0, 0x01, 0x20]),
      randomBytes(120, `${seed}:caveats`),
      bin(32, `${seed}:tail`),
    ]);
    return p(prefix, bytes.toString('base64'));
  },
  renderKey: (seed = 'rnd') => p('rn', 'd_', randomChars(ALNUM, 32, seed)),
};
