import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { incidentPlan, incidentsByProvider } from '../../src/incident/plan.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';

describe('incident plan for a retired client', () => {
  it('names the successor and its way to reference a secret', async () => {
    const engine = new Engine(resolveConfig(undefined), { mcpAnalyzer: analyzeMcp, extraRules: MCP_RULES });
    const literal = randomChars(ALNUM, 32, 'incident-roo');
    const text = JSON.stringify({ mcpServers: { acme: { command: 'acme-mcp', env: { ACME_API_KEY: literal } } } });
    const result = await engine.scan({ path: '.roo/mcp.json', text });
    const findings = result.findings.map((f) => ({ ...f, file: '.roo/mcp.json' }));
    const plan = incidentPlan(incidentsByProvider(findings, MCP_RULES), false);
    expect(plan).toMatch(/Roo Code: .*Roo Code is retired \(2026-05-15\); its successor is Kilo Code: .*\{env:VAR\}/);
    expect(plan).not.toContain(literal);
  });
});
