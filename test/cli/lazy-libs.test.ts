/**
 * dist/cli.js loads its YAML, TOML, user-pattern, glob and simple-git libraries from dist/lib/
 * only when an input needs them: a clean file and a pre-commit scan of ordinary code parse none
 * of them. Shown by running a copy of dist/cli.js without dist/lib/ beside it.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { repoFactory, tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';

const repo = repoFactory();
const LIBS = ['yaml', 'toml-eslint-parser', 're2js', 'simple-git', 'micromatch'];

/** dist/cli.js (and its body, dist/cli-body.cjs) copied to a folder of its own, with dist/lib/ beside it or not. */
function bundleCopy(withLibs: boolean): string {
  const dir = tempDir('mlg-bundle-');
  for (const f of ['cli.js', 'cli-body.cjs']) cpSync(path.join(ROOT, 'dist', f), path.join(dir, f));
  if (withLibs) {
    mkdirSync(path.join(dir, 'lib'));
    cpSync(path.join(ROOT, 'dist/lib'), path.join(dir, 'lib'), { recursive: true });
  }
  return path.join(dir, 'cli.js');
}

const run = (cli: string, args: string[], cwd: string) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** A repository with ordinary code staged, and a YAML MCP config holding a token committed. */
function stagedRepo() {
  const r = repo();
  r.commit('configs', {
    '.continue/config.yaml': `mcpServers:\n  - name: gh\n    command: npx\n    env:\n      GITHUB_TOKEN: ${githubTokens.githubPat('lazy')}\n`,
  });
  r.write('src/app.js', 'export const answer = 42;\n');
  r.git('add', 'src/app.js');
  return r;
}

describe('the lazily loaded libraries of dist/cli.js', () => {
  it('are built beside it, one file each', () => {
    for (const lib of LIBS) expect(existsSync(path.join(ROOT, 'dist/lib', `${lib}.cjs`))).toBe(true);
  });

  it('are not needed to scan clean code or staged code', () => {
    const r = stagedRepo();
    const alone = bundleCopy(false);
    const staged = run(alone, ['scan', '--staged'], r.dir);
    expect(staged.stdout + staged.stderr).toContain('0 finding(s) (0 error, 0 warning); 1 file(s)');
    expect(staged.status).toBe(0);
    const file = run(alone, ['scan', 'src/app.js'], r.dir);
    expect(file.status).toBe(0);
  });

  it('are loaded when an input needs one, and a missing one fails the scan instead of passing it', () => {
    const r = stagedRepo();
    const whole = run(bundleCopy(true), ['scan', '.continue/config.yaml'], r.dir);
    expect(whole.status).toBe(1);
    expect(whole.stdout).toContain('github-pat');
    expect(whole.stdout).toContain('[Continue > gh > env.GITHUB_TOKEN]');
    const alone = run(bundleCopy(false), ['scan', '.continue/config.yaml'], r.dir);
    expect(alone.status).toBe(2);
    // The first one the path needs: micromatch (the clients' path globs), before yaml parses it.
    expect(alone.stderr).toMatch(/cannot load \.\/lib\/(micromatch|yaml)\.cjs beside dist\/cli\.js/);
  });
});
