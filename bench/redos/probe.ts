// Times every own rule's pattern, and the whole engine, on pathological 1 MB inputs. Bundled from
// the sources by bench/redos/run.mjs (esbuild), so it measures exactly the rules the CLI ships.
// MLG_REDOS_PART=shapes: only the many-match shapes, with a hash of their findings (for --against).
import { createHash } from 'node:crypto';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { findMatches } from '../../src/core/rules/define.js';
import { FAMILIES } from '../../src/core/rules/index.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** Inputs that hurt backtracking regexes: long runs of what a pattern accepts, near-miss prefixes. */
function inputsFor(keyword: string): Record<string, string> {
  return {
    letters: fill('a'),
    digits: fill('0'),
    base64ish: fill('aZ0+/'),
    urlsafe: fill('aZ0_-.'),
    'keyword then run': keyword + fill('A'),
    'repeated keyword': fill(keyword),
    'keyword near-misses': fill(`${keyword}x `),
    'keyword + digits': fill(`${keyword}0`),
    'url with params': `https://a.b/?${fill('k=v&')}`,
    'colons and quotes': fill(`authorization: "bearer ${keyword}`),
  };
}

interface Row {
  rule: string;
  input: string;
  msPerMb: number;
  /** CPU time (user + system, every thread: GC included) of the same round, per MB. */
  cpuMsPerMb?: number;
  /** Count and hash of every finding (rule, position, fingerprint, severity, message, MCP context). */
  findings?: string;
}
const rows: Row[] = [];
const shapesOnly = process.env['MLG_REDOS_PART'] === 'shapes';
for (const family of shapesOnly ? [] : FAMILIES) {
  for (const spec of family.rules) {
    const re = new RegExp(spec.pattern.source, [...new Set([...spec.pattern.flags, 'g', 'd'])].join(''));
    for (const [name, text] of Object.entries(inputsFor(spec.keywords[0]!))) {
      const t0 = performance.now();
      findMatches(spec, re, text);
      rows.push({ rule: spec.id, input: name, msPerMb: (performance.now() - t0) / (text.length / MB) });
    }
  }
}
// The whole engine (preset rules and the MCP analysis included), on the same shapes under config paths.
const engine = new Engine(resolveConfig(undefined), { mcpAnalyzer: analyzeMcp, extraRules: MCP_RULES });
for (const path of shapesOnly ? [] : ['.mcp.json', 'config.yaml', 'x.toml', 'README.md', 'a.js']) {
  for (const [name, text] of Object.entries(inputsFor('mcpServers'))) {
    // Best of three: a shared machine's noise only ever adds time.
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      await engine.scan({ path, text });
      best = Math.min(best, performance.now() - t0);
    }
    rows.push({ rule: `engine (${path})`, input: name, msPerMb: best / (text.length / MB) });
  }
}
// Shapes whose cost grows with the number of matches rather than the bytes: many findings in one
// file (every match of the preset's rules goes through secretlint), and an MCP config with many
// servers (each provider hit is placed in its slot). Size: MCP_LEAK_GUARD_SHAPE_KB (default 1024).
const shapeBytes = Number(process.env['MCP_LEAK_GUARD_SHAPE_KB'] ?? 1024) * 1024;
for (const [path, name, text] of manyMatchShapes(shapeBytes)) {
  let best = Infinity;
  let bestCpu = Infinity;
  let findings = '';
  // Best of four: one round of these shapes is long enough for a burst of machine noise (a CI
  // neighbour, a GC of the previous shape) to land in it; the best round measures the code.
  for (let round = 0; round < 4; round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await engine.scan({ path, text });
    best = Math.min(best, performance.now() - t0);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
    findings ||= digest(result.findings);
  }
  const mb = text.length / MB;
  rows.push({ rule: `engine (${path})`, input: name, msPerMb: best / mb, cpuMsPerMb: bestCpu / mb, findings });
}
process.stdout.write(JSON.stringify(rows));

function digest(findings: readonly object[]): string {
  const h = createHash('sha256');
  for (const f of findings) {
    const { ruleId, file, line, column, endLine, endColumn, fingerprint, severity, message, secret, mcp } = f as Record<
      string,
      unknown
    >;
    h.update(
      JSON.stringify([ruleId, file, line, column, endLine, endColumn, fingerprint, severity, message, secret, mcp]),
    );
  }
  return `${findings.length} ${h.digest('hex').slice(0, 16)}`;
}

/** A GitHub-shaped token (right prefix, charset and CRC32 tail), different for each `i`. */
function githubToken(i: number): string {
  const body = (i.toString(36) + 'Qx7Lp2Vw9Rt4Zk8Nm3Hj6Bc5Df1Gs0Ya').slice(0, 30);
  let crc = 0xffffffff;
  for (let k = 0; k < body.length; k++) {
    crc ^= body.charCodeAt(k);
    for (let b = 0; b < 8; b++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let n = (crc ^ 0xffffffff) >>> 0;
  let tail = '';
  while (n > 0) {
    tail = A[n % 62] + tail;
    n = Math.floor(n / 62);
  }
  return ['gh', 'p_', body, tail.padStart(6, '0')].join('');
}

function manyMatchShapes(bytes: number): [string, string, string][] {
  const lines: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    lines.push(githubToken(i));
    size += 41;
  }
  const servers: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const s = `"s${i}": {"command": "npx", "env": {"GITHUB_TOKEN": "${githubToken(i)}"}}`;
    servers.push(s);
    size += s.length + 2;
  }
  return [
    ['tokens.txt', 'lines of GitHub tokens', lines.join('\n')],
    ['.mcp.json', 'N servers, a token each', `{"mcpServers": {\n${servers.join(',\n')}\n}}`],
  ];
}
