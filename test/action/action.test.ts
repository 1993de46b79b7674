import { describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { actionSuite, runAction } from './harness.js';

const suite = actionSuite();
const { api, newOrigin } = suite;

const prPayload = (base: string, head: string, number = 7) => ({
  action: 'synchronize',
  number,
  pull_request: { number, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
  repository: { default_branch: 'main', full_name: 'o/r' },
});

/** main with an old leak, then a feature branch of three commits, one of which adds a token. */
function pullRequestRepo(leak: string, literal: string) {
  const origin = newOrigin();
  const w = origin.work;
  w.commit('old', { 'old.env': `OLD=${githubTokens.githubPat('already-on-main')}\n` });
  const base = w.commit('base', { 'README.md': 'hi\n' });
  w.git('checkout', '-q', '-b', 'feature');
  w.commit('f1', { 'a.txt': 'one\n' });
  w.commit('f2: add key', {
    'src/conf.js': `export const token = "${leak}";\n`,
    '.mcp.json': JSON.stringify({ mcpServers: { acme: { command: 'acme-mcp', env: { ACME_API_KEY: literal } } } }),
  });
  const head = w.commit('f3', { 'b.txt': 'two\n' });
  origin.push('main', 'feature');
  return { origin, base, head, workspace: origin.checkout('main') };
}

describe('the Action on a pull request', () => {
  const leak = githubTokens.githubPat('action-pr');
  const literal = randomChars(ALNUM, 32, 'action-literal');

  it('scans exactly the PR commits from a depth-1 clone: annotations, outputs, summary, SARIF, sticky comment', async () => {
    const { base, head, workspace } = pullRequestRepo(leak, literal);
    const run = await runAction({
      workspace,
      event: 'pull_request',
      payload: prPayload(base, head),
      apiUrl: suite.apiUrl,
    });
    expect(run.code).toBe(1);
    // Workflow commands on stdout: the two errors of the PR, not the old leak on main.
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations.map((l) => /file=([^,]+),line=(\d+)/.exec(l)?.slice(1))).toEqual(
      expect.arrayContaining([
        ['src/conf.js', '1'],
        ['.mcp.json', '1'],
      ]),
    );
    expect(run.stdout).toContain('title=mcp-literal-credential (Claude Code / acme)');
    expect(run.stdout).not.toContain('old.env');
    expect(run.outputs).toMatchObject({ findings: '2', errors: '2', warnings: '0' });
    expect(run.outputs['sarif-file']).toMatch(/mcp-leak-guard\.sarif$/);
    expect(run.summary).toContain('| severity | rule | where | commit | value | what to do |');
    expect(run.summary).toContain('`github-pat`');
    expect(run.summary).toContain('| `.mcp.json` | `Claude Code` | `acme` | 0 | 1 |');
    expect(run.summary).toContain('| `acme` | `.mcp.json` | `unknown` | consider carefully |');
    // The comment: created once, with the marker, redacted.
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('<!-- mcp-leak-guard:sticky-comment -->');
    expect(api.comments[0]!.body).toContain('src/conf.js:1');
    // `::add-mask::` lines are read by the runner and never shown; every other line is.
    const shown = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [shown, run.stderr, run.summary, api.comments[0]!.body, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(leak);
      expect(text).not.toContain(literal);
    }
    // setSecret registered the raw values with the runner (its log masking), by workflow command.
    expect(run.stdout).toContain(`::add-mask::${leak}`);

    // A second run updates the same comment in place; a clean PR marks it resolved.
    await runAction({ workspace, event: 'pull_request', payload: prPayload(base, head), apiUrl: suite.apiUrl });
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    const clean = await runAction({
      workspace,
      event: 'pull_request',
      payload: prPayload(base, base),
      apiUrl: suite.apiUrl,
    });
    expect(clean.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('resolved');
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it("never edits someone else's comment that holds the marker: it writes its own", async () => {
    const { base, head, workspace } = pullRequestRepo(leak, literal);
    const quoted = 'look at this: <!-- mcp-leak-guard:sticky-comment --> (quoted by a reviewer)';
    api.comments.push({ id: 1, body: quoted, user: 'a-reviewer' });
    const run = await runAction({
      workspace,
      event: 'pull_request',
      payload: prPayload(base, head),
      apiUrl: suite.apiUrl,
    });
    expect(run.code).toBe(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(api.comments[0]).toEqual({ id: 1, body: quoted, user: 'a-reviewer' });
    expect(api.comments).toHaveLength(2);
    expect(api.comments[1]!.body).toContain('src/conf.js:1');
    expect(run.stdout).not.toMatch(/::notice::.*read-only/);
    // The next run finds its own comment (by marker and author) and updates it.
    const again = await runAction({
      workspace,
      event: 'pull_request',
      payload: prPayload(base, base),
      apiUrl: suite.apiUrl,
    });
    expect(again.code).toBe(0);
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).toEqual([
      `/repos/o/r/issues/comments/${api.comments[1]!.id}`,
    ]);
  });

  it('renders file and server names from the pull request inertly in the summary and the comment', async () => {
    const origin = newOrigin();
    const w = origin.work;
    const base = w.commit('base', { 'README.md': 'hi\n' });
    w.git('checkout', '-q', '-b', 'feature');
    const file = 'x<img src=x onerror=alert(1)>@octocat [click](https:evil.test)`|.env';
    const server = '<script>@admin</script>](javascript:alert(1))';
    const head = w.commit('names', {
      [file]: `GH=${githubTokens.githubPat('inert-name')}\n`,
      '.mcp.json': JSON.stringify({ mcpServers: { [server]: { command: 'npx', env: { API_KEY: literal } } } }),
    });
    origin.push('main', 'feature');
    const run = await runAction({
      workspace: origin.checkout('main'),
      event: 'pull_request',
      payload: prPayload(base, head),
      apiUrl: suite.apiUrl,
    });
    expect(run.code).toBe(1);
    for (const md of [run.summary, api.comments[0]!.body]) {
      // Outside code spans (which GitHub renders literally) nothing of the names remains.
      const outside = md.replace(/`[^`\n]*`/g, '');
      for (const bad of ['<img', '<script', '@octocat', '@admin', 'javascript:', '](https:evil'])
        expect([bad, outside.includes(bad)]).toEqual([bad, false]);
      expect(md).toContain("`x<img src=x onerror=alert(1)>@octocat [click](https:evil.test)'\\|.env:1`");
    }
  });

  it('on a fork (read-only token) skips the comment with a notice and still reports', async () => {
    const { base, head, workspace } = pullRequestRepo(leak, literal);
    api.readOnly = true;
    const run = await runAction({
      workspace,
      event: 'pull_request',
      payload: prPayload(base, head),
      apiUrl: suite.apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::notice::.*read-only/);
    expect(run.stdout).toContain('::error ');
    expect(run.summary).toContain('`github-pat`');
  });
});

describe('the Action on a push', () => {
  it('a new branch scans the commits not on the default branch', async () => {
    const origin = newOrigin();
    const w = origin.work;
    w.commit('main leak', { 'old.env': `K=${githubTokens.githubPat('main-old')}\n` });
    w.git('checkout', '-q', '-b', 'topic');
    const head = w.commit('topic leak', { 'new.env': `K=${githubTokens.githubPat('topic-new')}\n` });
    origin.push('main', 'topic');
    const payload = {
      ref: 'refs/heads/topic',
      before: '0'.repeat(40),
      after: head,
      repository: { default_branch: 'main' },
    };
    const run = await runAction({ workspace: origin.checkout('topic'), event: 'push', payload, apiUrl: suite.apiUrl });
    expect(run.code).toBe(1);
    expect(run.outputs['findings']).toBe('1');
    expect(run.stdout).toContain('file=new.env');
    expect(run.stdout).not.toContain('file=old.env');
    expect(api.requests).toEqual([]);
  });

  it('before..after on an ordinary push; more than 10 errors are capped with a count', async () => {
    const origin = newOrigin();
    const w = origin.work;
    const before = w.commit('base', { 'README.md': 'x\n' });
    const files: Record<string, string> = {};
    for (let i = 0; i < 13; i++) files[`k${i}.env`] = `K=${githubTokens.githubPat(`many-${i}`)}\n`;
    const after = w.commit('many', files);
    origin.push('main');
    const payload = { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main' } };
    const run = await runAction({
      workspace: origin.checkout('main'),
      event: 'push',
      payload,
      apiUrl: suite.apiUrl,
      inputs: { 'sarif-file': '' },
    });
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(errors[9]).toContain('3 more error(s) not annotated');
    expect(run.outputs).toMatchObject({ findings: '13', 'sarif-file': '' });
  });
});

describe('the Action fails closed', () => {
  it('exits 2 with a clear error when the shallow clone cannot be deepened', async () => {
    const { origin, base, head, workspace } = pullRequestRepo(
      githubTokens.githubPat('gone'),
      randomChars(ALNUM, 32, 'gone'),
    );
    rmSync(origin.bare, { recursive: true, force: true });
    const run = await runAction({
      workspace,
      event: 'pull_request',
      payload: prPayload(base, head),
      apiUrl: suite.apiUrl,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::mcp-leak-guard could not scan: .*(fetch|commit)/);
    expect(run.outputs['findings']).toBeUndefined();
  });

  it('rejects a bad input, naming it', async () => {
    const { workspace } = pullRequestRepo(githubTokens.githubPat('bad-input'), 'x');
    const run = await runAction({
      workspace,
      event: 'push',
      payload: {},
      apiUrl: suite.apiUrl,
      inputs: { 'fail-on': 'sometimes' },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('input "fail-on" must be one of error, warning, never');
  });
});
