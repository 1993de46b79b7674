import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { makeRepo, tempDir, type TempRepo } from '../helpers/repo.js';
import { googleTokens } from '../helpers/tokens/google.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

/**
 * A copy of this project as the framework sees it: the hook manifest, package.json, the committed
 * bundle. devDependencies are dropped from the copy only to keep the test fast: the bundle needs
 * none of them at run time.
 */
function hookRepo(): TempRepo {
  const repo = makeRepo();
  repos.push(repo);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete pkg['devDependencies'];
  delete pkg['scripts'];
  writeFileSync(path.join(repo.dir, 'package.json'), JSON.stringify(pkg, null, 2));
  cpSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(repo.dir, '.pre-commit-hooks.yaml'));
  mkdirSync(path.join(repo.dir, 'dist'));
  for (const f of ['cli.js', 'cli-body.cjs']) cpSync(path.join(ROOT, 'dist', f), path.join(repo.dir, 'dist', f));
  cpSync(path.join(ROOT, 'dist/lib'), path.join(repo.dir, 'dist/lib'), { recursive: true });
  cpSync(path.join(ROOT, 'hooks'), path.join(repo.dir, 'hooks'), { recursive: true });
  repo.commit('hook repo');
  return repo;
}

/** A repository whose .pre-commit-config.yaml uses this project's hook, and a way to run the framework. */
function frameworkRepo() {
  const hooks = hookRepo();
  const rev = hooks.git('rev-parse', 'HEAD').trim();
  const repo = makeRepo();
  repos.push(repo);
  repo.write(
    '.pre-commit-config.yaml',
    `repos:\n  - repo: ${hooks.dir}\n    rev: ${rev}\n    hooks:\n      - id: mcp-leak-guard\n`,
  );
  const env = { ...process.env, PRE_COMMIT_HOME: tempDir('mlg-pc-home-'), GIT_CONFIG_GLOBAL: '/dev/null' };
  const run = (...args: string[]) => spawnSync('pre-commit', args, { cwd: repo.dir, env, encoding: 'utf8' });
  return { repo, run };
}

// In CI (which installs it) the framework must be there: a missing one fails instead of skipping.
(hasPreCommit || process.env['CI'] ? describe : describe.skip)('the pre-commit framework (Debian pre-commit)', () => {
  it('runs the hook from .pre-commit-hooks.yaml and blocks a staged secret', () => {
    const { repo, run } = frameworkRepo();
    repo.commit('config');
    repo.write('settings.env', `API=${googleTokens.googleApiKey('framework')}\n`);
    repo.git('add', 'settings.env');
    const blocked = run('run', '--hook-stage', 'commit');
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toContain('google-api-key');
    expect(blocked.stdout).toContain('settings.env');
    repo.write('settings.env', 'API=${API_KEY}\n');
    repo.git('add', 'settings.env');
    const clean = run('run', '--hook-stage', 'commit');
    expect(clean.stdout + clean.stderr).toMatch(/mcp-leak-guard\.+Passed/);
    expect(clean.status).toBe(0);
    // Run by the framework, the message says the commit was blocked (PRE_COMMIT is set).
    expect(blocked.stdout).toContain('blocked this commit');
  }, 180_000);

  it('pre-commit run --all-files finds a secret already committed; a commit of another file still passes', () => {
    const { repo, run } = frameworkRepo();
    // Committed before the hook existed.
    repo.commit('old leak', { 'old.env': `API=${googleTokens.googleApiKey('all-files')}\n` });
    const all = run('run', '--all-files');
    expect(all.status).toBe(1);
    expect(all.stdout).toContain('old.env');
    expect(all.stdout).toContain('google-api-key');
    const named = run('run', '--files', 'old.env');
    expect(named.status).toBe(1);
    // A normal commit scans what it adds: the old secret does not block a clean change.
    repo.write('notes.txt', 'nothing secret\n');
    repo.git('add', 'notes.txt');
    const commit = run('run', '--hook-stage', 'commit');
    expect(commit.stdout + commit.stderr).toMatch(/mcp-leak-guard\.+Passed/);
    expect(commit.status).toBe(0);
  }, 180_000);
});
