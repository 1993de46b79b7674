/**
 * Stable identities for findings. A fingerprint names the commit (or `staged`/`worktree`), file,
 * rule and a short hash of the value: it survives line moves, and holds nothing that reveals the
 * secret.
 *
 * The hash is keyed: HMAC-SHA-256 with the salt a baseline file carries (`baseline.ts`), so a
 * baseline's hashes cannot be matched against a table of hashes of common passwords or tokens
 * computed once for every repository. Without a salt (no baseline, or one written before salts
 * existed) the hash is the plain SHA-256 it always was, so old baselines keep matching.
 */
import { hash, randomBytes } from 'node:crypto';

const BLOCK = 64;

/** A salt for a new baseline: 32 random bytes, hex. */
export function newSalt(): string {
  return randomBytes(32).toString('hex');
}

/** Hashes values for fingerprints, keyed with `salt` when there is one. */
export class ValueHasher {
  private readonly inner: Buffer | undefined;
  private readonly outer: Buffer | undefined;

  constructor(readonly salt?: string) {
    if (salt === undefined) return;
    // HMAC's padded keys, computed once (the key is shorter than a block, so it is used as is).
    const key = Buffer.alloc(BLOCK);
    Buffer.from(salt, 'utf8').copy(key, 0, 0, BLOCK);
    this.inner = Buffer.from(key.map((b) => b ^ 0x36));
    this.outer = Buffer.from(key.map((b) => b ^ 0x5c));
  }

  /** 64 bits of HMAC-SHA-256(salt, value), or of SHA-256(value) without a salt, as hex. */
  hash(value: string): string {
    if (!this.inner || !this.outer) return hash('sha256', value).slice(0, 16);
    const inner = hash('sha256', Buffer.concat([this.inner, Buffer.from(value, 'utf8')]), 'buffer');
    return hash('sha256', Buffer.concat([this.outer, inner])).slice(0, 16);
  }
}

const UNSALTED = new ValueHasher();

/** The unsalted hash (fingerprints of findings that hold no secret value, e.g. audit checks). */
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
