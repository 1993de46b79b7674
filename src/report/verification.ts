/** How every reporter words a finding's verification (`--verify`): one line, LIVE in capitals. */
import type { VerificationStats } from '../core/result.js';
import type { Finding, Verification } from '../core/types.js';

export const isLive = (f: Finding): boolean => f.verification?.status === 'live';

/** `LIVE: GitHub accepted it; account oc***; scopes repo, gist; expires 2026-01-31`. */
export function verificationText(v: Verification): string {
  const parts = [`${v.status === 'live' ? 'LIVE' : v.status}: ${v.reason}`];
  if (v.account) parts.push(`account ${v.account}`);
  if (v.scopes) parts.push(v.scopes.length ? `scopes ${v.scopes.join(', ')}` : 'no scopes');
  if (v.expiresAt) parts.push(`expires ${v.expiresAt.slice(0, 10)}`);
  return parts.join('; ');
}

/** The verification counts line, when the run verified anything. */
export function verificationSummary(stats: VerificationStats): string {
  return `verified ${stats.checked} distinct credential(s) in ${stats.durationMs} ms; findings: ${stats.live} LIVE, ${stats.invalid} invalid, ${stats.unknown} unknown, ${stats.error} error`;
}
