import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE, runBundle } from '../helpers/cli.js';
import { makeRepo, type TempRepo } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const repos: TempRepo[] = [];
const newRepo = (): TempRepo => {
  const r = makeRepo();
  r.commit('init', { 'README.md': 'hello\n' });
  repos.push(r);
  return r;
};
afterAll(() => repos.forEach((r) => r.cleanup()));
beforeAll(() => expect(existsSync(CLI_BUNDLE)).toBe(true));

const env = {
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.test',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.test',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};
/** A real `git commit`, hooks and all. */
function commit(repo: TempRepo, message: string): { code: number; output: string } {
  const r = spawnSync('git', ['commit', '-q', '-m', message], {
    cwd: repo.dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

describe('install-hook', () => {
  it('blocks a commit holding a secret, with guidance and no full secret, and lets a clean one through', () => {
    const repo = newRepo();
    expect(runBundle(['install-hook'], { cwd: repo.dir }).code).toBe(0);
    const secret = githubTokens.githubPat('hook');
    repo.write('.mcp.json', `{"mcpServers": {"gh": {"env": {"GITHUB_TOKEN": "${secret}"}}}}\n`);
    repo.git('add', '.mcp.json');
    const blocked = commit(repo, 'leak');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('.mcp.json');
    expect(blocked.output).toContain('mcp-leak-guard blocked this commit');
    expect(blocked.output).not.toContain(secret);
    expect(blocked.output.indexOf('--no-verify')).toBeGreaterThan(blocked.output.indexOf('mcp-leak-guard:allow'));
    repo.write('.mcp.json', '{"mcpServers": {"gh": {"env": {"GITHUB_TOKEN": "${GITHUB_TOKEN}"}}}}\n');
    repo.git('add', '.mcp.json');
    expect(commit(repo, 'clean').code).toBe(0);
  });

  it('keeps and chains an existing hook, is idempotent, and --uninstall restores it exactly', () => {
    const repo = newRepo();
    const hook = path.join(repo.dir, '.git/hooks/pre-commit');
    const original = '#!/bin/sh\necho previous-hook-ran >> "$(git rev-parse --git-dir)/ran.txt"\n';
    writeFileSync(hook, original);
    chmodSync(hook, 0o755);
    expect(runBundle(['install-hook'], { cwd: repo.dir }).stdout).toContain('kept the existing hook');
    const once = readFileSync(hook, 'utf8');
    expect(runBundle(['install-hook'], { cwd: repo.dir }).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(once);
    repo.write('a.txt', 'fine\n');
    repo.git('add', 'a.txt');
    expect(commit(repo, 'ok').code).toBe(0);
    expect(readFileSync(path.join(repo.dir, '.git/ran.txt'), 'utf8')).toBe('previous-hook-ran\n');
    // the previous hook failing blocks the commit too
    writeFileSync(`${hook}.before-mcp-leak-guard`, '#!/bin/sh\nexit 3\n');
    repo.write('b.txt', 'fine\n');
    repo.git('add', 'b.txt');
    expect(commit(repo, 'blocked by previous').code).not.toBe(0);
    writeFileSync(`${hook}.before-mcp-leak-guard`, original);
    expect(runBundle(['install-hook', '--uninstall'], { cwd: repo.dir }).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(original);
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it('installs where core.hooksPath points', () => {
    const repo = newRepo();
    repo.git('config', 'core.hooksPath', 'my-hooks');
    expect(runBundle(['install-hook'], { cwd: repo.dir }).code).toBe(0);
    expect(existsSync(path.join(repo.dir, 'my-hooks/pre-commit'))).toBe(true);
    repo.write('k.env', `K=${googleTokens.googleApiKey('hp')}\n`);
    repo.git('add', 'k.env');
    expect(commit(repo, 'leak').code).not.toBe(0);
  });

  it('adds its lines to .husky/pre-commit when husky manages the hooks, and removes only them', () => {
    const repo = newRepo();
    repo.write('.husky/pre-commit', 'npm run lint\n');
    repo.write('.husky/_/.gitignore', '*\n');
    repo.git('config', 'core.hooksPath', '.husky/_');
    expect(runBundle(['install-hook'], { cwd: repo.dir }).stdout).toContain('husky');
    const text = readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8');
    expect(text.startsWith('npm run lint\n')).toBe(true);
    expect(text).toContain('scan --staged');
    runBundle(['install-hook'], { cwd: repo.dir });
    expect(readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe(text);
    // husky runs the file with sh: it blocks a staged secret
    repo.write('k.env', `K=${googleTokens.googleApiKey('husky')}\n`);
    repo.git('add', 'k.env');
    const run = spawnSync('sh', ['-c', 'sed 1d .husky/pre-commit | sh'], { cwd: repo.dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    runBundle(['install-hook', '--uninstall'], { cwd: repo.dir });
    expect(readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm run lint\n');
  });

  it('refuses outside a repository with exit 2', () => {
    const r = runBundle(['install-hook'], { cwd: '/' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not inside a git repository');
  });
});

describe('hooks/pre-commit script', () => {
  it('finds the CLI through MCP_LEAK_GUARD_CLI and blocks, and fails closed when no CLI is found', () => {
    const repo = newRepo();
    repo.write('k.env', `K=${googleTokens.googleApiKey('script')}\n`);
    repo.git('add', 'k.env');
    const script = path.resolve(CLI_BUNDLE, '../../hooks/pre-commit');
    const found = spawnSync('sh', [script], {
      cwd: repo.dir,
      env: { ...process.env, MCP_LEAK_GUARD_CLI: CLI_BUNDLE },
      encoding: 'utf8',
    });
    expect(found.status).toBe(1);
    const missing = spawnSync('sh', [script], { cwd: repo.dir, env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('not found');
    void execFileSync;
  });
});
