/**
 * The Action bundle on every event shape a runner sends, from the depth-1 checkout actions/checkout
 * leaves: which files are reported, the exit code, and how many commits were fetched and scanned
 * (the `commits-fetched` / `commits-scanned` outputs, also in the log). Scenarios that share a
 * repository run in order on it, to keep the number of bundle runs down.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { githubTokens } from '../helpers/tokens/github.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { actionSuite, addCommits, runAction, type ActionRun, type Origin } from './harness.js';

const suite = actionSuite();
const { api, newOrigin } = suite;

const ZERO = '0'.repeat(40);
const repository = { default_branch: 'main', full_name: 'o/r' };
const leak = (seed: string): string => `K=${githubTokens.githubPat(seed)}\n`;

/** The files the run annotated, sorted. */
const reported = (run: ActionRun): string[] =>
  [
    ...new Set(
      run.stdout
        .split('\n')
        .map((l) => (/^::(?:error|warning) /.test(l) ? /[ ,]file=([^,]+),/.exec(l)?.[1] : undefined))
        .filter((f): f is string => f !== undefined),
    ),
  ].sort();

const counts = (run: ActionRun) => ({
  fetched: Number(run.outputs['commits-fetched']),
  scanned: Number(run.outputs['commits-scanned']),
});

/** Exit code, files reported, commits scanned (and fetched, at most), and the log line saying so. */
function expectOutcome(
  r: ActionRun,
  want: { code: number; files: string[]; scanned: number; fetchedUnder?: number },
): void {
  expect(r.code).toBe(want.code);
  expect(reported(r)).toEqual(want.files);
  expect(counts(r).scanned).toBe(want.scanned);
  if (want.fetchedUnder !== undefined) expect(counts(r).fetched).toBeLessThan(want.fetchedUnder);
  expectCountsLogged(r);
}

/** The log line and the outputs agree. */
function expectCountsLogged(run: ActionRun): void {
  const { fetched, scanned } = counts(run);
  expect(run.stdout).toMatch(
    new RegExp(`fetched ${fetched} commit\\(s\\) in \\d+ request\\(s\\); scanning ${scanned} commit\\(s\\)`),
  );
}

const push = (ref: string, before: string, after: string, extra: object = {}) => ({
  ref,
  before,
  after,
  repository,
  ...extra,
});

const pr = (base: string, head: string, number = 7) => ({
  action: 'synchronize',
  number,
  pull_request: { number, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
  repository,
});

describe('pushes, in order on one repository (main: 301 commits, an old secret in the first)', () => {
  let origin: Origin;
  let mainTip = '';
  const HISTORY = 301;
  beforeAll(() => {
    origin = newOrigin();
    const root = origin.work.commit('root', { 'old.env': leak('old-main') });
    mainTip = addCommits(origin.work, 'main', root, 300);
    origin.push('main');
  });
  const run = (payload: object, branch = 'main') =>
    runAction({
      workspace: origin.checkout(branch),
      event: 'push',
      payload,
      apiUrl: suite.apiUrl,
      inputs: { 'sarif-file': '' },
    });

  it('push to an existing branch: its 2 commits, a few dozen fetched', async () => {
    const before = mainTip;
    origin.work.commit('leak', { 'app/new.env': leak('push-new') });
    mainTip = origin.work.commit('more', { 'x.txt': 'x\n' });
    origin.push('main');
    const r = await run(push('refs/heads/main', before, mainTip));
    expectOutcome(r, { code: 1, files: ['app/new.env'], scanned: 2, fetchedUnder: 20 });
  });

  it('a new branch made from an older commit adds nothing: 0 scanned, exit 0', async () => {
    origin.work.git('branch', 'from-old', `${mainTip}~50`);
    origin.push('from-old');
    const after = origin.work.git('rev-parse', 'from-old').trim();
    const r = await run(push('refs/heads/from-old', ZERO, after, { created: true }), 'from-old');
    expectOutcome(r, { code: 0, files: [], scanned: 0, fetchedUnder: HISTORY / 2 });
    expect(r.stdout).toContain('scanning new branch from-old: commits of');
  });

  let topicTip = '';
  it('force push whose old tip is still fetchable: only the new commits, not the branch or main history', async () => {
    const w = origin.work;
    w.git('checkout', '-q', '-b', 'topic', mainTip);
    w.commit('old topic leak', { 'topic-old.env': leak('topic-old') });
    const oldTip = w.commit('old topic', { 'y.txt': 'y\n' });
    origin.push('topic');
    w.git('checkout', '-q', '-B', 'topic', mainTip);
    w.commit('new topic leak', { 'topic-new.env': leak('topic-new') });
    topicTip = w.commit('new topic', { 'z.txt': 'z\n' });
    origin.push('topic'); // forced: the origin keeps oldTip's objects, fetchable by id, as GitHub does
    const r = await run(push('refs/heads/topic', oldTip, topicTip, { forced: true }), 'topic');
    expectOutcome(r, { code: 1, files: ['topic-new.env'], scanned: 2, fetchedUnder: 40 });
    expect(r.stdout).toContain('(forced)');
  });

  it('force push after a rebase onto a main that gained commits: main’s new commits are not new', async () => {
    const w = origin.work;
    w.git('checkout', '-q', 'main');
    w.commit('main later leak', { 'main-later.env': leak('main-later') });
    mainTip = addCommits(w, 'main', w.git('rev-parse', 'HEAD').trim(), 20);
    origin.push('main');
    w.git('checkout', '-q', '-B', 'topic', topicTip);
    w.git('rebase', '-q', 'main');
    const rebased = w.git('rev-parse', 'HEAD').trim();
    origin.push('topic');
    const r = await run(push('refs/heads/topic', topicTip, rebased, { forced: true }), 'topic');
    expectOutcome(r, { code: 1, files: ['topic-new.env'], scanned: 2, fetchedUnder: 80 });
    topicTip = rebased;
  });

  it('deletes and renames of files holding secrets add nothing', async () => {
    const w = origin.work;
    w.git('checkout', '-q', 'main');
    const before = mainTip;
    w.git('mv', 'app/new.env', 'app/renamed.env');
    w.git('rm', '-q', 'old.env');
    mainTip = w.commit('rename and delete');
    origin.push('main');
    const r = await run(push('refs/heads/main', before, mainTip));
    expectOutcome(r, { code: 0, files: [], scanned: 1 });
    expect(r.outputs['findings']).toBe('0');
  });

  it('a tag push is named a tag and scans what the tag adds beyond main (nothing here)', async () => {
    origin.work.git('tag', 'v1.0', mainTip);
    origin.push('refs/tags/v1.0');
    const r = await run(push('refs/tags/v1.0', ZERO, mainTip, { created: true }));
    expectOutcome(r, { code: 0, files: [], scanned: 0 });
    expect(r.stdout).toContain('scanning new tag v1.0: commits of');
    expect(r.stdout).not.toContain('new branch');
  });

  it('a branch deletion scans nothing and says so', async () => {
    const r = await run(push('refs/heads/topic', topicTip, ZERO, { deleted: true }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the push deleted branch topic: no commits to scan');
    expect(counts(r)).toEqual({ fetched: 0, scanned: 0 });
    expect(r.outputs['findings']).toBe('0');
  });
});

describe('first push of a new repository', () => {
  it('before is all zeros on the default branch: every pushed commit is scanned', async () => {
    const origin = newOrigin();
    const w = origin.work;
    w.commit('first', { 'first.env': leak('first-push') });
    w.commit('second', { 'a.txt': 'a\n' });
    const after = w.commit('third', { 'b.txt': 'b\n' });
    origin.push('main');
    const r = await runAction({
      workspace: origin.checkout('main'),
      event: 'push',
      payload: push('refs/heads/main', ZERO, after, { created: true }),
      apiUrl: suite.apiUrl,
    });
    expectOutcome(r, { code: 1, files: ['first.env'], scanned: 3 });
    expect(counts(r).fetched).toBe(2);
    expect(r.stdout).toContain('first push of the default branch main');
  });
});

describe('pull requests', () => {
  /** A pull_request run without the comment or SARIF, for scenarios about scope only. */
  const quietPr = (workspace: string, payload: object) =>
    runAction({
      workspace,
      event: 'pull_request',
      payload,
      apiUrl: suite.apiUrl,
      inputs: { comment: 'false', 'sarif-file': '' },
    });

  it('from a fork whose base moved 500 commits on: the merge base is fetched, only the 3 PR commits are scanned', async () => {
    const origin = newOrigin();
    const w = origin.work;
    const root = w.commit('root', { 'old.env': leak('stale-old') });
    const forkPoint = addCommits(w, 'main', root, 3000);
    const head = addCommits(w, 'fork', forkPoint, 3, (i) => ({
      path: `fork${i}.env`,
      text: i === 2 ? leak('fork') : 'x\n',
    }));
    const base = addCommits(w, 'main', forkPoint, 500);
    // actions/checkout checks out the merge of the PR into its base, from refs/pull/N/merge.
    w.git('checkout', '-q', '--detach', base);
    w.git('merge', '-q', '--no-ff', '-m', 'merge', head);
    origin.push('main', 'fork:refs/pull/7/head', 'HEAD:refs/pull/7/merge');
    const r = await quietPr(origin.checkout('refs/pull/7/merge'), pr(base, head));
    // 512 commits deep from base and head (the merge base is 501 behind base), not the 3,504 of the history.
    expectOutcome(r, { code: 1, files: ['fork2.env'], scanned: 3, fetchedUnder: 1100 });
  });

  it('a 300-commit PR is scanned whole; a secret added then removed inside it is still reported', async () => {
    const origin = newOrigin();
    const w = origin.work;
    const base = w.commit('base', { 'README.md': 'hi\n', 'main.env': leak('pr300-main') });
    const head = addCommits(w, 'feature', base, 300, (i) =>
      i === 2
        ? { path: 'added-then-removed.env', text: leak('pr300-transient') }
        : i === 3
          ? { path: 'added-then-removed.env', text: 'K=\n' }
          : i === 299
            ? { path: 'late.env', text: leak('pr300-late') }
            : { path: `f${i % 5}.txt`, text: `n=${i}\n` },
    );
    origin.push('main', 'feature');
    const r = await quietPr(origin.checkout('main'), pr(base, head));
    expectOutcome(r, { code: 1, files: ['added-then-removed.env', 'late.env'], scanned: 300 });
    expect(counts(r).fetched).toBe(300);
  });

  it('a PR that adds a secret and a config turning its rule off: the base config applies, with a notice', async () => {
    const origin = newOrigin();
    const w = origin.work;
    const base = w.commit('base', { 'README.md': 'hi\n' });
    w.git('checkout', '-q', '-b', 'feature');
    const head = w.commit('leak and silence it', {
      'creds.env': leak('config-bypass'),
      '.mcp-leak-guard.json': JSON.stringify({ rules: { disable: ['github-pat'] }, ignore: ['**/*.env'] }),
    });
    w.git('checkout', '-q', '--detach', base);
    w.git('merge', '-q', '--no-ff', '-m', 'merge', head);
    origin.push('main', 'feature:refs/pull/7/head', 'HEAD:refs/pull/7/merge');
    const workspace = origin.checkout('refs/pull/7/merge');
    // The PR's config is in the checked-out work tree: reading it from there would silence the rule.
    expect(existsSync(path.join(workspace, '.mcp-leak-guard.json'))).toBe(true);
    const r = await runAction({ workspace, event: 'pull_request', payload: pr(base, head), apiUrl: suite.apiUrl });
    expect(r.code).toBe(1);
    expect(reported(r)).toEqual(['creds.env']);
    expect(r.stdout).toMatch(/::notice::mcp-leak-guard: This pull request adds `\.mcp-leak-guard\.json`/);
    expect(r.summary).toMatch(
      /> \*\*Note:\*\* This pull request adds `\.mcp-leak-guard\.json`: the scan used the base/,
    );
    expect(api.comments.at(-1)!.body).toContain('This pull request adds `.mcp-leak-guard.json`');
  });

  it('pull_request_target scans the PR commits without checking out PR code', async () => {
    const origin = newOrigin();
    const w = origin.work;
    const base = w.commit('base', { 'README.md': 'hi\n', '.mcp-leak-guard.json': '{}\n' });
    w.git('checkout', '-q', '-b', 'feature');
    const head = w.commit('leak', { 'pwn.env': leak('target'), '.mcp-leak-guard.json': '{"ignore":["*.env"]}\n' });
    origin.push('main', 'feature:refs/pull/9/head');
    const workspace = origin.checkout('main');
    const r = await runAction({
      workspace,
      event: 'pull_request_target',
      payload: pr(base, head, 9),
      apiUrl: suite.apiUrl,
    });
    expect(r.code).toBe(1);
    expect(reported(r)).toEqual(['pwn.env']);
    expect(r.summary).toContain('This pull request changes `.mcp-leak-guard.json`');
    // The work tree is still the base: the PR's files were read from git objects only.
    expect(existsSync(path.join(workspace, 'pwn.env'))).toBe(false);
    expect(readFileSync(path.join(workspace, '.mcp-leak-guard.json'), 'utf8')).toBe('{}\n');
    expect(w.git('-C', workspace, 'rev-parse', 'HEAD').trim()).toBe(base);
    expect(w.git('-C', workspace, 'status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(counts(r)).toEqual({ fetched: 1, scanned: 1 });
  });
});

describe('merge queue, schedule, workflow_dispatch and events the Action does not know', () => {
  let origin: Origin;
  let base = '';
  let head = '';
  beforeAll(() => {
    origin = newOrigin();
    const w = origin.work;
    const root = w.commit('root', { 'old.env': leak('queue-old') });
    base = addCommits(w, 'main', root, 100);
    w.git('checkout', '-q', '-b', 'gh-readonly-queue/main/pr-7');
    w.commit('queued', { 'queued.env': leak('queue-new') });
    head = w.commit('queued 2', { 'q.txt': 'q\n' });
    origin.push('main', 'gh-readonly-queue/main/pr-7');
  });

  it('merge_group scans base_sha..head_sha only', async () => {
    const r = await runAction({
      workspace: origin.checkout('gh-readonly-queue/main/pr-7'),
      event: 'merge_group',
      payload: {
        action: 'checks_requested',
        merge_group: {
          base_sha: base,
          head_sha: head,
          base_ref: 'refs/heads/main',
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-7',
        },
        repository,
      },
      apiUrl: suite.apiUrl,
    });
    expectOutcome(r, { code: 1, files: ['queued.env'], scanned: 2, fetchedUnder: 20 });
  });

  it('schedule and workflow_dispatch scan the full history; an unknown event does too, with a notice', async () => {
    for (const event of ['schedule', 'workflow_dispatch', 'deployment']) {
      const r = await runAction({
        workspace: origin.checkout('main'),
        event,
        payload: { repository },
        apiUrl: suite.apiUrl,
      });
      expect(r.code).toBe(1);
      expect(reported(r)).toEqual(['old.env']);
      expect(counts(r)).toEqual({ fetched: 100, scanned: 101 });
      if (event === 'deployment') {
        expect(r.stdout).toMatch(
          /::notice::mcp-leak-guard: mcp-leak-guard does not know what a "deployment" event adds/,
        );
        expect(r.summary).toContain('"deployment" event');
      } else expect(r.stdout).not.toContain('::notice::');
    }
  });
});

describe('SARIF within code scanning limits', () => {
  it('about 26,200 findings: the most severe that fit in 25,000 results and 10 MB, and a notification with the count left out', async () => {
    const origin = newOrigin();
    const files: Record<string, string> = {};
    for (let f = 0; f < 52; f++) {
      const lines: string[] = [];
      for (let i = 0; i < 500; i++) lines.push(`K${i}=${githubTokens.githubPat(`sarif-${f}-${i}`)}`);
      files[`keys/k${f}.env`] = `${lines.join('\n')}\n`;
    }
    // Warnings (credential-named assignments) sort after errors, so they are the first left out.
    files['a-passwords.env'] = Array.from(
      { length: 200 },
      (_, i) => `DB_PASSWORD_${i}="${randomChars(ALNUM, 24, `sarif-pw-${i}`)}"\n`,
    ).join('');
    origin.work.commit('many', files);
    origin.push('main');
    const workspace = origin.checkout('main');
    const r = await runAction({
      workspace,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: suite.apiUrl,
      inputs: { mode: 'tree' },
    });
    expect(r.code).toBe(1);
    // Every valid GitHub token is found; a random password can lack entropy and be passed over.
    const total = Number(r.outputs['findings']);
    const errors = Number(r.outputs['errors']);
    expect(errors).toBe(52 * 500);
    expect(total - errors).toBeGreaterThan(150);
    expect(Number(r.outputs['warnings'])).toBe(total - errors);
    const file = path.join(workspace, 'mcp-leak-guard.sarif');
    const text = readFileSync(file, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(10_000_000);
    const run = (JSON.parse(text) as { runs: SarifRun[] }).runs[0]!;
    const kept = run.results.length;
    expect(kept).toBeGreaterThan(5000);
    expect(kept).toBeLessThanOrEqual(25_000);
    expect(run.results.every((x) => x.level === 'error')).toBe(true);
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(['github-pat']);
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text: expect.stringMatching(new RegExp(`^${total - kept} result\\(s\\) left out of this SARIF file`)),
        },
      },
    ]);
  });
});

interface SarifRun {
  tool: { driver: { rules: { id: string }[] } };
  results: { level: string }[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[];
}
