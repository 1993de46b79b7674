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
    // git log lists newest first, so on equal dates the one met later is the older commit.
    const earlier = (f.date ?? '') <= (seen.date ?? '') ? f : seen;
    byKey.set(key, { ...earlier, occurrences: count });
  }
  return [...byKey.values()].map((f) => (f.occurrences === 1 ? withoutOccurrences(f) : f));
}

function withoutOccurrences(f: RawFinding): RawFinding {
  const { occurrences: _, ...rest } = f;
  return rest;
}
