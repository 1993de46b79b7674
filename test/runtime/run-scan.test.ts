/**
 * The scan loop on real sources (a folder, a git history): what it counts, what the baseline
 * holds back, how history findings aggregate, which are overdue, and what a read failure becomes.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '../../src/core/config.js';
import { newSalt } from '../../src/core/fingerprint.js';
import { serializeBaseline } from '../../src/core/baseline.js';
import { countFindings, createEngine, runScan } from '../../src/runtime/run-scan.js';
import { InputError } from '../../src/runtime/config-file.js';
import { logSource } from '../../src/sources/log.js';
import { worktreeSource } from '../../src/sources/worktree.js';
import { makeRepo, type TempRepo } from '../helpers/repo.js';
import { tempTree } from '../helpers/temp-tree.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const folder = tempTree;

const config = resolveConfig(undefined);

describe('runScan over a folder', () => {
  const pat = githubTokens.githubPat('run-scan-a');
  const apiKey = randomChars(ALNUM, 32, 'run-scan-mcp');
  const mcp = JSON.stringify({ mcpServers: { notes: { command: 'notes-mcp', env: { NOTES_API_KEY: apiKey } } } });
  const files = {
    'z/app.js': `const token = "${pat}";\n`,
    '.mcp.json': mcp,
    'a/clean.txt': 'nothing to see\n',
    'img.bin': Buffer.from([0, 1, 2, 3, 0, 0, 7]),
  };

  it('counts files, bytes and skips, gathers MCP summaries, sorts findings and reports progress', async () => {
    const dir = folder(files);
    symlinkSync('a/clean.txt', path.join(dir, 'link.txt'));
    const seen: number[] = [];
    const result = await runScan(await worktreeSource({ target: dir }), { config, onItem: (n) => seen.push(n) });
    expect(result.errors).toEqual([]);
    // The symlink is scanned as its target's name (what git stores), never followed.
    expect(result.stats).toMatchObject({ files: 4, errors: 0, skipped: { binary: 1 }, baselined: 0 });
    expect(result.stats.bytes).toBe(
      ['z/app.js', '.mcp.json', 'a/clean.txt'].reduce(
        (n, f) => n + Buffer.byteLength(files[f as keyof typeof files]),
        Buffer.byteLength('a/clean.txt'),
      ),
    );
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(result.findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['.mcp.json', 'mcp-literal-credential'],
      ['z/app.js', 'github-pat'],
    ]);
    expect(result.mcpConfigs).toEqual([
      expect.objectContaining({
        file: '.mcp.json',
        servers: [expect.objectContaining({ name: 'notes', literals: 1 })],
      }),
    ]);
    expect(result.stats.findings).toBe(2);
    expect(result.stats.errorFindings + result.stats.warningFindings).toBe(2);
    expect(result.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['github-pat', 'mcp-literal-credential']));
  });

  it('holds back what the baseline lists and counts it', async () => {
    const dir = folder(files);
    // A baseline's fingerprints are keyed with its salt: the scan that writes it uses the same.
    const salt = newSalt();
    const first = await runScan(await worktreeSource({ target: dir }), { config, fingerprintSalt: salt });
    const baseline = path.join(dir, 'baseline.json');
    writeFileSync(
      baseline,
      serializeBaseline(
        first.findings.filter((f) => f.ruleId === 'github-pat'),
        salt,
      ),
    );
    const second = await runScan(await worktreeSource({ target: dir }), { config, baselinePath: baseline });
    expect(second.findings.map((f) => f.ruleId)).toEqual(['mcp-literal-credential']);
    expect(second.stats).toMatchObject({ baselined: 1, findings: 1 });
  });

  it('rejects a baseline it cannot read, naming the file', async () => {
    const dir = folder(files);
    const missing = path.join(dir, 'no-such-baseline.json');
    const scan = runScan(await worktreeSource({ target: dir }), { config, baselinePath: missing });
    await expect(scan).rejects.toThrow(InputError);
    await expect(runScan(await worktreeSource({ target: dir }), { config, baselinePath: missing })).rejects.toThrow(
      `cannot read baseline ${missing}: ENOENT`,
    );
  });

  it('reports a file that cannot be read as an error, not as clean', async () => {
    const dir = folder({ 'a/b.txt': 'x\n', 'c.txt': 'y\n' });
    const source = await worktreeSource({ target: dir });
    // The listing said a/b.txt; now `a` is a file, so reading a/b.txt fails (ENOTDIR).
    rmSync(path.join(dir, 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'a'), 'now a file\n');
    const result = await runScan(source, { config });
    expect(result.errors).toEqual([{ path: 'a/b.txt', message: 'cannot read a/b.txt: ENOTDIR' }]);
    expect(result.stats).toMatchObject({ errors: 1, files: 1 });
  });

  it('recounts findings by severity after a caller adds its own', async () => {
    const dir = folder(files);
    const result = await runScan(await worktreeSource({ target: dir }), { config });
    const before = { ...result.stats };
    result.findings.push({ ...result.findings[0]!, severity: 'warning', fingerprint: 'extra' });
    countFindings(result);
    expect(result.stats.findings).toBe(before.findings + 1);
    expect(result.stats.warningFindings).toBe(before.warningFindings + 1);
    expect(result.stats.errorFindings).toBe(before.errorFindings);
  });

  it('uses the engine it is given', async () => {
    const dir = folder(files);
    const quiet = resolveConfig({ rules: { 'github-pat': 'off' } });
    const result = await runScan(await worktreeSource({ target: dir }), { config }, createEngine(quiet));
    expect(result.findings.map((f) => f.ruleId)).toEqual(['mcp-literal-credential']);
  });
});

describe('runScan over a history', () => {
  const day = 86_400;
  const now = Math.floor(Date.now() / 1000);
  // One fast-import stream: commits on one branch, each at a chosen date.
  const commit = (when: number, files: Record<string, string | null>): string => {
    let s = `commit refs/heads/main\nauthor A <a@example.test> ${when} +0000\ncommitter A <a@example.test> ${when} +0000\ndata 2\nc\n`;
    for (const [f, body] of Object.entries(files))
      s += body === null ? `D ${f}\n` : `M 100644 inline ${f}\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    return s;
  };

  it('reports a secret met in several commits once, at its first commit, and flags it overdue', async () => {
    const repo = makeRepo();
    repos.push(repo);
    const pat = githubTokens.githubPat('run-scan-history');
    const stream = [
      commit(now - 400 * day, { 'k.env': `K=${pat}\n` }),
      commit(now - 300 * day, { 'k.env': null }),
      // A different file version (blobs already scanned are skipped), the same secret.
      commit(now - 200 * day, { 'k.env': `# restored\nK=${pat}\n` }),
    ].join('');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream });
    repo.git('checkout', '-q', '-f', 'main');
    const commits = repo.git('rev-list', 'main').trim().split('\n');
    const result = await runScan(await logSource({ cwd: repo.dir, allowShallow: false }), {
      config: resolveConfig({ rotation: { maxAgeDays: 250 } }),
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      file: 'k.env',
      ruleId: 'github-pat',
      commit: commits[2],
      occurrences: 2,
      ageDays: 400,
      atHead: true,
    });
    expect(result.overdue).toEqual([expect.objectContaining({ file: 'k.env', ruleId: 'github-pat', ageDays: 400 })]);
    const lenient = await runScan(await logSource({ cwd: repo.dir, allowShallow: false }), {
      config: resolveConfig({ rotation: { maxAgeDays: 500 } }),
    });
    expect(lenient.overdue).toEqual([]);
  });
});
