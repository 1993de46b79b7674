/**
 * What a scan could not see is a failure (exit 2, one clear line), never a clean exit: unreadable
 * folders, files too large to hold, `incident` over a failed scan, git missing, a report that
 * cannot be written to stdout. Real git, the real bundle where the process matters.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE, runCli } from '../helpers/cli.js';
import { repoFactory, tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const tokens = { ...githubTokens, ...googleTokens };
import { MAX_SCAN_BYTES } from '../../src/sources/decode.js';

const newRepo = repoFactory();

/** A sparse file one byte over what a scan can hold: no disk used, no time spent writing it. */
function oversized(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  ftruncateSync(fd, MAX_SCAN_BYTES + 1);
  closeSync(fd);
}

/** Runs the bundle as an unprivileged user when this is root (root reads a mode-000 folder). */
function bundleAsUser(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const root = process.getuid?.() === 0;
  const cmd = root ? 'setpriv' : process.execPath;
  const argv = root
    ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI_BUNDLE, ...args]
    : [CLI_BUNDLE, ...args];
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    // The repository belongs to another user than the scan: tell git that is expected.
    env: {
      PATH: process.env['PATH'],
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'safe.directory',
      GIT_CONFIG_VALUE_0: '*',
    },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('unreadable and oversized input', () => {
  it('an untracked folder git cannot read (it only warns) fails the scan', () => {
    const repo = newRepo();
    chmodSync(repo.dir, 0o755);
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.write('private/notes.env', `T=${tokens.githubPat('unreadable')}\n`);
    chmodSync(path.join(repo.dir, 'private'), 0o000);
    try {
      const r = bundleAsUser(['scan', '.', '--format', 'json'], repo.dir);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).errors).toEqual([
        { path: 'private/', message: expect.stringContaining('Permission denied') },
      ]);
      expect(r.stderr).toContain('private/');
    } finally {
      chmodSync(path.join(repo.dir, 'private'), 0o755);
    }
  });

  it('an unreadable folder outside a repository fails the scan too', () => {
    const dir = tempDir('mlg-walk-');
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'ok.txt'), 'fine\n');
    mkdirSync(path.join(dir, 'locked'));
    chmodSync(path.join(dir, 'locked'), 0o000);
    const r = bundleAsUser(['scan', '.', '--format', 'json'], dir);
    chmodSync(path.join(dir, 'locked'), 0o755);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).errors).toEqual([{ path: 'locked', message: expect.stringContaining('EACCES') }]);
  });

  it('a file larger than a scan can hold is a failure naming it, not a skip', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    oversized(path.join(repo.dir, 'dump.sql'));
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).errors).toEqual([
      { path: 'dump.sql', message: expect.stringContaining('too large to scan') },
    ]);
  });
});

describe('incident fails closed', () => {
  it('a scan error makes incident exit 2 with the reason, from a scan run now or from a report', async () => {
    const repo = newRepo();
    repo.commit('init', { 'k.env': `K=${tokens.githubPat('incident')}\n` });
    oversized(path.join(repo.dir, 'huge.log'));
    const now = await runCli(['incident'], { cwd: repo.dir });
    expect(now.code).toBe(2);
    expect(now.stderr).toContain('huge.log');
    expect(now.stdout).toMatch(/GitHub/i); // the checklist for what was found is still printed

    const report = path.join(repo.dir, 'report.json');
    await runCli(['scan', '.', '--format', 'json', '-o', report], { cwd: repo.dir });
    const fromReport = await runCli(['incident', '--report', report], { cwd: repo.dir });
    expect(fromReport.code).toBe(2);
    expect(fromReport.stderr).toContain('huge.log');
  });
});

describe('process failures are one line and exit 2', () => {
  const noStack = (stderr: string): void => {
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  };

  it('scan --staged without git on PATH', () => {
    const repo = newRepo();
    repo.write('a.env', `T=${tokens.githubPat('nogit')}\n`);
    repo.git('add', '-A');
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '--staged'], {
      cwd: repo.dir,
      env: { PATH: tempDir('mlg-nogit-') },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/git is not installed or not on PATH/);
    noStack(r.stderr);
  });

  it('a full disk on stdout, even for a clean scan', () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'clean\n' });
    const out = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '.'], {
      cwd: repo.dir,
      stdio: ['ignore', out, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write the report to standard output: ENOSPC/);
    noStack(r.stderr);
  });

  it('a closed pipe on stdout (`| head` that has stopped reading)', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'clean\n' });
    const child = spawn(process.execPath, [CLI_BUNDLE, 'scan', '.'], {
      cwd: repo.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader is gone before the report is written
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write the report to standard output: EPIPE/);
    noStack(stderr);
  });
});
