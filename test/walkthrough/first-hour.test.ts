/**
 * A new user's first hour, scripted end to end with the real bundle, real git and real commits:
 * install the hook (in a husky repository and in a plain one), a commit blocked, the false
 * positive recorded in the default baseline, the commit passing, and the committed hook file
 * working unchanged in another clone on "another machine" (the CLI found through node_modules).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE, ROOT, runBundle } from '../helpers/cli.js';
import { makeRepo, tempDir, type TempRepo } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const tokens = { ...githubTokens, ...googleTokens };

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
beforeAll(() => expect(existsSync(CLI_BUNDLE)).toBe(true));

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'New User',
  GIT_AUTHOR_EMAIL: 'new@example.test',
  GIT_COMMITTER_NAME: 'New User',
  GIT_COMMITTER_EMAIL: 'new@example.test',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};
/** PATH without any mcp-leak-guard on it: the hook must find the CLI the portable way. */
const BARE_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: process.env['HOME'], ...GIT_ENV };

/** `npm install --save-dev mcp-leak-guard`, as far as the hook can tell: node_modules/.bin. */
function installPackage(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(CLI_BUNDLE, path.join(dir, 'node_modules/.bin/mcp-leak-guard'));
}

function gitIn(dir: string, ...args: string[]): { code: number; output: string } {
  const r = spawnSync('git', args, { cwd: dir, env: BARE_ENV, encoding: 'utf8' });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

function newProject(husky: boolean): TempRepo {
  const repo = makeRepo();
  repos.push(repo);
  repo.write('.gitignore', 'node_modules/\n');
  if (husky) {
    repo.write('.husky/pre-commit', 'echo lint ok\n');
    repo.write('.husky/_/h', '#!/bin/sh\nsh "$(dirname "$(dirname "$0")")/$(basename "$0")"\n');
    repo.write('.husky/_/.gitignore', '*\n');
  }
  repo.commit('init', { 'README.md': 'hello\n' });
  if (husky) {
    // husky v9's shape: core.hooksPath .husky/_ with one stub per hook running .husky/<hook>.
    repo.write('.husky/_/pre-commit', '#!/bin/sh\n. "$(dirname "$0")/h"\n');
    spawnSync('chmod', ['+x', path.join(repo.dir, '.husky/_/pre-commit'), path.join(repo.dir, '.husky/_/h')]);
    repo.git('config', 'core.hooksPath', '.husky/_');
  }
  installPackage(repo.dir);
  return repo;
}

describe.each([
  ['a plain repository', false, '.git/hooks/pre-commit'],
  ['a husky repository', true, '.husky/pre-commit'],
])('first hour in %s', (_name, husky, hookFile) => {
  it('install, blocked, baseline, passes; the hook file works in another clone', () => {
    const repo = newProject(husky);
    const cli = (...args: string[]) =>
      spawnSync(path.join(repo.dir, 'node_modules/.bin/mcp-leak-guard'), args, {
        cwd: repo.dir,
        env: BARE_ENV,
        encoding: 'utf8',
      });

    // 1. install-hook: nothing of this machine goes into the hook file.
    const install = cli('install-hook');
    expect(install.status).toBe(0);
    expect(install.stderr).not.toContain('warning');
    const hookText = readFileSync(path.join(repo.dir, hookFile), 'utf8');
    expect(hookText).not.toContain(CLI_BUNDLE);
    expect(hookText).not.toContain(ROOT);
    expect(hookText).not.toContain(process.execPath);

    // 2. a commit with a credential-shaped value is blocked, with the way out.
    const value = tokens.googleApiKey(`walkthrough-${husky}`);
    repo.write('config/demo.env', `MAPS_KEY=${value}\n`);
    repo.git('add', 'config/demo.env');
    const blocked = gitIn(repo.dir, 'commit', '-q', '-m', 'add demo config');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('blocked this commit');
    expect(blocked.output).toContain('config/demo.env');
    expect(blocked.output).not.toContain(value);
    expect(blocked.output).toContain('mcp-leak-guard baseline -o .mcp-leak-guard-baseline.json');

    // 3. it is a public demo key: record it in the default baseline, as the message says.
    const baseline = cli('baseline', '-o', '.mcp-leak-guard-baseline.json');
    expect(baseline.status).toBe(0);
    repo.git('add', '.mcp-leak-guard-baseline.json');
    expect(readFileSync(path.join(repo.dir, '.mcp-leak-guard-baseline.json'), 'utf8')).not.toContain(value);

    // 4. the same commit now passes: the hook reads the baseline with no flag.
    const passes = gitIn(repo.dir, 'commit', '-q', '-m', 'add demo config');
    expect(passes.output).toContain('1 in baseline');
    if (husky) expect(passes.output).toContain('lint ok');
    expect(passes.code).toBe(0);

    // 5. the committed hook file (husky) or a copy of it (plain) works in a fresh clone elsewhere.
    const shared = husky ? '.husky/pre-commit' : 'hooks/pre-commit';
    if (!husky) repo.write(shared, hookText);
    repo.git('add', shared);
    repo.git('update-index', '--chmod=+x', shared);
    expect(gitIn(repo.dir, 'commit', '-q', '-m', 'share the hook').code).toBe(0);
    const clone = path.join(tempDir('mlg-clone-'), 'clone');
    expect(gitIn(path.dirname(clone), 'clone', '-q', repo.dir, clone).code).toBe(0);
    gitIn(clone, 'config', 'core.hooksPath', husky ? '.husky/_' : 'hooks');
    if (husky) {
      mkdirSync(path.join(clone, '.husky/_'), { recursive: true });
      spawnSync('cp', [
        '-p',
        path.join(repo.dir, '.husky/_/pre-commit'),
        path.join(repo.dir, '.husky/_/h'),
        path.join(clone, '.husky/_/'),
      ]);
    }
    const leak = tokens.googleApiKey(`clone-${husky}`);
    spawnSync('sh', ['-c', `printf 'K=%s\\n' "$1" > other.env && git add other.env`, 'sh', leak], {
      cwd: clone,
      env: BARE_ENV,
    });
    // Before `npm install` in the clone: blocked with the clear message, no stack trace.
    const noCli = gitIn(clone, 'commit', '-q', '-m', 'leak');
    expect(noCli.code).not.toBe(0);
    expect(noCli.output).toContain('the CLI was not found');
    expect(noCli.output).not.toMatch(/at .*\.js:\d+/);
    // After it: the secret is blocked, the baselined demo key is not reported.
    installPackage(clone);
    const inClone = gitIn(clone, 'commit', '-q', '-m', 'leak');
    expect(inClone.code).not.toBe(0);
    expect(inClone.output).toContain('other.env');
    expect(inClone.output).not.toContain('demo.env');
    expect(inClone.output).not.toContain(leak);
  }, 60_000);
});

describe('the baseline default, for every CLI entry', () => {
  it('scan reads .mcp-leak-guard-baseline.json at the root, or the config\'s "baseline" key', () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit('init', { 'a.env': `K=${tokens.googleApiKey('default-baseline')}\n` });
    expect(runBundle(['scan', '.'], { cwd: repo.dir }).code).toBe(1);
    const recorded = runBundle(['baseline'], { cwd: repo.dir }).stdout;
    repo.write('baselines/accepted.json', recorded);
    repo.write('.mcp-leak-guard.json', '{"baseline": "baselines/accepted.json"}\n');
    expect(runBundle(['scan', '.'], { cwd: repo.dir }).code).toBe(0);
    repo.write('.mcp-leak-guard.json', '{}\n');
    expect(runBundle(['scan', '.'], { cwd: repo.dir }).code).toBe(1);
    repo.write('.mcp-leak-guard-baseline.json', recorded);
    const scan = runBundle(['scan', '.'], { cwd: repo.dir });
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('1 in baseline');
    // A baseline the config names but that is missing is an error, not a silent no-op.
    repo.write('.mcp-leak-guard.json', '{"baseline": "gone.json"}\n');
    const missing = runBundle(['scan', '.'], { cwd: repo.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gone.json');
  });
});
