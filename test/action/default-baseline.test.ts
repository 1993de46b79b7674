import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const tokens = { ...githubTokens, ...googleTokens };
import { FakeGitHub, makeOrigin, runAction, type Origin } from './harness.js';

const api = new FakeGitHub();
let apiUrl = '';
const origins: Origin[] = [];
beforeAll(async () => {
  apiUrl = await api.start();
});
afterAll(async () => {
  await api.stop();
  origins.forEach((o) => o.cleanup());
});

function repoWith(files: Record<string, string>): string {
  const origin = makeOrigin();
  origins.push(origin);
  origin.work.commit('init', files);
  origin.push('main');
  return origin.checkout('main');
}

const inputs = { mode: 'tree', comment: 'false', 'sarif-file': '' };

describe('the Action and the repository defaults', () => {
  it('applies .mcp-leak-guard-baseline.json at the repository root without a baseline input', async () => {
    const value = tokens.googleApiKey('action-default-baseline');
    const plain = repoWith({ 'demo.env': `K=${value}\n` });
    expect((await runAction({ workspace: plain, event: 'workflow_dispatch', payload: {}, apiUrl, inputs })).code).toBe(
      1,
    );
    const { runBundle } = await import('../helpers/cli.js');
    const baseline = runBundle(['baseline'], { cwd: plain }).stdout;
    const withBaseline = repoWith({ 'demo.env': `K=${value}\n`, '.mcp-leak-guard-baseline.json': baseline });
    const run = await runAction({ workspace: withBaseline, event: 'workflow_dispatch', payload: {}, apiUrl, inputs });
    expect(run.outputs['findings']).toBe('0');
    expect(run.code).toBe(0);
  }, 60_000);

  it('a broken config fails the step naming the file and position, never quoting the value', async () => {
    const value = tokens.githubPat('action-config-error');
    const workspace = repoWith({ '.mcp-leak-guard.yml': `allowlist:\n  values: [${value}\n` });
    const run = await runAction({ workspace, event: 'workflow_dispatch', payload: {}, apiUrl, inputs });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/::error::.*\.mcp-leak-guard\.yml:\d+:\d+/);
    expect(run.stdout + run.stderr).not.toContain(value.slice(4, 14));
  }, 60_000);
});
