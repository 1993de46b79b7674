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
