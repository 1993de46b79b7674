/**
 * Large tree scans run on worker threads in the bundle: the report is the same as on one thread,
 * findings, MCP summaries, skips and counts alike.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBundle } from '../helpers/cli.js';
import { tempDir } from '../helpers/repo.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';

const dir = tempDir('mlg-parallel-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallel tree scan', () => {
  it('reports exactly what a one-thread scan reports', () => {
    for (let i = 0; i < 1500; i++) {
      const sub = path.join(dir, `pkg${i % 37}`);
      mkdirSync(sub, { recursive: true });
      let body = `export const v${i} = ${i};\n`;
      if (i % 250 === 7) body += `const t = "${githubTokens.githubPat(`par-${i}`)}";\n`;
      if (i % 500 === 11)
        body = JSON.stringify({
          mcpServers: { s: { command: 'x', env: { S_API_KEY: randomChars(ALNUM, 32, `par-${i}`) } } },
        });
      writeFileSync(path.join(sub, i % 500 === 11 ? `.mcp.json` : `f${i}.js`), body);
    }
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 3]));
    const parallel = runBundle(['scan', '.', '--format', 'json'], { cwd: dir, env: { MCP_LEAK_GUARD_THREADS: '3' } });
    const serial = runBundle(['scan', '.', '--format', 'json'], { cwd: dir, env: { MCP_LEAK_GUARD_THREADS: '1' } });
    expect(parallel.code).toBe(1);
    expect(serial.code).toBe(1);
    const a = JSON.parse(parallel.stdout);
    const b = JSON.parse(serial.stdout);
    expect(a.findings.length).toBeGreaterThanOrEqual(8);
    expect(a.findings).toEqual(b.findings);
    expect(a.mcpConfigs).toEqual(b.mcpConfigs);
    const { durationMs: _a, ...sa } = a.stats;
    const { durationMs: _b, ...sb } = b.stats;
    expect(sa).toEqual(sb);
  });
});
