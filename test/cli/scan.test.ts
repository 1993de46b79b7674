import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const repo = makeRepo();
afterAll(() => repo.cleanup());

describe('mcp-leak-guard scan (working tree)', () => {
  const secret = githubTokens.githubPat();
  repo.commit('init', { 'src/app.js': `const t = "${secret}";\n`, 'README.md': 'hello\n' });
  repo.write('untracked.env', `KEY=${googleTokens.googleApiKey()}\n`);
  repo.write('.gitignore', 'ignored.env\n');
  repo.write('ignored.env', `KEY=${googleTokens.googleApiKey('other')}\n`);

  it('scans tracked and untracked files, skips ignored ones, exits 1, and never prints the secret', async () => {
    const r = await runCli(['scan', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(secret);
    const json = JSON.parse(r.stdout) as { version: number; findings: { file: string; ruleId: string }[] };
    expect(json.version).toBe(1);
    expect(json.findings.map((f) => `${f.file}:${f.ruleId}`).sort()).toEqual([
      'src/app.js:github-pat',
      'untracked.env:google-api-key',
    ]);
  });

  it('exits 0 with --fail-on never and on a clean path', async () => {
    expect((await runCli(['scan', '--fail-on', 'never'], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['scan', 'README.md'], { cwd: repo.dir })).code).toBe(0);
  });

  it('exits 2 on usage errors and names the problem', async () => {
    const r = await runCli(['scan', '--format', 'xml'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of');
    expect((await runCli(['scan', 'no/such/dir'], { cwd: repo.dir })).stderr).toContain('no/such/dir');
    expect((await runCli(['frobnicate'], { cwd: repo.dir })).code).toBe(2);
  });

  it('reads stdin and reports it under --path', async () => {
    const r = await runCli(['scan', '--stdin', '--path', 'pasted.json', '--format', 'json'], {
      cwd: repo.dir,
      stdin: `{"k": "${secret}"}`,
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].file).toBe('pasted.json');
  });

  it('writes and honours a baseline; the baseline holds no secret', async () => {
    const file = path.join(tempDir(), 'baseline.json');
    expect((await runCli(['baseline', '-o', file], { cwd: repo.dir })).code).toBe(0);
    const r = await runCli(['scan', '--baseline', file], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 in baseline');
  });

  it('rejects a broken config or baseline with exit 2 naming the file', async () => {
    const bad = path.join(tempDir(), 'bad.json');
    writeFileSync(bad, '{"rules": {"github-pat": "loud"}}');
    const r = await runCli(['scan', '--config', bad], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
    const r2 = await runCli(['scan', '--baseline', bad], { cwd: repo.dir });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('invalid baseline');
  });

  it('walks a plain folder outside git, skipping node_modules and binaries', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), `k=${googleTokens.googleApiKey('w')}`);
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
    const r = await runCli(['scan', dir, '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    expect(json.findings).toHaveLength(1);
    expect(json.stats.skipped.binary).toBe(1);
  });
});
