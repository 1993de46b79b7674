/**
 * Worker threads for large tree scans: how many to start, one file scanned as it crosses threads,
 * every file coming back exactly once, and a worker that dies failing the scan instead of losing files.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from '../../src/core/config.js';
import { createEngine } from '../../src/runtime/create-engine.js';
import {
  enableWorkers,
  MIN_PARALLEL_FILES,
  scanInParallel,
  scanOne,
  workerCount,
  type Outcome,
} from '../../src/runtime/parallel.js';
import { CLI_BUNDLE } from '../helpers/cli.js';
import { tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';

const dir = tempDir('mlg-parallel-unit-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = createEngine(resolveConfig(undefined));

function tree(count: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const rel = `d${i % 7}/f${i}.js`;
    mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    const body =
      i % 50 === 3 ? `const t = "${githubTokens.githubPat(`unit-par-${i}`)}";\n` : `export const v = ${i};\n`;
    writeFileSync(path.join(dir, rel), body);
    paths.push(rel);
  }
  return paths;
}

/** A worker entry that dies as soon as it starts. */
let entries = 0;
function dyingEntry(how: string): URL {
  const file = path.join(dir, `dying-${entries++}.mjs`);
  writeFileSync(file, how);
  return pathToFileURL(file);
}

describe('workerCount', () => {
  it('is 0 until the bundle enables workers (scans from the sources stay on one thread)', () => {
    expect(workerCount(100_000, { MCP_LEAK_GUARD_THREADS: '4' })).toBe(0);
  });

  it('is 0 below the threshold, else the cores asked for minus this thread, at most 7', () => {
    enableWorkers(pathToFileURL(CLI_BUNDLE));
    expect(workerCount(MIN_PARALLEL_FILES - 1, { MCP_LEAK_GUARD_THREADS: '4' })).toBe(0);
    expect(workerCount(MIN_PARALLEL_FILES, { MCP_LEAK_GUARD_THREADS: '4' })).toBe(3);
    expect(workerCount(MIN_PARALLEL_FILES, { MCP_LEAK_GUARD_THREADS: '1' })).toBe(0);
    expect(workerCount(MIN_PARALLEL_FILES, { MCP_LEAK_GUARD_THREADS: '64' })).toBe(7);
    const byCores = workerCount(MIN_PARALLEL_FILES, {});
    expect(workerCount(MIN_PARALLEL_FILES, { MCP_LEAK_GUARD_THREADS: 'many' })).toBe(byCores);
  });
});

describe('scanOne', () => {
  it('returns the engine result without the text, a skip, or a read error', async () => {
    const [rel] = tree(4).slice(3);
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 0]));
    const unit = await scanOne(engine, dir, rel!);
    expect(unit).toMatchObject({
      kind: 'unit',
      path: rel,
      result: { findings: [expect.objectContaining({ ruleId: 'github-pat' })] },
    });
    expect(JSON.stringify(unit)).not.toContain('export const');
    expect(await scanOne(engine, dir, 'blob.bin')).toEqual({ kind: 'skipped', path: 'blob.bin', reason: 'binary' });
    expect(await scanOne(engine, dir, 'd3/f3.js/x')).toEqual({
      kind: 'error',
      path: 'd3/f3.js/x',
      message: 'cannot read d3/f3.js/x: ENOTDIR',
    });
  });
});

describe('scanInParallel', () => {
  it('brings back every file exactly once, with the findings it holds', async () => {
    enableWorkers(pathToFileURL(CLI_BUNDLE));
    const paths = tree(700);
    const outcomes: Outcome[] = [];
    await scanInParallel(engine, dir, paths, 2, { root: dir }, (o) => outcomes.push(o));
    expect(outcomes.map((o) => o.path).sort()).toEqual([...paths].sort());
    const withFindings = outcomes
      .filter((o) => o.kind === 'unit' && o.result.findings.some((f) => f.ruleId === 'github-pat'))
      .map((o) => o.path)
      .sort();
    expect(withFindings).toEqual(paths.filter((_p, i) => i % 50 === 3).sort());
  });

  it('fails the scan when a worker exits early', async () => {
    enableWorkers(dyingEntry('process.exit(3);\n'));
    const scan = scanInParallel(engine, dir, tree(200), 1, { root: dir }, () => undefined);
    await expect(scan).rejects.toThrow('a scan worker stopped early (exit 3)');
  });

  it('fails the scan when a worker throws', async () => {
    enableWorkers(dyingEntry("throw new Error('worker broke');\n"));
    const scan = scanInParallel(engine, dir, tree(200), 1, { root: dir }, () => undefined);
    await expect(scan).rejects.toThrow('worker broke');
  });
});
