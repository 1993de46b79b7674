/**
 * The fetcher and its deepening loop on real repositories: a bare origin that serves any commit by
 * id (as GitHub does) and depth-1 clones of it, with the fetch and scan counts each case costs.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fetchRange, FetchError } from '../../src/action/fetch.js';
import { addCommits, makeOrigin, type Origin } from './harness.js';

const origins: Origin[] = [];
afterAll(() => origins.forEach((o) => o.cleanup()));

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
const count = (dir: string, ...revs: string[]): number => Number(git(dir, 'rev-list', '--count', ...revs, '--'));
/** Commits of the range on the shallow boundary (their parents missing): none when complete. */
const shallowCut = (dir: string, ...revs: string[]): string[] => {
  const file = path.join(dir, '.git', 'shallow');
  const boundary = new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  return git(dir, 'rev-list', ...revs, '--')
    .split('\n')
    .filter((c) => boundary.has(c));
};

/** main with `n` commits, the first of which leaks; returns the origin and main's tip. */
function longMain(n: number): { origin: Origin; main: string } {
  const origin = makeOrigin();
  origins.push(origin);
  const root = origin.work.commit('root', { 'README.md': 'hi\n' });
  const main = addCommits(origin.work, 'main', root, n);
  origin.push('main');
  return { origin, main };
}

describe('fetchRange', () => {
  it('force push whose old tip no ref points to: fetches a few dozen commits, not the history', async () => {
    const { origin, main } = longMain(1500);
    const old = addCommits(origin.work, 'topic', main, 2, (i) => ({ path: 'old.txt', text: `old ${i}\n` }));
    origin.push('topic');
    const after = addCommits(origin.work, 'topic', main, 2, (i) => ({ path: 'new.txt', text: `new ${i}\n` }));
    origin.push('topic'); // forced: `old` is now referenced by nothing on the origin, yet fetchable by id
    const ws = origin.checkout('topic');
    const r = await fetchRange(ws, after, [
      { sha: old, ifGone: 'old tip gone' },
      { branch: 'main', ifGone: 'no main' },
    ]);
    expect(r).toMatchObject({ head: after, exclude: [old, main], notices: [] });
    expect(count(ws, after, `^${old}`, `^${main}`)).toBe(2);
    expect(shallowCut(ws, after, `^${old}`, `^${main}`)).toEqual([]);
    // Depth 16 from three tips sharing main: 2 + 2 + 16ish commits, one ls-remote, three tip fetches, one deepening.
    expect(r.fetchedCommits).toBeLessThan(40);
    expect(r.fetches).toBe(4);
    expect(git(ws, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
  });

  it('an old tip that cannot be fetched is dropped with its notice; the default branch still excludes', async () => {
    const { origin, main } = longMain(40);
    const after = addCommits(origin.work, 'topic', main, 3);
    origin.push('topic');
    const ws = origin.checkout('topic');
    const never = 'f'.repeat(40);
    const r = await fetchRange(ws, after, [
      { sha: never, ifGone: 'old tip gone' },
      { branch: 'main', ifGone: 'no main' },
    ]);
    expect(r).toMatchObject({ exclude: [main], notices: ['old tip gone'] });
    expect(count(ws, after, `^${main}`)).toBe(3);
    // A default branch missing on the remote is dropped the same way.
    const r2 = await fetchRange(ws, after, [{ branch: 'trunk', ifGone: 'no trunk' }]);
    expect(r2.notices).toEqual(['no trunk']);
    expect(r2.exclude).toEqual([]);
  });

  it('a base that moved 500 commits past a 3-commit fork: deepens until the merge base is in, not cut', async () => {
    const { origin, main: forkPoint } = longMain(200);
    const head = addCommits(origin.work, 'fork', forkPoint, 3, (i) => ({ path: 'fork.txt', text: `f${i}\n` }));
    const base = addCommits(origin.work, 'main', forkPoint, 500);
    origin.push('main', 'fork:refs/pull/7/head');
    const ws = origin.checkout('main');
    const r = await fetchRange(ws, head, [{ sha: base }]);
    expect(count(ws, head, `^${base}`)).toBe(3);
    expect(shallowCut(ws, head, `^${base}`)).toEqual([]);
    expect(git(ws, 'merge-base', head, base).trim()).toBe(forkPoint);
    // Doubling from 16 reaches 512 (base to merge base is 501): 6 deepenings plus the tip fetch;
    // 512 commits from the base and the head's whole 204-commit history, less the 12 both hold and
    // the checked-out base tip.
    expect(r.fetches).toBe(7);
    expect(r.fetchedCommits).toBe(512 + 204 - 12 - 1);
  });

  it('a full clone gets only the missing tip, without --depth (which would make it shallow)', async () => {
    const { origin, main } = longMain(30);
    const ws = origin.checkout('main', 0);
    const after = addCommits(origin.work, 'topic', main, 2);
    origin.push('topic');
    const r = await fetchRange(ws, after, [{ sha: main }]);
    expect(r).toMatchObject({ fetches: 1, fetchedCommits: 2 });
    expect(git(ws, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
  });

  it('a checkout made deeper than one commit keeps its depth', async () => {
    const { origin, main } = longMain(300);
    const ws = origin.checkout('main', 100);
    const head = addCommits(origin.work, 'topic', main, 40);
    origin.push('topic');
    // A base 40 commits behind: depth 16 from the tips alone would cut main's checked-out history at 56.
    await fetchRange(ws, head, [{ sha: main }]);
    expect(count(ws, 'HEAD')).toBeGreaterThanOrEqual(100);
    expect(count(ws, head, `^${main}`)).toBe(40);
  });

  it('after the last doubling it fetches the whole history; the first push of a repository needs it', async () => {
    const { origin, main } = longMain(300);
    const ws = origin.checkout('main');
    const r = await fetchRange(ws, main, [], { firstDepth: 4, maxRounds: 2 });
    expect(count(ws, main)).toBe(301);
    expect(shallowCut(ws, main)).toEqual([]);
    expect(r.fetches).toBe(3); // depth 4, depth 8, then --unshallow
    expect(r.fetchedCommits).toBe(300);
  });

  it('a head the remote does not have is an error naming it', async () => {
    const { origin } = longMain(3);
    const ws = origin.checkout('main');
    await expect(fetchRange(ws, 'e'.repeat(40), [])).rejects.toThrow(FetchError);
    await expect(fetchRange(ws, 'e'.repeat(40), [])).rejects.toThrow(/e{40} could not be fetched/);
  });
});
