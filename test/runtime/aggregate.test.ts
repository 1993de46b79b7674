/** History findings of one secret in one file under one rule become one finding, at its first commit. */
import { describe, expect, it } from '@jest/globals';
import type { RawFinding } from '../../src/core/types.js';
import { aggregateByFingerprint } from '../../src/runtime/aggregate.js';

const finding = (scope: string, date: string | undefined, extra: Partial<RawFinding> = {}): RawFinding => ({
  ruleId: 'github-pat',
  category: 'secret',
  severity: 'error',
  message: 'GitHub personal access token (classic) found',
  file: 'k.env',
  line: 1,
  column: 3,
  endLine: 1,
  endColumn: 43,
  fingerprint: `${scope}:k.env:github-pat:0123456789abcdef`,
  remediation: 'Revoke it.',
  ...(scope === 'worktree' ? {} : { commit: scope }),
  ...(date ? { date } : {}),
  ...extra,
});

describe('aggregateByFingerprint', () => {
  it('keeps the earliest commit and counts every commit the secret was met in', () => {
    const out = aggregateByFingerprint([
      finding('c3', '2024-03-01T00:00:00Z'),
      finding('c1', '2024-01-01T00:00:00Z'),
      finding('c2', '2024-02-01T00:00:00Z'),
    ]);
    expect(out).toEqual([{ ...finding('c1', '2024-01-01T00:00:00Z'), occurrences: 3 }]);
  });

  it("on equal authors' dates keeps the earlier committer's date (a cherry-pick), in whatever order they come", () => {
    const original = finding('original', '2024-01-01T00:00:00Z', { committed: '2024-01-01T00:00:00Z' });
    const picked = finding('picked', '2024-01-01T00:00:00Z', { committed: '2024-02-01T00:00:00Z' });
    for (const order of [
      [original, picked],
      [picked, original],
    ])
      expect(aggregateByFingerprint(order).map((f) => [f.commit, f.occurrences])).toEqual([['original', 2]]);
  });

  it('compares dates as times when their zones differ', () => {
    const out = aggregateByFingerprint([
      finding('utc', '2024-01-01T09:00:00+00:00'),
      finding('east', '2024-01-01T10:00:00+02:00'),
    ]);
    expect(out.map((f) => f.commit)).toEqual(['east']);
  });

  it('on equal dates keeps the one met later (git log lists newest first)', () => {
    const out = aggregateByFingerprint([
      finding('newer', '2024-01-01T00:00:00Z'),
      finding('older', '2024-01-01T00:00:00Z'),
    ]);
    expect(out.map((f) => [f.commit, f.occurrences])).toEqual([['older', 2]]);
  });

  it('keeps different secrets, files or rules apart, and a single one without a count', () => {
    const other = finding('c1', '2024-01-01T00:00:00Z', { fingerprint: 'c1:k.env:github-pat:fedcba9876543210' });
    const moved = finding('c2', '2024-01-02T00:00:00Z', {
      file: 'l.env',
      fingerprint: 'c2:l.env:github-pat:0123456789abcdef',
    });
    const out = aggregateByFingerprint([finding('c1', '2024-01-01T00:00:00Z'), other, moved]);
    expect(out).toHaveLength(3);
    expect(out.every((f) => !('occurrences' in f))).toBe(true);
  });

  it('never merges findings without a commit (working tree, staged): each is its own', () => {
    const out = aggregateByFingerprint([finding('worktree', undefined), finding('worktree', undefined, { line: 9 })]);
    expect(out.map((f) => f.line)).toEqual([1, 9]);
    expect(out.every((f) => f.occurrences === undefined)).toBe(true);
  });
});
