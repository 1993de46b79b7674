import { describe, expect, it } from '@jest/globals';
import { chunkRanges, Engine } from '../../src/core/engine.js';
import { resolveConfig, validateConfig } from '../../src/core/config.js';
import { p } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const engine = (user?: unknown): Engine => new Engine(resolveConfig(user ? validateConfig(user, 'test') : undefined));
const scan = (text: string, path = 'f.txt', user?: unknown) => engine(user).scan({ path, text });

describe('Engine', () => {
  it('reports a secret at its exact 1-based position with a redacted value', async () => {
    const t = githubTokens.githubPat();
    const text = `line one\n  const token = "${t}";\n`;
    const { findings } = await scan(text);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.ruleId).toBe('github-pat');
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([2, 18, 2, 18 + t.length]);
    expect(f.secret).not.toContain(t);
    expect(f.fingerprint).toMatch(/^worktree:f\.txt:github-pat:[0-9a-f]{16}$/);
  });

  it('skips text that holds no keyword without running any rule', async () => {
    const { findings } = await scan('just some ordinary prose\nwith no credentials in it\n'.repeat(1000));
    expect(findings).toEqual([]);
  });

  it('maps unit lines to file lines through lineMap and keeps commit metadata', async () => {
    const t = googleTokens.googleApiKey();
    const e = engine();
    const { findings } = await e.scan({
      path: 'x.env',
      text: `A=1\nKEY=${t}\n`,
      lineMap: [40, 41],
      meta: { commit: 'abc123', author: 'A <a@b>', date: '2026-01-01T00:00:00Z' },
    });
    expect(findings[0]).toMatchObject({ line: 41, commit: 'abc123', author: 'A <a@b>' });
    expect(findings[0]!.fingerprint.startsWith('abc123:x.env:google-api-key:')).toBe(true);
  });

  it('drops references and placeholders in place of a secret', async () => {
    const fake = p('AI', 'za', 'YOUR_API_KEY_HERE_xxxxxxxxxxxxxxxxxxxxx').slice(0, 39);
    const { findings } = await scan(`key: ${fake}\n`);
    expect(findings).toEqual([]);
  });

  it('honours inline allow comments and secretlint directives', async () => {
    const t = googleTokens.googleApiKey();
    const text = [
      `a = "${t}" # mcp-leak-guard:allow`,
      '# mcp-leak-guard:allow-next-line',
      `b = "${t}"`,
      `c = "${t}" // secretlint-disable-line`,
      `d = "${t}"`,
    ].join('\n');
    const { findings } = await scan(text);
    expect(findings.map((f) => f.line)).toEqual([5]);
  });

  it('applies rule settings, path and value allowlists, and custom rules', async () => {
    const t = googleTokens.googleApiKey();
    expect((await scan(t, 'a.txt', { rules: { 'google-api-key': 'warning' } })).findings[0]!.severity).toBe('warning');
    expect((await scan(t, 'a.txt', { rules: { 'google-api-key': 'off' } })).findings).toEqual([]);
    const allowed = await scan(t, 'fixtures/a.txt', { allowlist: { paths: ['fixtures/**'] } });
    expect(allowed.allowlisted).toBe(true);
    expect((await scan(t, 'a.txt', { allowlist: { values: [t] } })).findings).toEqual([]);
    expect((await scan(t, 'a.txt', { allowlist: { regexes: [`^${t.slice(0, 10)}`] } })).findings).toEqual([]);
    const custom = { customRules: [{ id: 'acme-key', pattern: 'acme_[a-z0-9]{20}', keywords: ['acme_'] }] };
    const c = await scan(`x = ${p('acme', '_')}k3j5h6g7f8d9s0a1q2w3`, 'a.txt', custom);
    expect(c.findings.map((f) => f.ruleId)).toEqual(['acme-key']);
  });

  it('finds a token cut by a chunk boundary inside a huge single line', async () => {
    const t = googleTokens.googleApiKey();
    const pad = 'a'.repeat((1 << 20) - 10);
    const { findings } = await scan(`${pad} ${t} ${'b'.repeat(5000)}`);
    expect(findings.map((f) => f.ruleId)).toEqual(['google-api-key']);
    expect(findings[0]!.column).toBe(pad.length + 2);
  });
});

describe('chunkRanges', () => {
  it('covers the text, cutting at newlines when it can and overlapping when it cannot', () => {
    const text = `${'x'.repeat(70)}\n${'y'.repeat(70)}\n${'z'.repeat(300)}`;
    const ranges = chunkRanges(text, 100, 10);
    expect(ranges[0]).toEqual([0, 71]);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeLessThanOrEqual(ranges[i - 1]![1]);
    expect(ranges.at(-1)![1]).toBe(text.length);
  });
});

describe('hostile input', () => {
  it('detects every match of a rule however many there are (the reporting cap comes after filtering)', async () => {
    const lines = Array.from({ length: 1025 }, (_, i) => `k${i} = "${googleTokens.googleApiKey(`cap-${i}`)}"`);
    const { findings, notes } = await scan(lines.join('\n'), 'dump.txt');
    expect(findings).toHaveLength(1025);
    expect(notes).toEqual([]);
  });
});
