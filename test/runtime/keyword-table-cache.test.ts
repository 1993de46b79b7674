/**
 * The keyword pass's tables kept between runs: private files in the cache folder, read back only
 * whole and only from where this user alone writes, and a scan reports the same with or without them.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KeywordMatcher } from '../../src/core/keywords.js';
import { keywordTableCache } from '../../src/runtime/keyword-table-cache.js';
import { cacheFiles } from '../helpers/cache-files.js';
import { CLI_BUNDLE } from '../helpers/cli.js';
import { tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';

const tableFiles = (env: Record<string, string>): string[] => cacheFiles(env, 'keywords-');

describe('the keyword table cache', () => {
  const keywords = ['ghp_', 'token', 'akia'];
  const key = KeywordMatcher.tablesKey(keywords);

  it('writes private files and reads them back whole', () => {
    const env = { XDG_CACHE_HOME: tempDir('mlg-kt-') };
    const store = keywordTableCache(env)!;
    expect(store.load(key)).toBeUndefined();
    new KeywordMatcher(keywords, [], store);
    const [file] = tableFiles(env);
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    expect(Buffer.from(store.load(key)!)).toEqual(Buffer.from(new KeywordMatcher(keywords).toBytes()));
  });

  it('reads nothing damaged, nothing another user may have written, and nothing when turned off', () => {
    const env = { XDG_CACHE_HOME: tempDir('mlg-kt-') };
    const store = keywordTableCache(env)!;
    new KeywordMatcher(keywords, [], store);
    const [file] = tableFiles(env);
    const data = readFileSync(file!);
    data[data.length - 8]! ^= 0xff;
    writeFileSync(file!, data);
    expect(store.load(key)).toBeUndefined();
    new KeywordMatcher(keywords, [], store);
    expect(store.load(key)).toBeDefined();
    chmodSync(file!, 0o666);
    expect(store.load(key)).toBeUndefined();
    expect(keywordTableCache({ ...env, MCP_LEAK_GUARD_CODE_CACHE: 'off' })).toBeUndefined();
  });

  it('is written by the first scan, and scans report the same with none, a new one and a damaged one', () => {
    const dir = tempDir('mlg-kt-tree-');
    writeFileSync(path.join(dir, 'app.env'), `A=1\nGITHUB_TOKEN=${githubTokens.githubPat('tables')}\n`);
    const env = { XDG_CACHE_HOME: tempDir('mlg-kt-') };
    const scan = (extra: Record<string, string> = {}) =>
      spawnSync(process.execPath, [CLI_BUNDLE, 'scan', '.', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'], ...env, ...extra },
      });
    const findings = (stdout: string): string[] =>
      (JSON.parse(stdout) as { findings: { ruleId: string; line: number; fingerprint: string }[] }).findings.map(
        (f) => `${f.ruleId}:${f.line}:${f.fingerprint}`,
      );
    const off = scan({ MCP_LEAK_GUARD_CODE_CACHE: 'off' });
    expect(tableFiles(env)).toEqual([]);
    const first = scan();
    const [file] = tableFiles(env);
    expect(file).toBeDefined();
    const written = statSync(file!).mtimeMs;
    const second = scan();
    // Read as it was: tables that had to be built would have been written again.
    expect(statSync(file!).mtimeMs).toBe(written);
    const data = readFileSync(file!);
    data[200]! ^= 0xff;
    writeFileSync(file!, data);
    const damaged = scan();
    for (const r of [off, first, second, damaged]) {
      expect(r.status).toBe(1);
      expect(findings(r.stdout)).toHaveLength(1);
      expect(findings(r.stdout)).toEqual(findings(off.stdout));
    }
  });
});
