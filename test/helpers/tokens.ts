/**
 * Test tokens, made at runtime. Each has the provider's real prefix, length and charset (and
 * checksum where the provider has one) but random content from a seeded generator, so tests are
 * repeatable and no real credential, nor any string a scanner would flag, is in this repository.
 */
import { createHash } from 'node:crypto';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const URLSAFE = `${ALNUM}_-`;
export const BASE64 = `${ALNUM}+/`;
export const DIGITS = '0123456789';

/** A small seeded generator (mulberry32 over a string hash): same seed, same token. */
export function rng(seed: string): () => number {
  let h = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random characters from `charset`. */
export function randomChars(charset: string, n: number, seed = `${charset}:${n}:${Math.random()}`): string {
  const next = rng(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += charset[Math.floor(next() * charset.length)];
  return out;
}

/** Joins pieces: keeps full prefixes out of the source so this file never looks like a token. */
export const p = (...parts: string[]): string => parts.join('');

/** GitHub's CRC32 checksum, base62-encoded to 6 chars, as its new-format tokens carry. */
export function base62Crc32(body: string): string {
  let crc = 0xffffffff;
  for (let i = 0; i < body.length; i++) {
    crc ^= body.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  let n = (crc ^ 0xffffffff) >>> 0;
  let out = '';
  while (n > 0) {
    out = ALNUM[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}

/** Generators for the tokens the core tests use; rule tests add their own beside them. */
export const tokens = {
  githubPat: (seed = 'gh') => {
    const body = randomChars(ALNUM, 30, seed);
    return p('gh', 'p_', body, base62Crc32(body));
  },
  googleApiKey: (seed = 'gk') => p('AI', 'za', randomChars(URLSAFE, 35, seed)),
  googleAccessToken: (seed = 'ya') => p('ya', '29.', randomChars(URLSAFE, 160, seed)),
  googleRefreshToken: (seed = 'rt') => p('1/', '/0', randomChars(URLSAFE, 100, seed)),
  googleClientSecret: (seed = 'cs') => p('GOC', 'SPX-', randomChars(URLSAFE, 28, seed)),
  awsAccessKeyId: (seed = 'aws') => p('AK', 'IA', randomChars(UPPER_ALNUM, 16, seed)),
};

const UPPER_HEX = '0123456789ABCDEF';
const SLACK_ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const b64NoPad = (s: string): string => Buffer.from(s).toString('base64').replace(/=+$/, '');

/** Generators for the rule families the preset misses (Notion legacy, Sentry, Supabase, ...). */
export const spine = {
  notionSecret: (seed = 'notion') => p('sec', 'ret_', randomChars(ALNUM, 43, seed)),
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
  sentryUserToken: (seed = 'sntryu') => p('sntr', 'yu_', randomChars(HEX, 64, seed)),
  supabasePat: (seed = 'sbp', oauth = false) => p('sb', 'p_', oauth ? 'oauth_' : '', randomChars(HEX, 40, seed)),
  /** 22 random characters, `_`, 8 more (the shape of keys the dashboard shows). */
  supabaseSecretKey: (seed = 'sbs') =>
    p('sb_se', 'cret_', randomChars(URLSAFE, 22, seed), '_', randomChars(ALNUM, 8, `${seed}:tail`)),
  gitlab: (prefix: string, body: string) => p('gl', prefix.slice(2), body),
  perplexityKey: (seed = 'pplx') => p('ppl', 'x-', randomChars(ALNUM, 48, seed)),
  tavilyKey: (seed = 'tvly', env: '' | 'dev-' | 'prod-' = 'dev-') => p('tvl', 'y-', env, randomChars(ALNUM, 32, seed)),
  firecrawlKey: (seed = 'fc') => p('f', 'c-', randomChars(HEX, 32, seed)),
  /** `ATATT3` (user) or `ATCTT3` (admin), a long URL-safe body, `=`, and an 8-hex tail. */
  atlassianToken: (seed = 'atl', kind: 'A' | 'C' = 'A') =>
    p('AT', kind, 'TT3', randomChars(URLSAFE, 180, seed), '=', randomChars(UPPER_HEX, 8, `${seed}:crc`)),
  telegramBotToken: (seed = 'tg', idDigits = 10) =>
    p('7', randomChars(DIGITS, idDigits - 1, `${seed}:id`), ':A', 'A', randomChars(URLSAFE, 33, seed)),
  slackTriggerUrl: (seed = 'swt') =>
    p(
      'https://hooks.sl',
      'ack.com/triggers/T',
      randomChars(SLACK_ID, 10, `${seed}:team`),
      '/',
      randomChars(DIGITS, 13, `${seed}:id`),
      '/',
      randomChars(HEX, 32, seed),
    ),
  slackWorkflowUrl: (seed = 'sww') =>
    p(
      'https://hooks.sl',
      'ack.com/workflows/T',
      randomChars(SLACK_ID, 10, `${seed}:team`),
      '/A',
      randomChars(SLACK_ID, 10, `${seed}:app`),
      '/',
      randomChars(DIGITS, 18, `${seed}:id`),
      '/',
      randomChars(ALNUM, 24, seed),
    ),
  /** An opaque bearer-style token: URL-safe with dots, as API gateways issue. */
  opaque: (seed: string, n = 40) => randomChars(`${ALNUM}-_.`, n, seed),
  /** The base64 of `user:password` an HTTP Basic header carries. */
  basic: (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64'),
  b64NoPad,
};
