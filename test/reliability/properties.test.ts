/**
 * Property tests (fast-check): over generated secrets and contexts, no output format ever holds a
 * full secret; crafted file names cannot break out of a workflow command; the parsers and the
 * engine never throw and keep positions inside the text.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { commentBody } from '../../src/action/comment.js';
import { summaryMarkdown } from '../../src/action/summary.js';
import { parseConfig, type ConfigFormat } from '../../src/mcp/parse/index.js';
import type { ConfigNode } from '../../src/mcp/parse/node.js';
import { renderGithub } from '../../src/report/github.js';
import { renderHookGuidance } from '../../src/report/hook-text.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { resolveConfig } from '../../src/core/config.js';
import type { ScanResult } from '../../src/core/result.js';
import { createEngine, runScan } from '../../src/runtime/run-scan.js';
import type { ScanSource } from '../../src/sources/types.js';
import { ALNUM, URLSAFE, base62Crc32, p, randomChars } from '../helpers/tokens/random.js';

const config = resolveConfig(undefined);
const engine = createEngine(config);

async function scanText(path: string, text: string): Promise<ScanResult> {
  const source: ScanSource = {
    label: 'property',
    async *items() {
      yield { kind: 'unit', unit: { path, text }, bytes: text.length };
    },
  };
  return runScan(source, { config }, engine);
}

/** Random characters from a seed: real tokens are random, and shrinking must not make them `AAAA…`. */
const chars = (charset: string, n: number) => fc.integer().map((seed) => randomChars(charset, n, `prop:${seed}`));

/** Secrets of several kinds, built like real ones. */
const secrets = fc.oneof(
  chars(ALNUM, 30).map((body) => ({ secret: p('gh', 'p_', body, base62Crc32(body)), provider: true })),
  chars(URLSAFE, 35).map((body) => ({ secret: p('AI', 'za', body), provider: true })),
  chars(ALNUM, 32).map((secret) => ({ secret, provider: false })),
);

/** Where a secret sits: an env line, JSON, code, an MCP config's env or header. */
type Context = (s: string) => [path: string, text: string, mcpSlot: boolean];
const contexts = fc.constantFrom<Context>(
  (s) => ['app.env', `TOKEN=${s}\n`, false],
  (s) => ['config.json', `{"apiKey": "${s}"}`, false],
  (s) => ['src/a.ts', `const key = '${s}';\n`, false],
  (s) => ['.mcp.json', JSON.stringify({ mcpServers: { x: { command: 'x', env: { X_API_KEY: s } } } }), true],
  (s) => [
    '.vscode/mcp.json',
    JSON.stringify({ servers: { x: { url: 'https://a.dev', headers: { Authorization: `Bearer ${s}` } } } }),
    true,
  ],
);

function everyOutput(result: ScanResult): string[] {
  return [
    renderText(result, { color: false }),
    renderText(result, { color: true }),
    renderJson(result),
    renderSarif(result, '0.0.0'),
    renderGithub(result),
    renderHookGuidance(result),
    summaryMarkdown(result, 'property'),
    commentBody(result, 'abc'),
  ];
}

describe('containment', () => {
  it('no output format holds a full secret, and the redacted value keeps at most a few characters', async () => {
    await fc.assert(
      fc.asyncProperty(secrets, contexts, async ({ secret, provider }, context) => {
        const [path, text, mcpSlot] = context(secret);
        const result = await scanText(path, text);
        // Found wherever a rule or an MCP slot can know it: the property is about real findings.
        if (provider || mcpSlot) expect(result.findings.length).toBeGreaterThan(0);
        for (const out of everyOutput(result)) expect(out.includes(secret)).toBe(false);
        for (const f of result.findings) {
          const visible = (f.secret ?? '').replace(/\*+|…/g, '');
          expect(visible.length).toBeLessThanOrEqual(Math.min(12, secret.length / 2));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a crafted file name cannot end a workflow command early or start one of its own', async () => {
    const body = randomChars(ALNUM, 30, 'crafted-name');
    const token = p('gh', 'p_', body, base62Crc32(body));
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', ':', ',', '%', '\n', '\r', ' ', '=', '0') }),
        async (name) => {
          const result = await scanText(`x${name}.env`, `K=${token}\nL=${token.slice(0, -1)}Z\n`);
          const out = renderGithub(result).replace(/\n$/, '');
          for (const line of out.split('\n')) {
            expect(line).toMatch(/^::(?:error|warning) file=[^\r\n:,]*,line=\d+,endLine=\d+/);
          }
          expect(out.split('\n')).toHaveLength(result.findings.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Characters an attacker puts in names: terminal escapes, line breaks, bidi overrides, markup. */
const hostileUnit = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '\x1b',
  '\x1b[2J',
  '\x07',
  '\x00',
  '\x9b',
  '\n',
  '\r',
  '\u2028',
  '\u202e',
  '::',
  '::add-mask::',
  '::error file=x::',
  '<',
  '>',
  '<img src=x onerror=alert(1)>',
  '@',
  '@octocat',
  '[',
  ']',
  '(',
  ')',
  '](javascript:alert(1))',
  '`',
  '|',
  '!',
  '*',
  '_',
  '&',
  '#',
  'https://evil.test',
);
const hostileName = fc.string({ unit: hostileUnit, minLength: 1, maxLength: 12 });

/** Markdown with its code spans (rendered literally by GitHub) removed. */
const outsideCode = (md: string): string => md.replace(/`[^`\n]*`/g, '');

function expectInertMarkdown(md: string): void {
  const rest = outsideCode(md);
  // HTML: only the comment's own marker.
  expect(rest.replace('<!-- mcp-leak-guard:sticky-comment -->', '')).not.toMatch(/<[A-Za-z!/?]/);
  // Mentions, and links other than the remediation table's.
  expect(rest).not.toMatch(/@[A-Za-z0-9]/);
  for (const m of rest.matchAll(/\[([^\]\n]*)\]\(([^)\n]*)\)/g)) {
    expect(m[1]).toBe('revoke / rotate');
    expect(m[2]).toMatch(/^https:\/\/[\w.-]+/);
  }
  expect(rest).not.toMatch(/javascript:|https:\/\/evil/);
}

describe('names from the scanned files', () => {
  const body = randomChars(ALNUM, 30, 'names-from-files');
  const token = p('gh', 'p_', body, base62Crc32(body));

  it('never drive a terminal or the runner, and never render as markup, in any human format', async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, hostileName, async (fileName, serverName) => {
        const mcp = JSON.stringify({ mcpServers: { [serverName]: { command: 'npx', env: { GITHUB_TOKEN: token } } } });
        for (const [path, text] of [
          [`d/${fileName}.env`, `K=${token}\n`],
          ['.mcp.json', mcp],
        ] as const) {
          const result = await scanText(path, text);
          expect(result.findings.length).toBeGreaterThan(0);
          const plain = renderText(result, { color: false });
          // No control character but the line breaks the report itself writes; no line a runner reads.
          expect(plain).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
          expect(plain.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
          // With colour, ESC only starts the report's own colour codes.
          expect(renderText(result, { color: true }).replace(/\x1b\[\d+m/g, '')).not.toContain('\x1b');
          const gh = renderGithub(result).replace(/\n$/, '');
          expect(gh).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
          const lines = gh.split('\n');
          expect(lines).toHaveLength(result.findings.length + result.errors.length);
          for (const line of lines) expect(line).toMatch(/^::(?:error|warning) (?:file=[^\r\n:,]*,line=\d+|title=)/);
          expectInertMarkdown(summaryMarkdown(result, 'property'));
          expectInertMarkdown(commentBody(result, 'abc'));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a token anywhere in a server or slot name is redacted in every output', async () => {
    await fc.assert(
      fc.asyncProperty(
        secrets.filter((s) => s.provider),
        // Around the token, what ends a token (a letter glued to it makes another string).
        fc.string({ unit: fc.constantFrom('my ', ' ', '.', '<', '@', ':', '/'), maxLength: 6 }),
        fc.string({ unit: fc.constantFrom(' copy', ' ', '.', '>', '"', ':', '/'), maxLength: 6 }),
        fc.constantFrom('server', 'slot', 'both'),
        async ({ secret }, before, after, where) => {
          const name = `${before}${secret}${after}`;
          const serverName = where === 'slot' ? 'svc' : name;
          const slotName = where === 'server' ? 'API_KEY' : name;
          const text = JSON.stringify({
            mcpServers: { [serverName]: { command: 'npx', env: { [slotName]: randomChars(ALNUM, 32, secret) } } },
          });
          const result = await scanText('.mcp.json', text);
          expect(result.findings.length).toBeGreaterThan(0);
          for (const out of everyOutput(result)) expect(out.includes(secret)).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });
});

function spansInside(node: ConfigNode, length: number): boolean {
  if (node.start < 0 || node.end > length || node.start > node.end) return false;
  if (node.kind === 'object') return node.entries.every((e) => e.keySpan.end <= length && spansInside(e.value, length));
  if (node.kind === 'array') return node.items.every((n) => spansInside(n, length));
  return true;
}

describe('parsers and engine never throw', () => {
  const format = fc.constantFrom<ConfigFormat>('json', 'yaml', 'toml');
  const configish = fc.oneof(
    fc.string(),
    fc.json(),
    fc.string({
      unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '=', '\n', ' ', 'a', '#', '-', "'", '\\', '&', '*'),
    }),
  );

  it('parseConfig returns roots with spans inside the text, or an error, for any input', () => {
    fc.assert(
      fc.property(configish, format, (text, f) => {
        const out = parseConfig(text, f);
        for (const root of out.roots) expect(spansInside(root, text.length)).toBe(true);
        if (out.error) expect(out.error.offset).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('the engine keeps every finding inside the file, for any text under any config path', async () => {
    const paths = fc.constantFrom('.mcp.json', '.continue/config.yaml', '.codex/config.toml', 'README.md', 'a.txt');
    const pieces = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom('mcpServers', '"env": {', 'ghp_', 'AIza', '```json\n', '\r\n', 'Bearer ', 'https://x?api_key='),
      ),
      { maxLength: 20 },
    );
    await fc.assert(
      fc.asyncProperty(paths, pieces, async (path, parts) => {
        const text = parts.join('');
        const lines = text.split('\n');
        const { findings } = await engine.scan({ path, text });
        for (const f of findings) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.endLine).toBeLessThanOrEqual(lines.length);
          expect(f.column).toBeLessThanOrEqual((lines[f.line - 1] ?? '').length + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
