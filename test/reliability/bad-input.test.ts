/**
 * Bad input never crashes the scanner and never hides anything: each odd file is scanned as far
 * as it safely can be, and whatever is skipped is counted with its reason.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeRepo, tempDir, type TempRepo } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';

interface Report {
  findings: { ruleId: string; file: string; line: number; column: number }[];
  stats: { files: number; skipped: Record<string, number> };
  errors: { path: string; message: string }[];
}
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const scan = async (dir: string, ...args: string[]) => {
  const r = await runCli(['scan', '.', '--format', 'json', ...args], { cwd: dir });
  return { ...r, report: (r.stdout ? JSON.parse(r.stdout) : undefined) as Report };
};

describe('odd encodings and shapes', () => {
  const repo = makeRepo();
  repos.push(repo);
  const t = githubTokens.githubPat('bad-input');
  repo.write('binary.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(t)]));
  repo.write(
    'latin1.txt',
    Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(`\nT=${t}\n`)]),
  );
  repo.write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`line one\r\nT=${t}\r\n`, 'utf16le')]));
  repo.write('crlf.env', `A=1\r\nB=2\r\n  T=${t}\r\n`);
  repo.write('lfs.bin', 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 123\n');

  it('skips binaries and LFS pointers with a reason; finds tokens past invalid UTF-8, in UTF-16 and CRLF files', async () => {
    const { code, report } = await scan(repo.dir);
    expect(code).toBe(1);
    const where = report.findings.map((f) => [f.file, f.line, f.column]).sort();
    expect(where).toEqual([
      ['crlf.env', 3, 5],
      ['latin1.txt', 2, 3],
      ['utf16.txt', 2, 3],
    ]);
    expect(report.stats.skipped).toMatchObject({ binary: 1, 'lfs-pointer': 1 });
  });

  it('scans a 50 MB single-line file and finds a token near its end', async () => {
    const dir = tempDir('mlg-huge-');
    const line = Buffer.alloc(50 * 1024 * 1024, 'a');
    Buffer.from(` ${t} `).copy(line, line.length - 100);
    writeFileSync(path.join(dir, 'huge.min.js'), line);
    const { code, report } = await scan(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['huge.min.js', 1, line.length - 98]]);
  });
});

describe('odd paths', () => {
  it('scans names with spaces, unicode, newlines, a leading dash, :: and %; never follows a symlink out of the tree', async () => {
    const repo = makeRepo();
    repos.push(repo);
    const names = ['with space.env', 'ünï-cødé.env', 'new\nline.env', '-dash.env', 'a::b%25c.env'];
    names.forEach((n, i) => repo.write(n, `T=${githubTokens.githubPat(`path-${i}`)}\n`));
    const outside = tempDir('mlg-outside-');
    writeFileSync(path.join(outside, 'secret.env'), `T=${githubTokens.githubPat('outside')}\n`);
    symlinkSync(path.join(outside, 'secret.env'), path.join(repo.dir, 'link.env'));
    mkdirSync(path.join(repo.dir, 'dirlink-target'));
    repo.commit('odd names');
    const { code, report } = await scan(repo.dir);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.file).sort()).toEqual([...names].sort());
    // The link is scanned as what git stores for it (its target's name), never followed.
    expect(report.stats.skipped.symlink).toBeUndefined();
  });

  it('an empty repository, a detached HEAD and a linked worktree scan cleanly', async () => {
    const empty = makeRepo();
    repos.push(empty);
    expect((await runCli(['scan', '--history'], { cwd: empty.dir })).code).toBe(0);
    expect((await runCli(['scan', '--staged'], { cwd: empty.dir })).code).toBe(0);
    expect((await runCli(['scan', '.'], { cwd: empty.dir })).code).toBe(0);

    const repo = makeRepo();
    repos.push(repo);
    repo.commit('leak', { 'k.env': `K=${githubTokens.githubPat('detached')}\n` });
    repo.commit('clean', { 'k.env': 'K=${TOKEN}\n' });
    repo.git('checkout', '-q', '--detach', 'HEAD~1');
    const detached = await runCli(['scan', '--history', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(detached.stdout).findings).toHaveLength(1);
    const wt = path.join(tempDir('mlg-wt-'), 'linked');
    repo.git('worktree', 'add', '-q', '--detach', wt, 'main');
    const linked = await runCli(['scan', '--history', '--format', 'json'], { cwd: wt });
    expect(linked.code).toBe(1);
    expect(JSON.parse(linked.stdout).findings).toHaveLength(1);
  });

  it('a sparse checkout scans the files it has, and its history whole', async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit('two dirs', {
      'in/a.env': `K=${githubTokens.githubPat('sparse-in')}\n`,
      'out/b.env': `K=${githubTokens.githubPat('sparse-out')}\n`,
    });
    repo.git('sparse-checkout', 'set', 'in');
    const tree = await runCli(['scan', '.', '--format', 'json'], { cwd: repo.dir });
    expect((JSON.parse(tree.stdout) as Report).findings.map((f) => f.file)).toEqual(['in/a.env']);
    const history = await runCli(['scan', '--history', '--format', 'json'], { cwd: repo.dir });
    expect((JSON.parse(history.stdout) as Report).findings.map((f) => f.file).sort()).toEqual([
      'in/a.env',
      'out/b.env',
    ]);
  });
});
