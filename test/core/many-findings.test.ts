/**
 * Files that are nothing but findings: one large file finds exactly what the same lines split over
 * many small files find, whether the lines are tokens (the large file is scanned in chunks) or the
 * servers of one MCP config (each hit is placed in its server's slot). The time they take is
 * measured by bench/redos, not here.
 */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { CHUNK_SIZE, Engine } from '../../src/core/engine.js';
import type { RawFinding } from '../../src/core/types.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';
import { githubTokens } from '../helpers/tokens/github.js';

const engine = new Engine(resolveConfig(undefined), { mcpAnalyzer: analyzeMcp, extraRules: MCP_RULES });

/** What a finding says, without where it is (line numbers differ between one file and its parts). */
const gist = (f: RawFinding): string => JSON.stringify([f.ruleId, f.raw, f.mcp ?? null, f.message, f.remediation]);

async function gists(files: [string, string][]): Promise<string[]> {
  const out: string[] = [];
  for (const [path, text] of files) for (const f of (await engine.scan({ path, text })).findings) out.push(gist(f));
  return out.sort();
}

describe('one large file of findings', () => {
  it('lines of tokens past the chunk size: the same findings as the lines split over 52 files', async () => {
    const lines = Array.from({ length: 26_000 }, (_, i) => `K${i}=${githubTokens.githubPat(`many-${i}`)}`);
    const whole = `${lines.join('\n')}\n`;
    expect(whole.length).toBeGreaterThan(CHUNK_SIZE);
    const parts: [string, string][] = [];
    for (let f = 0; f < 52; f++) parts.push([`keys/k${f}.env`, `${lines.slice(f * 500, (f + 1) * 500).join('\n')}\n`]);
    const one = await gists([['keys.env', whole]]);
    expect(one).toHaveLength(26_000);
    expect(one).toEqual(await gists(parts));
  }, 120_000);

  it('an .mcp.json of 4,000 servers, a token each: the same findings as 40 configs of 100 servers', async () => {
    const server = (i: number): string =>
      `"s${i}": {"command": "npx", "env": {"GITHUB_TOKEN": "${githubTokens.githubPat(`server-${i}`)}"}}`;
    const config = (from: number, to: number): string => {
      const servers: string[] = [];
      for (let i = from; i < to; i++) servers.push(server(i));
      return `{"mcpServers": {\n${servers.join(',\n')}\n}}\n`;
    };
    const parts: [string, string][] = [];
    for (let f = 0; f < 40; f++) parts.push([`.mcp.json`, config(f * 100, (f + 1) * 100)]);
    const one = await gists([['.mcp.json', config(0, 4000)]]);
    expect(one).toHaveLength(4000);
    expect(JSON.parse(one[0]!)[2]).toEqual(expect.objectContaining({ slot: 'env.GITHUB_TOKEN' }));
    expect(one).toEqual(await gists(parts));
  }, 120_000);
});
