// Accuracy: recall and false positives of this project beside secretlint's recommended preset,
// measured three ways.
//
// 1. Generated corpus (independent of the rule tests): tokens generated at random from each rule's
//    documented format, planted under its key in every syntax of syntaxes.ts, and near misses of
//    the same shape (runs, repeats, sequences, masks, documentation examples). Recall per syntax
//    and per family, false positives per shape (generated.ts).
// 2. Real-world negatives: a scan of a copy of this repository's node_modules, a tree nobody here
//    wrote: every finding is listed (a finding there is a false positive or a credential that
//    package ships).
// 3. Regression check (self-harvested): the tokens and near misses the rule tests check, replayed
//    in nine contexts (probe.ts). It can only confirm what the tests already say.
//
//   node bench/accuracy/run.mjs [--min-syntax-recall R] [--max-fp-rate F] [--max-tree-findings N]
//                               [--min-recall R] [--min-precision P] [--min-family-recall F]
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProbe, nodeModulesCorpus, run } from '../lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const floors = {
  syntax: opt('--min-syntax-recall', 0.9),
  fpRate: opt('--max-fp-rate', 0.01),
  tree: opt('--max-tree-findings', 30),
  recall: opt('--min-recall', 0.98),
  precision: opt('--min-precision', 0.97),
  family: opt('--min-family-recall', 0.9),
};
const work = path.join(root, 'bench/.work');
mkdirSync(work, { recursive: true });
const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
const failures = [];

// 1. Generated corpus.
const gen = run(process.execPath, [await buildProbe(root, 'bench/accuracy/generated.ts', 'accuracy-generated.mjs')]);
if (gen.code !== 0) {
  console.error(gen.stderr);
  process.exit(2);
}
const g = JSON.parse(gen.stdout);
const rate = (e) => [e.ours / e.pos, e.theirs / e.pos];
console.log('== 1. generated corpus: random tokens from each rule format, planted per syntax ==');
console.log(`${'syntax'.padEnd(20)} ${'planted'.padStart(7)}   recall: ours  secretlint`);
for (const [syntax, e] of Object.entries(g.bySyntax)) {
  const [o, t] = rate(e);
  console.log(`${syntax.padEnd(20)} ${String(e.pos).padStart(7)}          ${pct(o)}     ${pct(t)}`);
  if (o < floors.syntax) failures.push(`syntax ${syntax} ${pct(o).trim()}`);
}
console.log(`\n${'family'.padEnd(20)} ${'planted'.padStart(7)}   recall: ours  secretlint`);
for (const [family, e] of Object.entries(g.byFamily)) {
  const [o, t] = rate(e);
  console.log(`${family.padEnd(20)} ${String(e.pos).padStart(7)}          ${pct(o)}     ${pct(t)}`);
}
const all = Object.values(g.bySyntax).reduce(
  (a, e) => ({ pos: a.pos + e.pos, ours: a.ours + e.ours, theirs: a.theirs + e.theirs }),
  { pos: 0, ours: 0, theirs: 0 },
);
const [ro, rt] = rate(all);
const rules = Object.entries(g.byRule);
const neverHit = rules.filter(([, e]) => e.ours === 0).map(([id]) => id);
console.log(`${'overall'.padEnd(20)} ${String(all.pos).padStart(7)}          ${pct(ro)}     ${pct(rt)}`);
console.log(`rules planted: ${rules.length}; never hit: ${neverHit.length ? neverHit.join(', ') : 'none'}`);
console.log(`needing more context than a key (a URL, a header, a key file), not planted: ${g.contextOnly.join(', ')}`);
const n = g.negatives;
console.log(
  `near misses: ${n.count}; false positives: ours ${n.ours} (${pct(n.ours / n.count).trim()}), secretlint ${n.theirs} (${pct(n.theirs / n.count).trim()})`,
);
if (n.ours) console.log(`  ours by shape: ${JSON.stringify(n.byShape)}; e.g. ${n.examples.slice(0, 5).join('; ')}`);
if (n.ours / n.count > floors.fpRate) failures.push(`near-miss false positives ${pct(n.ours / n.count).trim()}`);
if (neverHit.length) failures.push(`rules never hit: ${neverHit.join(', ')}`);

// 2. Real-world negatives.
const corpus = nodeModulesCorpus(root);
const tree = run(process.execPath, [
  path.join(root, 'dist/cli.js'),
  'scan',
  corpus,
  '--format',
  'json',
  '--fail-on',
  'never',
]);
if (tree.code !== 0) {
  console.error(tree.stderr);
  process.exit(2);
}
const treeFindings = JSON.parse(tree.stdout).findings;
const byId = {};
for (const f of treeFindings) byId[f.ruleId] = (byId[f.ruleId] ?? 0) + 1;
console.log(`\n== 2. real-world negatives: ${corpus} (this repository's node_modules) ==`);
console.log(`findings: ${treeFindings.length} ${JSON.stringify(byId)}`);
if (treeFindings.length > floors.tree) failures.push(`node_modules findings ${treeFindings.length}`);

// 3. Regression check on the self-harvested corpus.
const corpusFile = path.join(work, 'accuracy-corpus.jsonl');
rmSync(corpusFile, { force: true });
const harvest = run(
  process.execPath,
  [path.join(root, 'node_modules/jest/bin/jest.js'), 'test/core/rules', '--silent'],
  {
    cwd: root,
    env: { ...process.env, MLG_CORPUS_OUT: corpusFile, NODE_OPTIONS: '--experimental-vm-modules' },
  },
);
if (harvest.code !== 0) {
  console.error(harvest.stderr.slice(-2000));
  process.exit(2);
}
const r = run(process.execPath, [await buildProbe(root, 'bench/accuracy/probe.ts', 'accuracy-probe.mjs'), corpusFile]);
if (r.code !== 0) {
  console.error(r.stderr);
  process.exit(2);
}
const { families, overall } = JSON.parse(r.stdout);
console.log('\n== 3. regression check: the corpus harvested from the rule tests (not independent) ==');
console.log(
  `${'family'.padEnd(22)} ${'pos'.padStart(5)} ${'neg'.padStart(4)}   recall: ours  secretlint   precision: ours  secretlint`,
);
const line = (name, f) =>
  `${name.padEnd(22)} ${String(f.positives).padStart(5)} ${String(f.negatives).padStart(4)}   ${pct(f.recall[0])}     ${pct(f.recall[1])}      ${pct(f.precision[0])}     ${pct(f.precision[1])}`;
for (const f of families) console.log(line(f.family, f));
console.log(line('overall', overall));
const weak = families.filter((f) => f.positives > 0 && f.recall[0] < floors.family).map((f) => f.family);
if (overall.recall[0] < floors.recall) failures.push(`regression recall ${pct(overall.recall[0]).trim()}`);
if (overall.precision[0] < floors.precision) failures.push(`regression precision ${pct(overall.precision[0]).trim()}`);
if (weak.length) failures.push(`weak families: ${weak.join(', ')}`);

console.log(
  `\ntargets: every syntax >= ${pct(floors.syntax).trim()} recall, every planted rule hit, near-miss FP <= ${pct(floors.fpRate).trim()}, node_modules findings <= ${floors.tree}; regression recall >= ${pct(floors.recall).trim()}, precision >= ${pct(floors.precision).trim()}, every family >= ${pct(floors.family).trim()}: ${failures.length ? `NOT met (${failures.join('; ')})` : 'met'}`,
);
process.exitCode = failures.length ? 1 : 0;
