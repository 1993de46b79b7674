/**
 * Rotation: how old each credential is (first commit in git scans, the file's last change on the
 * device), and which are overdue: older than `rotation.maxAgeDays` and still there, at HEAD or
 * on the device. Leaked or not, those are due for rotation.
 */
import type { RawFinding } from '../core/types.js';
import { readBlobs } from '../sources/blob-reader.js';
import { COMMIT_MESSAGE_PATH } from '../sources/commit-message.js';
import { blobsAtHead } from '../sources/git.js';

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

/**
 * Marks the secrets (of git findings) still present in their file at HEAD. HEAD's blobs are found
 * by `ls-tree -z` and read by id, so no file name (a newline in one) can shift the answers. A
 * secret in a commit message stays in the history: it is left unmarked.
 */
export async function markStillAtHead(root: string, findings: RawFinding[]): Promise<void> {
  const withValues = findings.filter(
    (f) => f.commit && f.raw && f.category === 'secret' && f.file !== COMMIT_MESSAGE_PATH,
  );
  if (withValues.length === 0) return;
  const ids = await blobsAtHead(root, [...new Set(withValues.map((f) => f.file))]);
  const blobs = await readBlobs(root, [...new Set(ids.values())]);
  for (const f of withValues) {
    const id = ids.get(f.file);
    const blob = id === undefined ? undefined : blobs.get(id);
    // A blob too large to read is not known to be clean: leave it unmarked.
    if (blob?.kind === 'too-large') continue;
    f.atHead = blob?.kind === 'blob' && blob.data.includes(f.raw!);
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
