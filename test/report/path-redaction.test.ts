/**
 * A token in a scanned file's path (its name or a folder) is redacted wherever the path is echoed:
 * every output format, the fingerprint, notes, suppressions and the MCP summary.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { commentBody } from '../../src/action/comment.js';
import { summaryMarkdown } from '../../src/action/summary.js';
import { resolveConfig } from '../../src/core/config.js';
import type { ScanResult } from '../../src/core/result.js';
import { renderGithub } from '../../src/report/github.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { createEngine, runScan } from '../../src/runtime/run-scan.js';
import type { ScanSource } from '../../src/sources/types.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const config = resolveConfig(undefined);
const engine = createEngine(config);

async function scanFiles(files: [string, string][]): Promise<ScanResult> {
  const source: ScanSource = {
    label: 'property',
    async *items() {
      for (const [path, text] of files) yield { kind: 'unit', unit: { path, text }, bytes: text.length };
    },
  };
  return runScan(source, { config }, engine);
}

const outputs = (r: ScanResult): string[] => [
  renderText(r, { color: false }),
  renderText(r, { color: true }),
  renderJson(r),
  renderSarif(r, '0.0.0'),
  renderGithub(r),
  summaryMarkdown(r, 'property'),
  commentBody(r, 'abc'),
];

/** Tokens of a few kinds, random from a seed. */
const tokens = fc.oneof(
  fc.integer().map((seed) => githubTokens.githubPat(`path-${seed}`)),
  fc.integer().map((seed) => googleTokens.googleApiKey(`path-g-${seed}`)),
  fc.integer().map((seed) => googleTokens.googleClientSecret(`path-c-${seed}`)),
);

/** Where the token sits in the path. */
const placements = fc.constantFrom(
  (t: string) => `keys/${t}.env`,
  (t: string) => `${t}/app.env`,
  (t: string) => `backup/${t}/.mcp.json`,
  (t: string) => `a/b/${t}`,
);

describe('a token in a file path', () => {
  it('never appears in any output, while the file is still reported', async () => {
    await fc.assert(
      fc.asyncProperty(tokens, placements, async (token, place) => {
        const path = place(token);
        const inside = githubTokens.githubPat(`inside-${token.length}`);
        const text = path.endsWith('.mcp.json')
          ? JSON.stringify({ mcpServers: { x: { command: 'npx', env: { GITHUB_TOKEN: inside } } } })
          : `K=${inside}\n`;
        const r = await scanFiles([[path, text]]);
        expect(r.findings.length).toBeGreaterThan(0);
        for (const out of outputs(r)) expect(out.includes(token)).toBe(false);
        for (const f of r.findings) {
          expect(f.fingerprint.includes(token)).toBe(false);
          // The rest of the path stays as it was, so the file can still be found.
          expect(f.file.split('/').length).toBe(path.split('/').length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the same redacted path and fingerprint from run to run', async () => {
    const token = githubTokens.githubPat('stable-path');
    const files: [string, string][] = [[`k/${token}.env`, `K=${githubTokens.githubPat('stable-inside')}\n`]];
    const [a, b] = [await scanFiles(files), await scanFiles(files)];
    expect(a.findings.map((f) => [f.file, f.fingerprint])).toEqual(b.findings.map((f) => [f.file, f.fingerprint]));
    expect(a.findings[0]!.file).toMatch(/^k\/ghp_\*\*\*\*/);
  });
});

describe('a token in the path of a file the engine never read', () => {
  it('is redacted in read errors, skipped files and the incomplete-scan note', async () => {
    const token = githubTokens.githubPat('unread-path');
    const source: ScanSource = {
      label: 'property',
      incomplete: `git could not list keys/${token}/: permission denied`,
      async *items() {
        yield { kind: 'skipped', path: `blobs/${token}.bin`, reason: 'binary' };
        yield { kind: 'error', path: `keys/${token}.pem`, message: `keys/${token}.pem: EACCES: permission denied` };
      },
    };
    const r = await runScan(source, { config }, engine);
    // The files are still listed, with the rest of their path as it was.
    expect(r.errors.map((e) => e.path.split('/')[0])).toEqual(['keys']);
    expect(r.skippedFiles.map((s) => s.path.split('/')[0])).toEqual(['blobs']);
    for (const out of [...outputs(r), renderText(r, { color: false, verbosity: 'verbose' })])
      expect(out.includes(token)).toBe(false);
    expect(JSON.stringify(r).includes(token)).toBe(false);
  });
});
