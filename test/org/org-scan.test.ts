/**
 * `org scan` / `org plan` / `merge` as a user runs them: the built CLI, real git repositories (one
 * with a leak, one with the same leak, one clean, one empty, one corrupt), and a loopback server
 * standing in for the GitHub API with paging and a secondary rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { FakeOrgApi, orgFixture, reportTexts, runBundleAsync, type OrgFixture } from './helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- report files are checked field by field below
const json = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));

describe('org scan --repos', () => {
  let fx: OrgFixture;
  let list: string;
  let out: string;
  beforeAll(() => {
    fx = orgFixture('org-repos');
    list = path.join(fx.dir, 'repos.txt');
    writeFileSync(list, `# the organisation\n${Object.values(fx.repos).join('\n')}\n`);
    out = path.join(fx.dir, 'out');
  });
  afterAll(() => fx.cleanup());

  it('scans every repository, records the corrupt one as failed and finishes the rest (exit 2)', async () => {
    const r = await runBundleAsync(['org', 'scan', '--repos', list, '--out', out, '--jobs', '2'], { cwd: fx.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/5 repositories: 5 scanned, 0 unchanged since their last report, 1 failed/);
    const leaky = json(path.join(out, `${path.basename(fx.repos['leaky']!)}.json`));
    expect(leaky.status).toBe('ok');
    expect(leaky.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('github-pat');
    const pat = leaky.findings.find((f: { ruleId: string }) => f.ruleId === 'github-pat');
    expect(pat).toMatchObject({
      file: '.mcp.json',
      provider: 'github',
      secretId: expect.stringMatching(/^[0-9a-f]{24}$/),
    });
    expect(pat.commit).toMatch(/^[0-9a-f]{40}$/);
    const also = json(path.join(out, `${path.basename(fx.repos['also-leaky']!)}.json`));
    expect(also.findings.find((f: { ruleId: string }) => f.ruleId === 'github-pat').secretId).toBe(pat.secretId);
    expect(json(path.join(out, `${path.basename(fx.repos['clean']!)}.json`))).toMatchObject({
      status: 'ok',
      findings: [],
      commits: 1,
    });
    expect(json(path.join(out, `${path.basename(fx.repos['empty']!)}.json`))).toMatchObject({
      status: 'empty',
      findings: [],
    });
    const corrupt = json(path.join(out, `${path.basename(fx.repos['corrupt']!)}.json`));
    expect(corrupt.status).toBe('failed');
    expect(corrupt.error).toMatch(/\w/);
    expect(r.stderr).toContain(`could not scan ${path.basename(fx.repos['corrupt']!)}`);
    for (const text of reportTexts(out)) expect(text).not.toContain(fx.secret);
  });

  it('resumes: a rerun skips unchanged repositories and rescans a changed one and the failed one', async () => {
    const cleanReport = path.join(out, `${path.basename(fx.repos['clean']!)}.json`);
    const before = json(cleanReport).scannedAt;
    const again = await runBundleAsync(['org', 'scan', '--repos', list, '--out', out], { cwd: fx.dir });
    expect(again.stderr).toMatch(/1 scanned, 4 unchanged since their last report, 1 failed/);
    expect(json(cleanReport).scannedAt).toBe(before);
    fx.clean.commit('two', { 'src/b.ts': 'export const b = 2;\n' });
    const third = await runBundleAsync(['org', 'scan', '--repos', list, '--out', out], { cwd: fx.dir });
    expect(third.stderr).toMatch(/2 scanned, 3 unchanged since their last report, 1 failed/);
    expect(json(cleanReport)).toMatchObject({ status: 'ok', commits: 2 });
    expect(json(cleanReport).scannedAt).not.toBe(before);
  });

  it('merge counts one secret found in two repositories once, with both locations', async () => {
    const r = await runBundleAsync(['merge', out, '--format', 'json'], { cwd: fx.dir });
    expect(r.code).toBe(2); // a repository failed
    const report = JSON.parse(r.stdout);
    const pats = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'github-pat');
    expect(pats).toHaveLength(1);
    expect(pats[0].repos).toEqual([path.basename(fx.repos['also-leaky']!), path.basename(fx.repos['leaky']!)].sort());
    expect(pats[0].locations.map((l: { file: string }) => l.file).sort()).toEqual(['.mcp.json', 'deploy/env.sh']);
    expect(report.stats).toMatchObject({ repos: 5, failed: 1, empty: 1, sharedSecrets: 1 });
    for (const format of ['text', 'markdown', 'json', 'html']) {
      const m = await runBundleAsync(['merge', out, '--format', format, '--fail-on', 'never'], { cwd: fx.dir });
      expect(m.stdout).not.toContain(fx.secret);
      expect(m.stdout.length).toBeGreaterThan(100);
    }
    const sarifDir = path.join(fx.dir, 'sarif');
    await runBundleAsync(['merge', out, '--sarif-dir', sarifDir, '--fail-on', 'never'], { cwd: fx.dir });
    const sarif = json(path.join(sarifDir, `${path.basename(fx.repos['leaky']!)}.sarif`));
    expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'github-pat')).toBe(true);
  });

  it('refuses bad input with one clear line', async () => {
    const noOut = await runBundleAsync(['org', 'scan', '--repos', list], { cwd: fx.dir });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('org scan needs --out DIR');
    const both = await runBundleAsync(['org', 'plan', '--repos', list, '--org', 'acme'], { cwd: fx.dir });
    expect(both.stderr).toContain('give one of --org NAME or --repos FILE');
    const missing = await runBundleAsync(['merge', path.join(fx.dir, 'nope')], { cwd: fx.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('org plan / org scan --org (GitHub API)', () => {
  let fx: OrgFixture;
  let api: FakeOrgApi;
  let env: NodeJS.ProcessEnv;
  const token = `ghs_${randomChars(ALNUM, 36, 'org-api-token')}`;
  beforeAll(async () => {
    fx = orgFixture('org-api');
    const repo = (name: string, url: string, size: number, extra: object = {}) => ({
      full_name: `acme/${name}`,
      clone_url: url,
      size,
      ...extra,
    });
    api = new FakeOrgApi([
      [
        repo('leaky', fx.repos['leaky']!, 300),
        repo('old', fx.repos['clean']!, 50, { archived: true }),
        repo('copy', fx.repos['clean']!, 10, { fork: true }),
      ],
      [repo('clean', fx.repos['clean']!, 200), repo('also-leaky', fx.repos['also-leaky']!, 100)],
    ]);
    env = { GITHUB_API_URL: await api.start(), GITHUB_TOKEN: token };
  });
  afterAll(async () => {
    await api.stop();
    fx.cleanup();
  });

  it('plan pages through the API, waits out the rate limit, skips archived repositories and forks', async () => {
    const r = await runBundleAsync(['org', 'plan', '--org', 'acme', '--shards', '2'], { cwd: fx.dir, env });
    expect(r.stderr).toContain('secondary rate limit: waiting 1 s');
    expect(r.stderr).toContain('skipped 1 archived and 1 forked');
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.stdout);
    expect(matrix.include.map((s: { shard: string }) => s.shard)).toEqual(['1/2', '2/2']);
    const all = matrix.include.flatMap((s: { repos: string }) => s.repos.split(',')).sort();
    expect(all).toEqual(['acme/also-leaky', 'acme/clean', 'acme/leaky']);
    expect(api.requests.map((q) => q.url)).toEqual([
      '/orgs/acme/repos?type=all&per_page=100',
      '/orgs/acme/repos?type=all&per_page=100',
      '/orgs/acme/repos?type=all&per_page=100&page=2',
    ]);
    expect(api.requests.every((q) => q.auth === `Bearer ${token}`)).toBe(true);
    const archived = await runBundleAsync(['org', 'plan', '--org', 'acme', '--include-archived', '--include-forks'], {
      cwd: fx.dir,
      env,
    });
    expect(JSON.parse(archived.stdout).include[0].repos.split(',')).toHaveLength(5);
  });

  it('each shard scans its repositories only; merging the shards covers every repository once', async () => {
    const outs = [path.join(fx.dir, 'shard-1'), path.join(fx.dir, 'shard-2')];
    const runs = await Promise.all(
      outs.map((out, i) =>
        runBundleAsync(['org', 'scan', '--org', 'acme', '--shard', `${i + 1}/2`, '--out', out, '--jobs', '1'], {
          cwd: fx.dir,
          env,
        }),
      ),
    );
    // Largest first to the lightest shard: leaky (300) | clean (200) + also-leaky (100); both hold a leak.
    expect(runs.map((r) => r.code)).toEqual([1, 1]);
    expect(readdirSync(outs[0]!).filter((f) => f.endsWith('.json'))).toEqual(['acme__leaky.json']);
    expect(readdirSync(outs[1]!).filter((f) => f.endsWith('.json'))).toEqual([
      'acme__also-leaky.json',
      'acme__clean.json',
    ]);
    const merged = await runBundleAsync(['merge', ...outs, '--format', 'json'], { cwd: fx.dir });
    const report = JSON.parse(merged.stdout);
    expect(report.repos.map((r: { repo: string }) => r.repo)).toEqual(['acme/also-leaky', 'acme/clean', 'acme/leaky']);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'github-pat')).toHaveLength(1);
    expect(merged.code).toBe(1);
    for (const out of outs) for (const text of reportTexts(out)) expect(text).not.toContain(fx.secret);
  });
});
