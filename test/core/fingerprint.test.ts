/**
 * Fingerprints without a baseline: a value a dictionary could hold is hashed slowly (scrypt), so
 * JSON or SARIF output does not give it away to a list of common passwords; random tokens keep the
 * fast hash. Both are the same in every run. A baseline written before salts still matches.
 */
import { createHash, scryptSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { createEngine, runScan } from '../../src/runtime/run-scan.js';
import type { ScanSource } from '../../src/sources/types.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';

const config = resolveConfig(undefined);
const sha256 = (v: string): string => createHash('sha256').update(v).digest('hex').slice(0, 16);
const hashOf = (fingerprint: string): string => fingerprint.split(':').at(-1)!;

function source(text: string): ScanSource {
  return {
    label: 'fingerprints',
    async *items() {
      yield { kind: 'unit', unit: { path: 'app.env', text }, bytes: text.length };
    },
  };
}

const password = randomChars(ALNUM, 20, 'fingerprint-password');
const token = githubTokens.githubPat('fingerprint-token');
const text = `DB_PASSWORD="${password}"\nGH=${token}\n`;

describe('fingerprints without a baseline', () => {
  it('hash a guessable value with scrypt, the same in every run; a random token with SHA-256', async () => {
    const [a, b] = [
      await runScan(source(text), { config }),
      await runScan(source(text), { config }, createEngine(config)),
    ];
    const byRule = (r: typeof a) => Object.fromEntries(r.findings.map((f) => [f.ruleId, hashOf(f.fingerprint)]));
    const hashes = byRule(a);
    expect(Object.keys(hashes).sort()).toEqual(['generic-credential-assignment', 'github-pat']);
    expect(byRule(b)).toEqual(hashes);
    const pw = hashes['generic-credential-assignment']!;
    expect(pw).not.toBe(sha256(password));
    expect(pw).toBe(scryptSync(password, 'mcp-leak-guard fingerprint', 8, { N: 1 << 12, r: 8, p: 1 }).toString('hex'));
    expect(hashes['github-pat']).toBe(sha256(token));
  });

  it('a dictionary of plain hashes recovers nothing from JSON output', async () => {
    const dictionary = ['hunter2', 'password1', password, 'letmein', 'changeit'];
    const r = await runScan(source(`DB_PASSWORD="${password}"\n`), { config });
    const fp = hashOf(r.findings[0]!.fingerprint);
    expect(dictionary.filter((w) => sha256(w) === fp)).toEqual([]);
  });

  it('against a baseline written before salts, hash as it did, so its entries still match', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mlg-fp-')), 'old.json');
    const entry = (ruleId: string, v: string) => ({
      fingerprint: `worktree:app.env:${ruleId}:${sha256(v)}`,
      ruleId,
      file: 'app.env',
      line: 1,
    });
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        tool: 'mcp-leak-guard',
        findings: [entry('generic-credential-assignment', password), entry('github-pat', token)],
      }),
    );
    const r = await runScan(source(text), { config, baselinePath: file });
    expect(r.findings).toEqual([]);
    expect(r.stats.baselined).toBe(2);
  });
});
