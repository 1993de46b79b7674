/**
 * The code cache dist/cli.js runs its bundle through: used only when it was made from the same
 * code, is whole, and sits where only this user can write; written whole or not at all; and
 * anything wrong with it leaves the bundle to run as it would without one. First on small bundles
 * in this process, then on the real dist/cli.js.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileBundle } from '../../src/runtime/code-cache.js';
import { cacheFiles as filesOf } from '../helpers/cache-files.js';
import { CLI_BUNDLE } from '../helpers/cli.js';
import { tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';

/** A small CommonJS bundle whose result says it ran, with a few functions to compile. */
const bundle = (n: number): Buffer =>
  Buffer.from(
    `const parts = [];\nfor (let i = 0; i < ${n}; i++) parts.push(((x) => x * 2)(i));\nmodule.exports.total = parts.reduce((a, b) => a + b, 0);\n`,
  );
const total = (n: number): number => n * (n - 1);

function runBundle(source: Buffer, env: Record<string, string>) {
  const compiled = compileBundle(source, '/bundle.cjs', env);
  const module = { exports: {} as { total?: number } };
  compiled.run(
    module.exports,
    () => undefined,
    module,
    '/bundle.cjs',
    '/',
    'file:///bundle.cjs',
    () => undefined,
  );
  return { ...compiled, total: module.exports.total };
}

/** The bundle's code caches (the folder holds the keyword pass's tables too). */
const cacheFiles = (env: Record<string, string>): string[] => filesOf(env, 'cli-');

describe('the code cache', () => {
  it('is written once, whole and private, then used', () => {
    const env = { XDG_CACHE_HOME: tempDir('mlg-cc-') };
    const first = runBundle(bundle(10), env);
    expect([first.cache, first.total]).toEqual(['miss', total(10)]);
    first.save();
    const files = cacheFiles(env);
    expect(files).toHaveLength(1);
    expect(statSync(files[0]!).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(files[0]!)).mode & 0o777).toBe(0o700);
    const second = runBundle(bundle(10), env);
    expect([second.cache, second.total]).toEqual(['hit', total(10)]);
  });

  it('belongs to the code it was made from: other code gets a cache of its own', () => {
    const env = { XDG_CACHE_HOME: tempDir('mlg-cc-') };
    runBundle(bundle(10), env).save();
    const other = runBundle(bundle(11), env);
    expect([other.cache, other.total]).toEqual(['miss', total(11)]);
    other.save();
    expect(cacheFiles(env)).toHaveLength(2);
  });

  it('is not trusted when corrupt or cut short, and is written again', () => {
    const env = { XDG_CACHE_HOME: tempDir('mlg-cc-') };
    runBundle(bundle(12), env).save();
    const [file] = cacheFiles(env);
    const good = readFileSync(file!);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10]! ^= 0xff;
    for (const bad of [flipped, good.subarray(0, good.length >> 1), good.subarray(0, 20), Buffer.alloc(0)]) {
      writeFileSync(file!, bad);
      const run = runBundle(bundle(12), env);
      expect([run.cache, run.total]).toEqual(['miss', total(12)]);
      run.save();
      expect(runBundle(bundle(12), env).cache).toBe('hit');
    }
    expect(cacheFiles(env).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is neither read nor written where others could write it', () => {
    const env = { XDG_CACHE_HOME: tempDir('mlg-cc-') };
    runBundle(bundle(13), env).save();
    const [file] = cacheFiles(env);
    chmodSync(file!, 0o666);
    expect(runBundle(bundle(13), env).cache).toBe('miss');
    chmodSync(file!, 0o600);
    chmodSync(path.dirname(file!), 0o777);
    const run = runBundle(bundle(14), env);
    expect(run.cache).toBe('miss');
    run.save();
    expect(cacheFiles(env)).toHaveLength(1);
  });

  it('stays out of the way when it cannot be written or is switched off', () => {
    const blocked = tempDir('mlg-cc-');
    writeFileSync(path.join(blocked, 'not-a-folder'), '');
    const env = { XDG_CACHE_HOME: path.join(blocked, 'not-a-folder') };
    const run = runBundle(bundle(15), env);
    expect([run.cache, run.total]).toEqual(['miss', total(15)]);
    expect(() => run.save()).not.toThrow();
    const off = { XDG_CACHE_HOME: tempDir('mlg-cc-'), MCP_LEAK_GUARD_CODE_CACHE: 'off' };
    const none = runBundle(bundle(15), off);
    expect([none.cache, none.total]).toEqual(['off', total(15)]);
    none.save();
    expect(cacheFiles({ XDG_CACHE_HOME: off.XDG_CACHE_HOME })).toEqual([]);
  });
});

describe('dist/cli.js through its code cache', () => {
  const scan = (dir: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [CLI_BUNDLE, 'scan', 'app.env', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
    });
  const findings = (stdout: string): string[] =>
    (JSON.parse(stdout) as { findings: { ruleId: string; line: number; fingerprint: string }[] }).findings.map(
      (f) => `${f.ruleId}:${f.line}:${f.fingerprint}`,
    );

  it('reports the same with no cache, a new one, a used one and a corrupt one; only a scan writes one', () => {
    const dir = tempDir('mlg-cc-tree-');
    writeFileSync(path.join(dir, 'app.env'), `A=1\nGITHUB_TOKEN=${githubTokens.githubPat('codecache')}\n`);
    const env = { XDG_CACHE_HOME: tempDir('mlg-cc-') };
    const rules = spawnSync(process.execPath, [CLI_BUNDLE, 'rules'], { encoding: 'utf8', env: { ...env } });
    expect(rules.status).toBe(0);
    expect(cacheFiles(env)).toEqual([]);

    const off = scan(dir, { ...env, MCP_LEAK_GUARD_CODE_CACHE: 'off' });
    expect(off.status).toBe(1);
    expect(findings(off.stdout)).toHaveLength(1);
    expect(cacheFiles(env)).toEqual([]);

    const first = scan(dir, env);
    const [file] = cacheFiles(env);
    expect(file).toBeDefined();
    const written = statSync(file!).mtimeMs;
    const second = scan(dir, env);
    // Used as it was: a scan without a usable cache would have written it again.
    expect(statSync(file!).mtimeMs).toBe(written);
    const data = readFileSync(file!);
    data[data.length - 100]! ^= 0xff;
    writeFileSync(file!, data);
    const corrupt = scan(dir, env);
    expect(readFileSync(file!).equals(data)).toBe(false);
    for (const r of [first, second, corrupt]) {
      expect([r.status, r.stderr]).toEqual([1, off.stderr]);
      expect(findings(r.stdout)).toEqual(findings(off.stdout));
    }
  });

  it('scans on worker threads with it, and a missing body fails closed', () => {
    const dir = tempDir('mlg-cc-tree-');
    for (let i = 0; i < 1100; i++) writeFileSync(path.join(dir, `f${i}.txt`), `line ${i}\n`);
    writeFileSync(path.join(dir, 'app.env'), `GITHUB_TOKEN=${githubTokens.githubPat('codecache2')}\n`);
    const env = { XDG_CACHE_HOME: tempDir('mlg-cc-'), MCP_LEAK_GUARD_THREADS: '2' };
    for (let round = 0; round < 2; round++) {
      const r = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '.', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'], ...env },
      });
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).stats.files).toBe(1101);
      expect(findings(r.stdout)).toHaveLength(1);
    }
    const alone = tempDir('mlg-cc-bundle-');
    mkdirSync(alone, { recursive: true });
    writeFileSync(path.join(alone, 'cli.js'), readFileSync(CLI_BUNDLE));
    const missing = spawnSync(process.execPath, [path.join(alone, 'cli.js'), 'scan', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/internal error: cannot read .*cli-body\.cjs/);
  });
});
