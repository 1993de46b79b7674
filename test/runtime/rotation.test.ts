/** Ages of credentials, which are overdue, and (git scans) which are still at HEAD, on a real repository. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { ageInDays, overdueForRotation, stampAges } from '../../src/core/rotation.js';
import type { RawFinding } from '../../src/core/types.js';
import { markStillAtHead } from '../../src/sources/still-at-head.js';
import { makeRepo, type TempRepo } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T12:00:00Z');

const finding = (file: string, extra: Partial<RawFinding>): RawFinding => ({
  ruleId: 'github-pat',
  category: 'secret',
  severity: 'error',
  message: 'found',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 41,
  fingerprint: `c:${file}:github-pat:0`,
  remediation: 'Revoke it.',
  ...extra,
});

describe('ages', () => {
  it('counts whole days, never below zero, and ignores a date that does not parse', () => {
    expect(ageInDays(new Date(NOW - 10 * DAY - 1000).toISOString(), NOW)).toBe(10);
    expect(ageInDays(new Date(NOW + DAY).toISOString(), NOW)).toBe(0);
    expect(ageInDays('not a date', NOW)).toBeUndefined();
  });

  it('stamps git findings with their age and leaves the others alone', () => {
    const found = [finding('a', { date: new Date(NOW - 3 * DAY).toISOString() }), finding('b', {})];
    stampAges(found, NOW);
    expect(found.map((f) => f.ageDays)).toEqual([3, undefined]);
  });
});

describe('overdueForRotation', () => {
  it('lists secrets older than the limit and still present, oldest first, with the redacted value only', () => {
    const found = [
      finding('young', { ageDays: 10, secret: 'ghp_****…****abcd' }),
      finding('old', { ageDays: 200, secret: 'ghp_****…****efgh', raw: 'never shown' }),
      finding('older', { ageDays: 400 }),
      finding('gone', { ageDays: 500, atHead: false }),
      finding('policy', { ageDays: 900, category: 'policy' }),
    ];
    expect(overdueForRotation(found, 180)).toEqual([
      { ruleId: 'github-pat', file: 'older', line: 1, ageDays: 400 },
      { ruleId: 'github-pat', file: 'old', line: 1, ageDays: 200, secret: 'ghp_****…****efgh' },
    ]);
  });
});

describe('markStillAtHead', () => {
  it('marks each git finding by whether its secret is still in its file at HEAD', async () => {
    const repo = makeRepo();
    repos.push(repo);
    const [kept, removed] = ['at-head-kept', 'at-head-removed'].map((s) => githubTokens.githubPat(s));
    const first = repo.commit('add', { 'a.env': `A=${kept}\nB=${removed}\n` });
    repo.commit('remove one', { 'a.env': `A=${kept}\nB=\${B}\n`, 'gone.env': 'x\n' });
    repo.git('rm', '-q', 'gone.env');
    repo.commit('drop file');
    const found = [
      finding('a.env', { commit: first, raw: kept }),
      finding('a.env', { commit: first, raw: removed }),
      finding('gone.env', { commit: first, raw: kept }),
      finding('a.env', { raw: kept }), // not from a commit: left alone
    ];
    await markStillAtHead(repo.dir, found);
    expect(found.map((f) => f.atHead)).toEqual([true, false, false, undefined]);
  });
});
