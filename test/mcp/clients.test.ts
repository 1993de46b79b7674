import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';
import { clientFixtures, DECOYS } from './fixtures.js';

const engine = new Engine(resolveConfig(undefined), { mcpAnalyzer: analyzeMcp, extraRules: MCP_RULES });

function positionOf(text: string, value: string): { line: number; column: number } {
  const at = text.indexOf(value);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe.each(clientFixtures().map((f) => [`${f.client} (${f.path})`, f] as const))('%s', (_name, fixture) => {
  it('finds every planted literal at its exact position, with client, server and slot', async () => {
    const result = await engine.scan({ path: fixture.path, text: fixture.text });
    const secrets = result.findings.filter((f) => f.category === 'secret');
    const got = secrets.map((f) => ({ rule: f.ruleId, line: f.line, column: f.column, mcp: f.mcp }));
    const want = fixture.planted.map((pl) => ({
      rule: 'mcp-literal-credential',
      ...positionOf(fixture.text, pl.value),
      mcp: { client: fixture.client, server: pl.server, slot: pl.slot },
    }));
    expect(got).toEqual(expect.arrayContaining(want));
    expect(got).toHaveLength(want.length);
    for (const f of secrets) expect(f.endColumn - f.column).toBe(32);
  });

  it('reports nothing for references, placeholders and plain values', async () => {
    const result = await engine.scan({ path: fixture.path, text: fixture.text });
    const decoyLines = new Set(
      Object.keys(DECOYS).map((name) => fixture.text.split('\n').findIndex((l) => l.includes(name)) + 1),
    );
    for (const f of result.findings) expect(decoyLines.has(f.line)).toBe(false);
  });

  it('summarises the file: client, servers, references and literals', async () => {
    const result = await engine.scan({ path: fixture.path, text: fixture.text });
    expect(result.mcp?.client).toBe(fixture.client);
    expect(result.mcp?.servers.map((s) => s.name).sort()).toEqual(['local', 'openapi', 'remote']);
    const literals = Object.fromEntries(result.mcp!.servers.map((s) => [s.name, s.literals]));
    expect(literals).toEqual({ local: 3, remote: 2, openapi: 1 });
    const local = result.mcp!.servers.find((s) => s.name === 'local')!;
    // Seven decoys are reference syntaxes.
    expect(local.references).toBeGreaterThanOrEqual(7);
  });

  it(
    fixture.personal ? 'flags the personal config as committed' : 'does not call a project config personal',
    async () => {
      const result = await engine.scan({ path: fixture.path, text: fixture.text });
      const personal = result.findings.filter((f) => f.ruleId === 'mcp-user-config-committed');
      expect(personal).toHaveLength(fixture.personal ? 1 : 0);
      if (fixture.personal) expect(personal[0]).toMatchObject({ line: 1, severity: 'error', category: 'mcp-config' });
    },
  );
});
