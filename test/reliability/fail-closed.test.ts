/** A scan that could not finish never exits 0: each failure names its input and exits 2. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE, runCli } from '../helpers/cli.js';
import { repoFactory, tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { readOne } from '../../src/sources/worktree.js';

const newRepo = repoFactory();

describe('fail closed', () => {
  it('without git on PATH, a git scan exits 2 and says so', async () => {
    const repo = newRepo();
    repo.commit('x', { 'a.txt': 'a\n' });
    const bin = tempDir('mlg-nogit-');
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [CLI_BUNDLE, 'scan', '--history'], {
        cwd: repo.dir,
        env: { PATH: bin },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      code = err.status;
      out = err.stderr;
    }
    expect(code).toBe(2);
    expect(out).toMatch(/git/i);
  });

  it('a corrupt object makes a history scan exit 2 (git failing mid-stream)', async () => {
    const repo = newRepo();
    for (let i = 0; i < 5; i++) repo.commit(`c${i}`, { [`f${i}.txt`]: `content ${i}\n`.repeat(50) });
    // Remove the blob of a middle commit's file (changed since, so git cannot read the work-tree
    // copy instead): git fails when it reaches it.
    const blob = repo.git('rev-parse', 'HEAD~2:f2.txt').trim();
    repo.commit('change f2', { 'f2.txt': 'changed\n' });
    rmSync(path.join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
    const r = await runCli(['scan', '--history'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/git|object|fail/i);
  });

  it('a file that cannot be read is an error item naming it, and the scan exits 2', async () => {
    const base = tempDir('mlg-unreadable-');
    const item = await readOne(base, `${'n'.repeat(300)}.txt`);
    expect(item).toMatchObject({ kind: 'error', message: expect.stringContaining('ENAMETOOLONG') });
  });

  it('a full disk for --output is exit 2 naming the output', async () => {
    const repo = newRepo();
    repo.commit('x', { 'k.env': `K=${githubTokens.githubPat('full-disk')}\n` });
    const r = await runCli(['scan', '.', '-o', '/dev/full'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/full');
  });

  it('a config file of the wrong type is exit 2 naming the file', async () => {
    const repo = newRepo();
    writeFileSync(path.join(repo.dir, '.mcp-leak-guard.json'), '[1, 2, 3]');
    const r = await runCli(['scan', '.'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.mcp-leak-guard.json');
  });
});

describe('repository shapes', () => {
  it('a bare repository can be scanned by history', async () => {
    const repo = newRepo();
    repo.commit('leak', { 'k.env': `K=${githubTokens.githubPat('bare')}\n` });
    const bare = path.join(tempDir('mlg-bare-'), 'r.git');
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare]);
    const r = await runCli(['scan', '--history', '--format', 'json'], { cwd: bare });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toHaveLength(1);
  });

  it('a submodule is not entered (its own repository is scanned on its own)', async () => {
    const sub = newRepo();
    sub.commit('sub', { 's.env': `K=${githubTokens.githubPat('submodule')}\n` });
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    repo.git('commit', '-qm', 'add submodule');
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats.skipped).toMatchObject({ submodule: 1 });
    const h = await runCli(['scan', '--history'], { cwd: repo.dir });
    expect(h.code).toBe(0);
    expect(readdirSync(path.join(repo.dir, 'vendor/sub'))).toContain('s.env');
  });
});
