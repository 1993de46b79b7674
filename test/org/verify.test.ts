/**
 * `org scan --verify`: each repository's credentials are checked against a loopback stand-in for
 * the provider (redirected through the test-only environment variable), the live status reaches
 * the per-repository reports and the merged report, and `--fail-on live` fails on it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { envName } from '../../src/verify/http.js';
import { StandIn } from '../helpers/provider-server.js';
import { orgFixture, reportTexts, runBundleAsync, type OrgFixture } from './helpers.js';

describe('org scan --verify', () => {
  let fx: OrgFixture;
  let list: string;
  const github = new StandIn({
    live: { status: 200, headers: { 'x-oauth-scopes': 'repo, read:user' }, body: { login: 'octocat', type: 'User' } },
  });
  beforeAll(async () => {
    fx = orgFixture('org-verify');
    list = path.join(fx.dir, 'repos.txt');
    writeFileSync(list, [fx.repos['leaky'], fx.repos['also-leaky'], fx.repos['clean']].join('\n'));
    await github.start();
  });
  afterAll(async () => {
    await github.stop();
    fx.cleanup();
  });

  it('marks the credential live in every repository, once per repository scan', async () => {
    const out = path.join(fx.dir, 'out');
    const env = { [envName('github')]: github.url };
    const r = await runBundleAsync(['org', 'scan', '--repos', list, '--out', out, '--verify', '--fail-on', 'live'], {
      cwd: fx.dir,
      env,
    });
    expect(r.code).toBe(1);
    const leaky = JSON.parse(readFileSync(path.join(out, `${path.basename(fx.repos['leaky']!)}.json`), 'utf8'));
    const pat = leaky.findings.find((f: { ruleId: string }) => f.ruleId === 'github-pat');
    expect(pat.verification.status).toBe('live');
    // One identity call per distinct secret per repository scan: two repositories hold it.
    expect(github.requests.length).toBe(2);
    const merged = await runBundleAsync(['merge', out, '--format', 'json'], { cwd: fx.dir });
    const report = JSON.parse(merged.stdout);
    expect(report.stats.live).toBe(1); // distinct live secrets
    // The live token's broad scope in an MCP server's env is a finding of its own.
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('mcp-live-broad-scope');
    expect(report.findings[0]).toMatchObject({ ruleId: 'github-pat', verification: 'live' });
    const text = await runBundleAsync(['merge', out], { cwd: fx.dir });
    expect(text.stdout).toMatch(/\[error\] LIVE github-pat/);
    for (const t of [...reportTexts(out), merged.stdout, text.stdout]) expect(t).not.toContain(fx.secret);
  });

  it('without --verify nothing is sent', async () => {
    github.reset('live');
    const out = path.join(fx.dir, 'out-plain');
    await runBundleAsync(['org', 'scan', '--repos', list, '--out', out], {
      cwd: fx.dir,
      env: { [envName('github')]: github.url },
    });
    expect(github.requests).toHaveLength(0);
  });
});
