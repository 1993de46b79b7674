/**
 * Test tokens for the breadth rule families (Azure, messaging, hosting, payments, AI providers,
 * ...). Same approach as tokens.ts: each has the provider's documented prefix, length and charset
 * with seeded random content, and every prefix is split into pieces so no line here is a token.
 */
import { ALNUM, BASE64, DIGITS, HEX, LOWER_ALNUM, p, randomChars, rng, UPPER_ALNUM, URLSAFE } from './tokens.js';

export const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
export const BECH32_UPPER = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
export const UPPER_HEX = '0123456789ABCDEF';

export const hex = (n: number, seed: string): string => randomChars(HEX, n, seed);

export function uuid(seed: string): string {
  const h = hex(32, `uuid:${seed}`);
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
}

/** `n` seeded random bytes. */
export function randomBytes(n: number, seed: string): Buffer {
  const next = rng(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
}

export const b64url = (s: string | Buffer): string => Buffer.from(s).toString('base64url');

/** A JWT with the given claims (HS256 header, random signature). */
export function jwt(claims: Record<string, unknown>, seed: string): string {
  return [
    b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
    b64url(JSON.stringify(claims)),
    randomChars(URLSAFE, 43, seed),
  ].join('.');
}

/** A Discord snowflake-like id (19 digits, no leading zero). */
export const snowflake = (seed: string): string => p('1', randomChars(DIGITS, 18, seed));

export const breadth = {
  // Azure and Microsoft
  azureStorageKey: (seed = 'azsk') => p(randomChars(BASE64, 86, seed), '=='),
  azureSharedAccessKey: (seed = 'azsak') => p(randomChars(BASE64, 43, seed), '='),
  azureSasSignature: (seed = 'azsas') => encodeURIComponent(randomBytes(32, seed).toString('base64')),
  azureAdClientSecret: (seed = 'azad') =>
    p(
      randomChars(ALNUM, 3, seed),
      randomChars(DIGITS, 1, `${seed}d`),
      'Q',
      '~',
      randomChars(`${ALNUM}_~.-`, 34, `${seed}b`),
    ),
  azureDevopsPat: (seed = 'azdo') => p(randomChars(ALNUM, 76, seed), 'AZ', 'DO', randomChars(ALNUM, 4, `${seed}t`)),
  azureDevopsPatLegacy: (seed = 'azdo52') => randomChars(BASE32_LOWER, 52, seed),
  teamsWebhookUrl: (seed = 'teams') =>
    p(
      'https://acme.web',
      'hook.office.com/webhookb2/',
      uuid(`${seed}g`),
      '@',
      uuid(`${seed}t`),
      '/Incoming',
      'Webhook/',
      hex(32, `${seed}h`),
      '/',
      uuid(`${seed}c`),
      '/V2',
      randomChars(URLSAFE, 43, `${seed}s`),
    ),
  powerAutomateSig: (seed = 'flow') => randomChars(URLSAFE, 43, seed),
  powerAutomateUrl: (sig: string, seed = 'flow') =>
    p(
      'https://prod-12.westus.logic.',
      'azure.com:443/workflows/',
      hex(32, seed),
      '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=',
      sig,
    ),

  // Messaging
  twilioApiKey: (seed = 'twsk') => p('S', 'K', hex(32, seed)),
  twilioAuthToken: (seed = 'twat') => hex(32, seed),
  mailgunPrivateKey: (seed = 'mgk') => p('ke', 'y-', hex(32, seed)),
  mailgunKey: (seed = 'mg') => p(hex(32, seed), '-', hex(8, `${seed}a`), '-', hex(8, `${seed}b`)),
  mailchimpKey: (seed = 'mc') => p(hex(32, seed), '-u', 's21'),
  postmarkToken: (seed = 'pm') => uuid(seed),

  // Discord
  discordBotToken: (seed = 'dbot') =>
    p(b64url(snowflake(seed)), '.', randomChars(URLSAFE, 6, `${seed}t`), '.', randomChars(URLSAFE, 38, `${seed}h`)),
  discordWebhookToken: (seed = 'dwh') => randomChars(URLSAFE, 68, seed),
  discordWebhookUrl: (token: string, seed = 'dwh') =>
    p('https://discord.com/api/web', 'hooks/', snowflake(seed), '/', token),

  // Productivity
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
  clickupToken: (seed = 'cu') =>
    p('p', 'k_', randomChars(DIGITS, 8, seed), '_', randomChars(UPPER_ALNUM, 32, `${seed}b`)),
  airtablePat: (seed = 'at') => p('pa', 't', randomChars(ALNUM, 14, seed), '.', hex(64, `${seed}h`)),
  hubspotPat: (seed = 'hs') => p('pat', '-na1-', uuid(seed)),
  intercomToken: (seed = 'ic') => Buffer.from(p('tok:', uuid(seed).replace(/-/g, '_'), ':1:0')).toString('base64'),
  zendeskToken: (seed = 'zd') => randomChars(ALNUM, 40, seed),

  // Identity
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

  // Hosting
  digitaloceanPat: (seed = 'dop') => p('do', 'p_v1_', hex(64, seed)),
  digitaloceanOauth: (seed = 'doo') => p('do', 'o_v1_', hex(64, seed)),
  digitaloceanRefresh: (seed = 'dor') => p('do', 'r_v1_', hex(64, seed)),
  herokuKey: (seed = 'hrku') => p('HR', 'KU-AA', randomChars(URLSAFE, 58, seed)),
  herokuAuthorization: (seed = 'hrkuu') => p('HR', 'KU-', uuid(seed)),
  netlifyPat: (seed = 'nfp') => p('nf', 'p_', randomChars(ALNUM, 40, seed)),
  flyOauthToken: (seed = 'fo1') => p('fo', '1_', randomChars(URLSAFE, 43, seed)),
  flyMacaroon: (seed = 'fm2') =>
    p('fm', '2_', randomChars(BASE64, 180, seed), '==,', 'fm', '2_', randomChars(BASE64, 120, `${seed}b`), '='),
  renderKey: (seed = 'rnd') => p('rn', 'd_', randomChars(ALNUM, 32, seed)),

  // Developer platforms
  bitbucketAppPassword: (seed = 'atbb') =>
    p('AT', 'BB', randomChars(ALNUM, 24, seed), randomChars(UPPER_HEX, 8, `${seed}c`)),
  dopplerServiceToken: (seed = 'dpst') => p('dp', '.st.', 'dev.', randomChars(ALNUM, 43, seed)),
  dopplerPersonalToken: (seed = 'dppt') => p('dp', '.pt.', randomChars(ALNUM, 43, seed)),
  contentfulPat: (seed = 'cfpat') => p('CFP', 'AT-', randomChars(URLSAFE, 43, seed)),
  mapboxSecretToken: (seed = 'mb') =>
    p(
      's',
      'k.',
      b64url(JSON.stringify({ u: 'acme', a: randomChars(LOWER_ALNUM, 25, seed) })),
      '.',
      randomChars(URLSAFE, 22, `${seed}s`),
    ),

  // Package registries
  pypiToken: (seed = 'pypi') => p('pypi-', 'AgEIcHlwaS5', 'vcmc', randomChars(URLSAFE, 150, seed)),
  rubygemsKey: (seed = 'gem') => p('rubygems', '_', hex(48, seed)),
  nugetKey: (seed = 'nuget') => p('o', 'y2', randomChars(LOWER_ALNUM, 43, seed)),
  dockerOrgToken: (seed = 'oat') => p('dckr', '_oat_', randomChars(URLSAFE, 32, seed)),
  jfrogReferenceToken: (seed = 'jfrt') =>
    Buffer.from(p('reftkn', ':01:', randomChars(DIGITS, 10, seed), ':', randomChars(ALNUM, 27, `${seed}s`))).toString(
      'base64',
    ),
  jfrogApiKey: (seed = 'akcp') => p('AK', 'Cp', randomChars(ALNUM, 69, seed)),

  // Observability
  newrelicUserKey: (seed = 'nrak') => p('NR', 'AK-', randomChars(UPPER_ALNUM, 27, seed)),
  newrelicInsertKey: (seed = 'nrii') => p('NR', 'II-', randomChars(URLSAFE, 32, seed)),
  newrelicLicenseKey: (seed = 'nral') => p(hex(36, seed), 'NR', 'AL'),
  newrelicBrowserKey: (seed = 'nrjs') => p('NR', 'JS-', hex(19, seed)),
  pagerdutyUserToken: (seed = 'pd') => p('u', '+', randomChars(`${ALNUM}_-`, 18, seed)),
  sentryDsn: (secret: string, seed = 'dsn') =>
    p('https://', hex(32, seed), ':', secret, '@o4501.ingest.sen', 'try.io/4507'),

  // Payments
  squareAccessToken: (seed = 'sq') => p('EA', 'AA', randomChars(URLSAFE, 60, seed)),
  squareLegacyToken: (seed = 'sqa') => p('sq0', 'atp-', randomChars(URLSAFE, 22, seed)),
  squareSecret: (seed = 'sqs') => p('sq0', 'csp-', randomChars(URLSAFE, 43, seed)),
  braintreeToken: (env: string, seed = 'bt') =>
    p('access_token', '$', env, '$', randomChars(LOWER_ALNUM, 16, seed), '$', hex(32, `${seed}h`)),
  plaidAccessToken: (env: string, seed = 'plaid') => p('access', '-', env, '-', uuid(seed)),
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

  // AI providers
  replicateToken: (seed = 'r8') => p('r', '8_', randomChars(ALNUM, 37, seed)),
  xaiKey: (seed = 'xai') => p('xa', 'i-', randomChars(ALNUM, 80, seed)),
  openrouterKey: (seed = 'or') => p('sk-', 'or-v1-', hex(64, seed)),
  togetherKey: (seed = 'tgp') => p('tgp', '_v1_', randomChars(URLSAFE, 43, seed)),
  fireworksKey: (seed = 'fw') => p('f', 'w_', randomChars(ALNUM, 24, seed)),
  elevenlabsKey: (seed = 'xi') => p('s', 'k_', hex(48, seed)),
  deepseekKey: (seed = 'ds') => p('s', 'k-', hex(32, seed)),

  // Data services
  pineconeKey: (seed = 'pcsk') => p('pc', 'sk_', randomChars(ALNUM, 6, seed), '_', randomChars(ALNUM, 63, `${seed}b`)),
  neonKey: (seed = 'napi') => p('na', 'pi_', randomChars(LOWER_ALNUM, 64, seed)),
  planetscaleToken: (seed = 'pst') => p('pscale', '_tkn_', randomChars(URLSAFE, 43, seed)),
  planetscalePassword: (seed = 'psp') => p('pscale', '_pw_', randomChars(URLSAFE, 43, seed)),
  upstashToken: (seed = 'up') => p('A', randomChars(ALNUM, 70, seed), '='),
  tursoToken: (seed = 'turso') => jwt({ a: 'rw', iat: 1717000000, id: uuid(seed) }, seed),
  atlasServiceAccountSecret: (seed = 'mdb') => p('mdb_sa', '_sk_', randomChars(URLSAFE, 40, seed)),

  // Agent tools
  context7Key: (seed = 'ctx7') => p('ctx7', 'sk-', uuid(seed)),
  browserbaseKey: (seed = 'bb') => p('bb', '_live_', randomChars(URLSAFE, 27, seed)),
  apifyToken: (seed = 'apify') => p('apify', '_api_', randomChars(ALNUM, 36, seed)),
  zapierMcpSecret: (seed = 'zap') => Buffer.from(p(uuid(seed), ':', uuid(`${seed}b`))).toString('base64'),
  zapierActionsKey: (seed = 'skak') => p('sk-', 'ak-', randomChars(ALNUM, 26, seed)),

  // Key files
  ageSecretKey: (seed = 'age') => p('AGE-SECRET', '-KEY-1', randomChars(BECH32_UPPER, 58, seed)),
  puttyPrivateLines: (seed = 'putty') => [randomChars(BASE64, 64, seed), randomChars(BASE64, 24, `${seed}b`) + '=='],
  puttyKeyFile: (privateLines: readonly string[], seed = 'putty') =>
    [
      p('PuTTY-User-Key', '-File-3: ssh-ed25519'),
      'Encryption: none',
      'Comment: ed25519-key-20240501',
      'Public-Lines: 2',
      randomChars(BASE64, 64, `${seed}p`),
      randomChars(BASE64, 4, `${seed}q`),
      `Private-Lines: ${privateLines.length}`,
      ...privateLines,
      `Private-MAC: ${hex(64, `${seed}m`)}`,
      '',
    ].join('\n'),
};
