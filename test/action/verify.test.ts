/** The Action's `verify` and `revoke: github` inputs, through the real bundle and runner protocol. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { envName } from '../../src/verify/http.js';
import { StandIn } from '../helpers/provider-server.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { FakeGitHub, makeOrigin, runAction, type Origin } from './harness.js';

describe('the Action with verify and revoke', () => {
  const api = new FakeGitHub();
  const provider = new StandIn({
    live: { status: 200, headers: { 'x-oauth-scopes': 'repo' }, body: { login: 'octocat', type: 'User' } },
  });
  const leak = githubTokens.githubPat('action-verify');
  let apiUrl = '';
  let origin: Origin;
  let run: { base: string; head: string; workspace: string };
  beforeAll(async () => {
    apiUrl = await api.start();
    await provider.start();
    origin = makeOrigin();
    const w = origin.work;
    const base = w.commit('base', { 'README.md': 'hi\n' });
    w.git('checkout', '-q', '-b', 'feature');
    const head = w.commit('add server', {
      '.mcp.json': JSON.stringify({
        mcpServers: { gh: { command: 'github-mcp-server', env: { GITHUB_TOKEN: leak } } },
      }),
    });
    origin.push('main', 'feature');
    run = { base, head, workspace: origin.checkout('main') };
  });
  afterAll(async () => {
    await api.stop();
    await provider.stop();
    origin.cleanup();
  });
  const payload = () => ({
    action: 'synchronize',
    number: 3,
    pull_request: { number: 3, base: { sha: run.base, ref: 'main' }, head: { sha: run.head, ref: 'feature' } },
    repository: { default_branch: 'main', full_name: 'o/r' },
  });

  it('is off by default: no provider is called', async () => {
    provider.reset('live');
    const r = await runAction({
      workspace: run.workspace,
      event: 'pull_request',
      payload: payload(),
      apiUrl,
      env: { [envName('github')]: provider.url },
    });
    expect(r.code).toBe(1);
    expect(provider.requests).toHaveLength(0);
  });

  it('verify marks LIVE everywhere, fail-on live fails on it, revoke: github revokes it and the summary says so', async () => {
    provider.reset('live');
    const r = await runAction({
      workspace: run.workspace,
      event: 'pull_request',
      payload: payload(),
      apiUrl,
      inputs: { verify: 'true', revoke: 'github', 'fail-on': 'live' },
      env: { [envName('github')]: provider.url },
    });
    expect(r.code).toBe(1);
    expect(provider.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /user', 'POST /credentials/revoke']);
    const revoke = provider.requests[1]!;
    expect(revoke.headers['authorization']).toBeUndefined();
    expect(JSON.parse(revoke.body)).toEqual({ credentials: [leak] });
    expect(r.stdout).toMatch(/::error [^\n]*::LIVE credential: /);
    expect(r.summary).toContain('**LIVE** error');
    expect(r.summary).toContain('1 GitHub token(s) revoked, 0 refused');
    expect(r.summary).toMatch(/mcp-live-broad-scope/);
    expect(api.comments[0]!.body).toContain('verified LIVE with their provider');
    // `::add-mask::` is how the runner learns to mask the value: the only line allowed to hold it.
    const stdout = r.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const text of [stdout, r.stderr, r.summary, api.comments[0]!.body]) expect(text).not.toContain(leak);
  });

  it('fail-on live without verify is a clear input error', async () => {
    const r = await runAction({
      workspace: run.workspace,
      event: 'pull_request',
      payload: payload(),
      apiUrl,
      inputs: { 'fail-on': 'live' },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input \\"fail-on: live\\" needs \\"verify: true\\"'.replace(/\\"/g, '"'));
  });
});
