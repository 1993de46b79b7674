/** Helpers over findings shared by every reporter and entry point. */
import type { Finding, RawFinding, ScanNote, Severity } from './types.js';

/** `live`: fail only on credentials `--verify` found live (a first run on an old history). */
export type FailOn = Severity | 'never' | 'live';

/** The contract's fields only, in the contract's order: what may leave the process. */
export function publicFinding(f: RawFinding | Finding): Finding {
  const out: Finding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
    remediation: f.remediation,
  };
  if (f.commit !== undefined) out.commit = f.commit;
  if (f.author !== undefined) out.author = f.author;
  if (f.date !== undefined) out.date = f.date;
  if (f.secret !== undefined) out.secret = f.secret;
  if (f.mcp !== undefined) out.mcp = { ...f.mcp };
  if (f.occurrences !== undefined) out.occurrences = f.occurrences;
  if (f.ageDays !== undefined) out.ageDays = f.ageDays;
  if (f.atHead !== undefined) out.atHead = f.atHead;
  if (f.verification !== undefined) out.verification = { ...f.verification };
  return out;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1 };

export function atOrAbove(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'never' && threshold !== 'live' && RANK[severity] >= RANK[threshold];
}

const isLive = (f: Finding): boolean => f.verification?.status === 'live';

/** Verified-live credentials first, then most severe, then by file, line and column. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(isLive(b)) - Number(isLive(a)) ||
    RANK[b.severity] - RANK[a.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** The contract's exit code: 2 when the scan could not finish, 1 for findings at or above the threshold. */
export function exitCodeFor(findings: readonly Finding[], errors: number, failOn: FailOn): 0 | 1 | 2 {
  if (errors > 0) return 2;
  if (failOn === 'live') return findings.some(isLive) ? 1 : 0;
  return findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}

/**
 * A file with thousands of findings of one rule is generated data (fixtures, a dump): reporting
 * them all helps no one. Past this many per rule and file, the rest are counted in a note instead.
 * The cap applies to what is reported, after the baseline, allowlists and added-lines filters, so a
 * new secret among a thousand accepted ones is still reported.
 */
export const MAX_REPORTED_PER_RULE = 1000;

export function capPerRule<F extends Finding>(findings: readonly F[], file: string, notes: ScanNote[]): F[] {
  if (findings.length <= MAX_REPORTED_PER_RULE) return [...findings];
  const counts = new Map<string, number>();
  const kept = findings.filter((f) => {
    const n = (counts.get(f.ruleId) ?? 0) + 1;
    counts.set(f.ruleId, n);
    return n <= MAX_REPORTED_PER_RULE;
  });
  for (const [ruleId, n] of counts)
    if (n > MAX_REPORTED_PER_RULE)
      notes.push({
        file,
        level: 'warning',
        message: `${n} findings of ${ruleId}: the first ${MAX_REPORTED_PER_RULE} are reported, ${n - MAX_REPORTED_PER_RULE} more are not`,
      });
  return kept;
}
