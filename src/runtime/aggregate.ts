/**
 * History scans meet the same secret again and again: in every commit that touched its file. It is
 * one leak to fix, so it is reported once, at the commit that first added it (earliest date),
 * with the number of commits it was found in.
 */
import { fingerprintKey } from '../core/fingerprint.js';
import type { RawFinding } from '../core/types.js';

export function aggregateByFingerprint(findings: readonly RawFinding[]): RawFinding[] {
  const byKey = new Map<string, RawFinding>();
  for (const f of findings) {
    if (!f.commit) {
      byKey.set(`${byKey.size}:${f.fingerprint}`, f);
      continue;
    }
    const key = fingerprintKey(f.fingerprint);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, occurrences: 1 });
      continue;
    }
    const count = (seen.occurrences ?? 1) + 1;
    const earlier = isEarlier(f, seen) ? f : seen;
    byKey.set(key, { ...earlier, occurrences: count });
  }
  return [...byKey.values()].map((f) => (f.occurrences === 1 ? withoutOccurrences(f) : f));
}

function withoutOccurrences(f: RawFinding): RawFinding {
  const { occurrences: _, ...rest } = f;
  return rest;
}

/**
 * Whether `f`'s commit came before `seen`'s: by the author's date, then the committer's (a
 * cherry-pick keeps the author's date: patches of both arrive in any order when several git
 * processes read the history). On equal dates, the one met later: git lists newest first.
 */
function isEarlier(f: RawFinding, seen: RawFinding): boolean {
  const byAuthor = compareDates(f.date, seen.date);
  if (byAuthor !== 0) return byAuthor < 0;
  return compareDates(f.committed, seen.committed) <= 0;
}

/** ISO 8601 dates of one zone compared as text, as before; by time when their offsets differ. */
function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  const ta = Date.parse(a ?? '');
  const tb = Date.parse(b ?? '');
  if (Number.isNaN(ta) || Number.isNaN(tb)) return (a ?? '') < (b ?? '') ? -1 : 1;
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}
