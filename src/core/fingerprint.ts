/**
 * Stable identities for findings. A fingerprint names the commit (or `staged`/`worktree`), file,
 * rule and a short hash of the value: it survives line moves, and holds nothing that reveals the
 * secret.
 *
 * The hash is keyed: HMAC-SHA-256 with the salt a baseline file carries (`baseline.ts`), so a
 * baseline's hashes cannot be matched against a table of hashes of common passwords or tokens
 * computed once for every repository. Without a baseline, a value a dictionary could hold (short,
 * or long but regular) is hashed with scrypt instead of SHA-256: still the same for the same value
 * in every run (SARIF de-duplication keeps working), but each guess costs milliseconds instead of
 * nanoseconds. Random tokens keep the fast SHA-256: no dictionary holds them. Against a baseline
 * written before salts existed, every hash is the plain SHA-256 it was then, so it keeps matching.
 */
import { hash, randomBytes, scryptSync } from 'node:crypto';
import { shannonEntropy } from './entropy.js';

const BLOCK = 64;

/** A salt for a new baseline: 32 random bytes, hex. */
export function newSalt(): string {
  return randomBytes(32).toString('hex');
}

/** The "salt" of a scan against a baseline written before salts: plain SHA-256, as it used. */
export const UNSALTED_BASELINE = 'unsalted-sha256';

/**
 * Values that a dictionary could hold: shorter than a token (passwords, PINs, passphrases; the
 * values redaction shows nothing of), or long but far from random (bits per character).
 */
const GUESSABLE_LENGTH = 32;
const GUESSABLE_BITS = 3.5;
const guessable = (value: string): boolean => value.length < GUESSABLE_LENGTH || shannonEntropy(value) < GUESSABLE_BITS;

/**
 * scrypt's cost: 4 MiB and milliseconds a value (tens on a busy machine), once per distinct value
 * in a run. The salt is fixed so that the same value gives the same fingerprint in every run.
 */
const SCRYPT = { N: 1 << 12, r: 8, p: 1, maxmem: 64 << 20 };
const SCRYPT_SALT = 'mcp-leak-guard fingerprint';

/** Hashes values for fingerprints, keyed with `salt` when there is one. */
export class ValueHasher {
  private readonly inner: Buffer | undefined;
  private readonly outer: Buffer | undefined;
  /** Slow hashes already computed in this run, by value (a file may repeat one thousands of times). */
  private readonly slow = new Map<string, string>();

  constructor(readonly salt?: string) {
    if (salt === undefined || salt === UNSALTED_BASELINE) return;
    // HMAC's padded keys, computed once (the key is shorter than a block, so it is used as is).
    const key = Buffer.alloc(BLOCK);
    Buffer.from(salt, 'utf8').copy(key, 0, 0, BLOCK);
    this.inner = Buffer.from(key.map((b) => b ^ 0x36));
    this.outer = Buffer.from(key.map((b) => b ^ 0x5c));
  }

  /**
   * 64 bits, as hex: of HMAC-SHA-256(salt, value) with a salt; without one, of scrypt(value) for a
   * guessable value and SHA-256(value) for the rest; of SHA-256(value) against an unsalted baseline.
   */
  hash(value: string): string {
    return this.fastHash(value) ?? this.slowHash(value);
  }

  /** `hash(value)` when it costs no scrypt (keyed, not guessable, or computed already), else undefined. */
  fastHash(value: string): string | undefined {
    if (this.inner && this.outer) {
      const inner = hash('sha256', Buffer.concat([this.inner, Buffer.from(value, 'utf8')]), 'buffer');
      return hash('sha256', Buffer.concat([this.outer, inner])).slice(0, 16);
    }
    if (this.salt === UNSALTED_BASELINE || !guessable(value)) return hash('sha256', value).slice(0, 16);
    return this.slow.get(value);
  }

  private slowHash(value: string): string {
    if (this.slow.size >= 10_000) this.slow.clear();
    const known = scryptSync(value, SCRYPT_SALT, 8, SCRYPT).toString('hex');
    this.slow.set(value, known);
    return known;
  }
}

const UNSALTED = new ValueHasher(UNSALTED_BASELINE);

/** The plain SHA-256 hash (fingerprints of findings that hold no secret value, e.g. audit checks; in-memory keys). */
export function secretHash(value: string): string {
  return UNSALTED.hash(value);
}

export function fingerprint(parts: { scope: string; file: string; ruleId: string; valueHash: string }): string {
  return `${parts.scope}:${parts.file}:${parts.ruleId}:${parts.valueHash}`;
}

/** The location-independent part: the same secret in the same file under the same rule. */
export function fingerprintKey(fp: string): string {
  const first = fp.indexOf(':');
  return first === -1 ? fp : fp.slice(first + 1);
}
