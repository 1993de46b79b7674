/**
 * Rotation: how old each credential is (first commit in git scans, the file's last change on the
 * device), and which are overdue: older than `rotation.maxAgeDays` and still there, at HEAD or
 * on the device. Leaked or not, those are due for rotation. Whether a git finding is still at
 * HEAD is the git source's to say (src/sources/still-at-head.ts).
 */
import type { RawFinding } from './types.js';

const DAY = 86_400_000;

export function ageInDays(iso: string, now: number): number | undefined {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : Math.max(0, Math.floor((now - t) / DAY));
}

/** Sets `ageDays` from each git finding's commit date. */
export function stampAges(findings: RawFinding[], now = Date.now()): void {
  for (const f of findings) {
    if (!f.date) continue;
    const age = ageInDays(f.date, now);
    if (age !== undefined) f.ageDays = age;
  }
}

export interface Overdue {
  ruleId: string;
  file: string;
  line: number;
  ageDays: number;
  secret?: string;
}

/** Credentials older than `maxAgeDays` that are still present. */
export function overdueForRotation(findings: readonly RawFinding[], maxAgeDays: number): Overdue[] {
  return findings
    .filter((f) => f.category === 'secret' && f.ageDays !== undefined && f.ageDays > maxAgeDays && f.atHead !== false)
    .map((f) => ({
      ruleId: f.ruleId,
      file: f.file,
      line: f.line,
      ageDays: f.ageDays!,
      ...(f.secret ? { secret: f.secret } : {}),
    }))
    .sort((a, b) => b.ageDays - a.ageDays);
}
