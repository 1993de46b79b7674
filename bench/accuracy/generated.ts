// The independent corpus: tokens generated at random from each rule's documented format (its
// `format`, expanded by randexp), planted under the rule's key in every syntax of syntaxes.ts, and
// near misses of the same shape (a run, a repeated unit, a sequence, a mask, a documentation
// example) planted the same way. Nothing here comes from the rule tests. Prints JSON: recall per
// syntax, per family and per rule, for this project and secretlint's preset, and false positives.
// Bundled by run.mjs with esbuild.
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as presetCreator } from '@secretlint/secretlint-rule-preset-recommend';
import { resolveConfig } from '../../src/core/config.js';
import { FAMILIES } from '../../src/core/rules/index.js';
import { PRESET_SPECS } from '../../src/core/rules/preset-samples.js';
import { createEngine } from '../../src/runtime/create-engine.js';
import { expand } from '../../test/helpers/samples.js';
import { SYNTAXES } from './syntaxes.js';

secretLintProfiler.setEnabled(false);
const TOKENS_PER_RULE = 2;
const NEGATIVE_SYNTAXES = ['dotenv', 'json', 'yaml', 'go-short', 'php-assign', 'shell-export', 'xml-add-key'];

interface Target {
  id: string;
  family: string;
  format: string;
  words: string[];
}

const targets: Target[] = [
  ...FAMILIES.filter((f) => f.id !== 'generic').flatMap((f) =>
    f.rules
      .filter((r) => r.format)
      .map((r) => ({ id: r.id, family: f.id, format: r.format!, words: keyWords(r.key ?? r.id) })),
  ),
  ...Object.entries(PRESET_SPECS)
    .filter(([id]) => !FAMILIES.some((f) => f.rules.some((r) => r.id === id)))
    .map(([id, s]) => ({ id, family: 'preset', format: s.format, words: keyWords(s.key ?? id) })),
];

function keyWords(key: string): string[] {
  return key.split(/[_.-]+/).filter(Boolean);
}

const engine = createEngine(resolveConfig(undefined));

async function ourSpans(path: string, text: string): Promise<[number, number][]> {
  const { findings } = await engine.scan({ path, text });
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return findings.map((f) => [starts[f.line - 1]! + f.column - 1, starts[f.endLine - 1]! + f.endColumn - 1]);
}

async function theirSpans(path: string, text: string): Promise<[number, number][]> {
  const r = await lintSource({
    source: { content: text, filePath: path, contentType: 'text' },
    options: { config: { rules: [{ id: presetCreator.meta.id, rule: presetCreator }] }, noPhysicFilePath: true },
  });
  return r.messages.map((m): [number, number] => [m.range[0], m.range[1]]);
}

const overlaps = (spans: [number, number][], at: number, len: number): boolean =>
  spans.some(([s, e]) => s < at + len && e > at);

/** The literal start of a format (`sk-ant-api03-`), kept by the near misses. */
function literalPrefix(format: string): string {
  const m = /^(?:[A-Za-z0-9_-]|\\[./+-])*/.exec(format)![0];
  return m.replace(/\\(.)/g, '$1');
}

/** Near misses of the token's own shape: same prefix and length, a body no real token has. */
function nearMisses(token: string, prefix: string): [shape: string, value: string][] {
  const body = token.slice(prefix.length);
  const n = body.length;
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const seq = /^[0-9a-f]+$/.test(body)
    ? '0123456789abcdef'
    : /^[0-9]+$/.test(body)
      ? '0123456789'
      : 'abcdefghijklmnopqrstuvwxyz';
  return [
    ['run', prefix + fill(body[0] ?? 'x')],
    ['repeat', prefix + fill(body.slice(0, 4) || 'ab12')],
    ['sequence', prefix + fill(seq)],
    ['mask', prefix + fill('*')],
    ['x-run', prefix + fill('x')],
    ['documentation', prefix + body.slice(0, Math.max(0, n - 7)) + 'EXAMPLE'.slice(0, n)],
  ];
}

type Tally = Record<string, { pos: number; ours: number; theirs: number }>;
const bump = (t: Tally, k: string, ours: boolean, theirs: boolean): void => {
  const e = (t[k] ??= { pos: 0, ours: 0, theirs: 0 });
  e.pos++;
  if (ours) e.ours++;
  if (theirs) e.theirs++;
};

const bySyntax: Tally = {};
const byFamily: Tally = {};
const byRule: Tally = {};
const contextOnly: string[] = [];
/** Rule id -> syntaxes where one of its tokens was missed. */
const missed: Record<string, string[]> = {};
const negatives = {
  count: 0,
  ours: 0,
  theirs: 0,
  byShape: {} as Record<string, number>,
  byRule: {} as Record<string, number>,
  examples: [] as string[],
};

for (const t of targets) {
  if (t.format.includes('\\n')) {
    contextOnly.push(`${t.id} (multi-line)`);
    continue;
  }
  const tokens = Array.from({ length: TOKENS_PER_RULE }, (_, i) => expand(t.format, `bench:${t.id}:${i}`));
  // A format that is not found even as `KEY=value` needs more context than a key (a URL, a header).
  const [bp, bt] = SYNTAXES['dotenv']!(t.words, tokens[0]!);
  if (!overlaps(await ourSpans(bp, bt), bt.indexOf(tokens[0]!), tokens[0]!.length)) {
    contextOnly.push(t.id);
    continue;
  }
  for (const token of tokens) {
    for (const [syntax, plant] of Object.entries(SYNTAXES)) {
      const [path, text] = plant(t.words, token);
      const at = text.indexOf(token);
      const ours = overlaps(await ourSpans(path, text), at, token.length);
      const theirs = overlaps(await theirSpans(path, text), at, token.length);
      bump(bySyntax, syntax, ours, theirs);
      bump(byFamily, t.family, ours, theirs);
      bump(byRule, t.id, ours, theirs);
      if (!ours && !(missed[t.id] ??= []).includes(syntax)) missed[t.id]!.push(syntax);
    }
  }
  for (const [shape, value] of nearMisses(tokens[0]!, literalPrefix(t.format))) {
    for (const syntax of NEGATIVE_SYNTAXES) {
      const [path, text] = SYNTAXES[syntax]!(t.words, value);
      const at = text.indexOf(value);
      negatives.count++;
      if (overlaps(await ourSpans(path, text), at, value.length)) {
        negatives.ours++;
        negatives.byShape[shape] = (negatives.byShape[shape] ?? 0) + 1;
        negatives.byRule[t.id] = (negatives.byRule[t.id] ?? 0) + 1;
        if (negatives.examples.length < 15) negatives.examples.push(`${t.id} ${shape} ${syntax} ${value}`);
      }
      if (overlaps(await theirSpans(path, text), at, value.length)) negatives.theirs++;
    }
  }
}

console.log(JSON.stringify({ bySyntax, byFamily, byRule, missed, contextOnly, negatives }));
