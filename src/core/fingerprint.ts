/**
 * Stable identities for findings. A fingerprint names the commit (or `staged`/`worktree`), file,
 * rule and a short hash of the value: it survives line moves, and holds nothing that reveals the
 * secret (64 bits of a SHA-256 cannot be reversed into a high-entropy token).
 */
import { createHash } from 'node:crypto';

export function secretHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

export function fingerprint(parts: { scope: string; file: string; ruleId: string; valueHash: string }): string {
  return `${parts.scope}:${parts.file}:${parts.ruleId}:${parts.valueHash}`;
}

/** The location-independent part: the same secret in the same file under the same rule. */
export function fingerprintKey(fp: string): string {
  const first = fp.indexOf(':');
  return first === -1 ? fp : fp.slice(first + 1);
}
