/**
 * The pieces test tokens are made of: charsets, a seeded generator, and shapes several providers
 * share (hex, UUID, JWT). Each provider family's generators sit in the file of the same name as
 * its rules (`src/core/rules/<family>.ts` -> `test/helpers/tokens/<family>.ts`). Tokens have the
 * provider's real prefix, length and charset (and checksum where it has one) but seeded random
 * content, so tests are repeatable and no real credential, nor any string a scanner would flag, is
 * in this repository.
 */
import { createHash } from 'node:crypto';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const URLSAFE = `${ALNUM}_-`;
export const BASE64 = `${ALNUM}+/`;
export const DIGITS = '0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

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

/** Base64 without its `=` padding. */
export const b64NoPad = (s: string): string => Buffer.from(s).toString('base64').replace(/=+$/, '');

/** Generators for the rule families the preset misses (Notion legacy, Sentry, Supabase, ...). */

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
