/** Test token generators for the rules in src/core/rules/productivity.ts (see ./random.ts). */
import {
  ALNUM,
  DIGITS,
  HEX,
  LOWER_ALNUM,
  UPPER_ALNUM,
  URLSAFE,
  b64url,
  hex,
  jwt,
  p,
  randomBytes,
  randomChars,
  uuid,
} from './random.js';

export const productivityTokens = {
  /** An Airtable OAuth token: an id, `.v1.`, claims naming user and integration, a 64-hex signature. */
  airtableOauthToken: (seed = 'atoauth', claims?: Record<string, string>) =>
    p(
      randomChars(ALNUM, 17, seed),
      '.v1.',
      b64url(
        JSON.stringify(
          claims ?? {
            userId: p('usr', randomChars(ALNUM, 14, `${seed}u`)),
            expiresAt: '2026-03-01T10:00:00.000Z',
            oauthApplicationId: p('oap', randomChars(ALNUM, 14, `${seed}a`)),
            secret: hex(64, `${seed}s`),
          },
        ),
      ),
      '.',
      hex(64, `${seed}sig`),
    ),
  /** `b_` and 44 base64url characters. */
  beamerKey: (seed = 'beamer') => p('b', '_', randomChars(URLSAFE, 43, seed), '='),
  /** A Tableau personal access token secret: base64 of 16 bytes, `:`, 32 letters and digits. */
  tableauPatSecret: (seed = 'tableau') =>
    p(randomBytes(16, seed).toString('base64'), ':', randomChars(ALNUM, 32, `${seed}s`)),
  dropboxLongLivedToken: (seed = 'dbxll') =>
    p(randomChars(ALNUM, 11, seed), 'AAAAA', 'AAAAA', randomChars(URLSAFE, 43, `${seed}b`)),
  dropboxAppSecret: (seed = 'dbxas') => p(randomChars(LOWER_ALNUM, 12, seed), randomChars(DIGITS, 3, `${seed}d`)),
  dropboxToken: (seed = 'dbx') => p('s', 'l.u.', randomChars(URLSAFE, 400, seed)),
  asanaPat: (seed = 'asana') =>
    p(
      '2',
      '/',
      '12',
      randomChars(DIGITS, 14, seed),
      '/',
      '12',
      randomChars(DIGITS, 14, `${seed}b`),
      ':',
      hex(32, `${seed}h`),
    ),
  asanaLegacyPat: (seed = 'asana1') => p('1', '/', '12', randomChars(DIGITS, 12, seed), ':', hex(32, `${seed}h`)),
  mondayToken: (seed = 'monday') =>
    jwt(
      {
        tid: 312345678,
        aai: 11,
        uid: 45678901,
        iad: '2024-05-01T10:00:00.000Z',
        per: 'me:write',
        actid: 1234567,
        rgn: 'use1',
      },
      seed,
    ),
  bannerbearKey: (kind: 'pr' | 'ma', seed = 'bb') => p('bb', '_', kind, '_', hex(30, seed)),
  bannerbearLegacyKey: (seed = 'bbl') => p(randomChars(ALNUM, 22, seed), 'tt'),
  closeKey: (seed = 'close') => p('ap', 'i_', randomChars(ALNUM, 22, seed), '.', randomChars(ALNUM, 22, `${seed}b`)),
  clickupToken: (seed = 'cu') =>
    p('p', 'k_', randomChars(DIGITS, 8, seed), '_', randomChars(UPPER_ALNUM, 32, `${seed}b`)),
  airtablePat: (seed = 'at') => p('pa', 't', randomChars(ALNUM, 14, seed), '.', hex(64, `${seed}h`)),
  hubspotPat: (seed = 'hs') => p('pat', '-na1-', uuid(seed)),
  intercomToken: (seed = 'ic') => Buffer.from(p('tok:', uuid(seed).replace(/-/g, '_'), ':1:0')).toString('base64'),
  zendeskToken: (seed = 'zd') => randomChars(ALNUM, 40, seed),
  teamworkToken: (seed = 'tw') => p('tkn', '.v1_', randomChars(ALNUM, 71, seed), '='),
  typeformToken: (seed = 'tf') => p('tf', 'p_', randomChars(ALNUM, 44, seed), '_', randomChars(ALNUM, 14, `${seed}2`)),
  /** An older Typeform token: `tfp_` and 40 hex digits. */
  typeformHexToken: (seed = 'tfh') => p('tf', 'p_', randomChars(HEX, 40, seed)),
  /** A Livestorm API token: an HS256 JWT whose audience is the Livestorm API. */
  livestormToken: (seed = 'lvs') =>
    [
      b64url(JSON.stringify({ alg: 'HS256' })),
      b64url(JSON.stringify({ aud: p('api.lives', 'torm.co'), jti: uuid(seed), org: uuid(`${seed}o`) })),
      randomChars(URLSAFE, 43, `${seed}s`),
    ].join('.'),
  shutterstockSecret: (seed = 'ss') => p(randomChars(ALNUM, 14, seed), '4', 'k'),
  shutterstockOauthToken: (seed = 'sso') => p('v2', '/', randomChars(ALNUM, 388, seed)),
  /** A Salesforce connected app's consumer key: `3MVG9` and 80 characters with a `.` among them. */
  salesforceConsumerKey: (seed = 'sfck') =>
    p('3MV', 'G9', randomChars(ALNUM, 40, seed), '.', randomChars(ALNUM, 40, `${seed}2`)),
  /** Its consumer secret: 64 upper-case hex digits (19 digits for older apps). */
  salesforceConsumerSecret: (seed = 'sfcs', legacy = false) =>
    legacy ? randomChars(DIGITS, 19, seed) : randomChars(HEX, 64, seed).toUpperCase(),
};
