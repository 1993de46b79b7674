/**
 * Holes through which a secret could pass a scan unreported, each closed: decoder budgets that
 * run out (per kind, with a note), directives in prose, JSON `\u` escapes inside a token, and
 * tokens echoed through MCP server names.
 */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { MAX_CANDIDATES } from '../../src/core/encoded.js';
import { Engine } from '../../src/core/engine.js';
import type { ScanUnit } from '../../src/core/types.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';
import { UNKNOWN_CLIENT } from '../../src/mcp/clients.js';
import { slotClaimer } from '../../src/mcp/slot-claims.js';
import { BASE64, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const engine = new Engine(resolveConfig(undefined), { mcpAnalyzer: analyzeMcp, extraRules: MCP_RULES });
const scan = (path: string, text: string, extra: Partial<ScanUnit> = {}) => engine.scan({ path, text, ...extra });
/** `\uXXXX` for one character, as a JSON writer may escape it. */
const u = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const harmless = (n: number): string =>
  Array.from({ length: n }, (_, i) => `k${i}: ${randomChars(BASE64, 24, `noise-${i}`)}`).join('\n');

describe('decoder budgets', () => {
  it('count per kind: a percent-encoded token behind more base64 candidates than the budget is found', async () => {
    const t = githubTokens.githubPat('behind-base64');
    const text = `${harmless(MAX_CANDIDATES + 5)}\nurl: https://x.test/cb?t=${encodeURIComponent('g')}%${'g'.charCodeAt(0).toString(16)}${t.slice(1)}\n`;
    const { findings, notes } = await scan('values.yaml', text.replace(`${encodeURIComponent('g')}%`, '%'));
    expect(findings.map((f) => f.ruleId)).toEqual(['github-pat']);
    expect(findings[0]!.message).toContain('percent-encoded');
    expect(notes).toEqual([
      expect.objectContaining({ file: 'values.yaml', level: 'warning', message: expect.stringContaining('base64') }),
    ]);
  });

  it('say so in a note when one runs out, never silently', async () => {
    const t = githubTokens.githubPat('after-budget');
    const text = `${harmless(MAX_CANDIDATES)}\nsecret: ${Buffer.from(`token=${t}`).toString('base64')}\n`;
    const { notes } = await scan('values.yaml', text);
    expect(notes.map((n) => n.message)).toEqual([
      `more than ${MAX_CANDIDATES} base64 candidates: only the first ${MAX_CANDIDATES} were decoded and scanned, the rest were not`,
    ]);
    // Under the budget the same token is found.
    const small = await scan(
      'values.yaml',
      `${harmless(10)}\nsecret: ${Buffer.from(`token=${t}`).toString('base64')}\n`,
    );
    expect(small.findings.map((f) => f.ruleId)).toEqual(['github-pat']);
    expect(small.notes).toEqual([]);
  });
});

describe('inline directives', () => {
  it('in prose switch nothing off', async () => {
    const t = githubTokens.githubPat('prose');
    const readme = `# Notes\n\nTo silence a false positive, write secretlint-disable in a comment.\n\n    GH=${t}\n`;
    expect((await scan('README.md', readme)).findings.map((f) => f.ruleId)).toEqual(['github-pat']);
    const code = `const help = "use secretlint-disable-next-line here";\nconst t = "${t}";\n`;
    expect((await scan('src/a.js', code)).findings.map((f) => f.ruleId)).toEqual(['github-pat']);
    const yaml = `# we never use secretlint-disable in this repository\nkey: ${t}\n`;
    expect((await scan('c.yaml', yaml)).findings.map((f) => f.ruleId)).toEqual(['github-pat']);
  });

  it("in a comment of the file's own syntax suppress, and every suppression is listed", async () => {
    const t = githubTokens.githubPat('directive');
    const env = `# secretlint-disable\nA=${t}\nB=${githubTokens.githubPat('directive-2')}\n# secretlint-enable\nC=${googleTokens.googleApiKey('after')}\n`;
    const r = await scan('.env', env);
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([['google-api-key', 5]]);
    expect(r.suppressed).toEqual([
      { file: '.env', line: 2, ruleId: 'github-pat', directive: 'secretlint-disable', directiveLine: 1 },
      expect.objectContaining({ line: 3, directive: 'secretlint-disable', directiveLine: 1 }),
    ]);
    const js = `const a = "${t}"; // mcp-leak-guard:allow\n`;
    const j = await scan('a.js', js);
    expect(j.findings).toEqual([]);
    expect(j.suppressed).toEqual([expect.objectContaining({ line: 1, directive: 'mcp-leak-guard:allow' })]);
    // `#` opens no comment in JavaScript.
    expect((await scan('a.js', `const a = "${t}"; # mcp-leak-guard:allow\n`)).findings).toHaveLength(1);
  });
});

describe('JSON \\u escapes', () => {
  it('are decoded before the rules run, and the finding sits at the raw text', async () => {
    const t = githubTokens.githubPat('escaped');
    const raw = `${u(t[0]!)}${t.slice(1, 10)}${u(t[10]!)}${t.slice(11)}`;
    const text = `{\n  "token": "${raw}"\n}\n`;
    const { findings } = await scan('settings.json', text);
    expect(findings.map((f) => f.ruleId)).toEqual(['github-pat']);
    const f = findings[0]!;
    const col = text.split('\n')[1]!.indexOf(raw) + 1;
    expect([f.line, f.column, f.endColumn]).toEqual([2, col, col + raw.length]);
    expect(f.message).toContain('\\u escapes');
    expect(JSON.stringify(findings.map(({ raw: _, ...pub }) => pub))).not.toContain(t);
  });

  it('in .mcp.json headers and args: the client decodes them, so the finding has the MCP context', async () => {
    const t = githubTokens.githubPat('escaped-header');
    const header = `Bearer ${u('g')}${t.slice(1)}`;
    const text = `{"mcpServers": {"gh": {"url": "https://api.example.test/mcp", "headers": {"Authorization": "${header}"}}, "cli": {"command": "gh-mcp", "args": ["--token", "${u('g')}${u('h')}${t.slice(2)}"]}}}`;
    const { findings } = await scan('.mcp.json', text);
    const gh = findings.filter((f) => f.ruleId === 'github-pat');
    expect(gh.map((f) => f.mcp?.server).sort()).toEqual(['cli', 'gh']);
    expect(gh.find((f) => f.mcp?.server === 'gh')!.mcp!.slot).toBe('headers.Authorization');
  });
});

describe('strings echoed from the scanned file', () => {
  it('a token pasted as an MCP server name is redacted in the summary, contexts and messages', async () => {
    const t = githubTokens.githubPat('server-name');
    const text = JSON.stringify({
      mcpServers: { [t]: { command: 'x', env: { API_KEY: randomChars(BASE64, 32, 'lit') } } },
    });
    const r = await scan('.mcp.json', text);
    expect(r.findings.length).toBeGreaterThan(0);
    const echoed = JSON.stringify({
      summary: r.mcp,
      findings: r.findings.map(({ raw: _, ...f }) => f),
      notes: r.notes,
    });
    expect(echoed).not.toContain(t);
    expect(r.mcp!.servers[0]!.name).toMatch(/^ghp_\*\*\*\*/);
  });
});

describe('slot claims', () => {
  it('give each hit the narrowest slot holding it, looked up without visiting every slot', () => {
    const slot = (start: number, end: number, slot: string) => ({
      start,
      end,
      context: { client: 'c', server: 's', slot },
      client: UNKNOWN_CLIENT,
    });
    const claim = slotClaimer(
      [slot(200, 300, 'far'), slot(0, 100, 'url'), slot(30, 40, 'other'), slot(10, 20, 'query')],
      () => undefined,
    );
    const at = (start: number, end: number) => claim(start, end)?.context.slot;
    expect([at(12, 18), at(25, 28), at(35, 45), at(150, 160), at(200, 300), at(5, 120)]).toEqual([
      'query',
      'url',
      'url',
      undefined,
      'far',
      undefined,
    ]);
  });
});
