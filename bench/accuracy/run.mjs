// Accuracy: recall and precision per rule family, for this project and for secretlint's
// recommended preset, side by side, on a labelled corpus the project generates.
//
// The corpus is harvested from the rule tests: with MLG_CORPUS_OUT set, their harness records
// every true positive (rule, token, the key it needs) and every near miss (test/core/rules/
// corpus-recorder.ts). Each true positive is then planted in 9 contexts (JSON, YAML, TOML, .env,
// JavaScript, Python, Go, Java, Markdown) unless its test fixed one.
//
//   node bench/accuracy/run.mjs [--min-recall R] [--min-precision P] [--min-family-recall F]
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProbe, run } from '../lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const floors = {
  recall: opt('--min-recall', 0.98),
  precision: opt('--min-precision', 0.97),
  family: opt('--min-family-recall', 0.9),
};
const work = path.join(root, 'bench/.work');
mkdirSync(work, { recursive: true });
const corpus = path.join(work, 'accuracy-corpus.jsonl');
rmSync(corpus, { force: true });

const harvest = run(
  process.execPath,
  [path.join(root, 'node_modules/jest/bin/jest.js'), 'test/core/rules', '--silent'],
  {
    cwd: root,
    env: { ...process.env, MLG_CORPUS_OUT: corpus, NODE_OPTIONS: '--experimental-vm-modules' },
  },
);
if (harvest.code !== 0) {
  console.error(harvest.stderr.slice(-2000));
  process.exit(2);
}
const probe = await buildProbe(root, 'bench/accuracy/probe.ts', 'accuracy-probe.mjs');
const r = run(process.execPath, [probe, corpus]);
if (r.code !== 0) {
  console.error(r.stderr);
  process.exit(2);
}
const { families, overall } = JSON.parse(r.stdout);
const p = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log(
  `${'family'.padEnd(22)} ${'pos'.padStart(5)} ${'neg'.padStart(4)}   recall: ours  secretlint   precision: ours  secretlint`,
);
for (const f of families) {
  console.log(
    `${f.family.padEnd(22)} ${String(f.positives).padStart(5)} ${String(f.negatives).padStart(4)}   ${p(f.recall[0])}     ${p(f.recall[1])}      ${p(f.precision[0])}     ${p(f.precision[1])}`,
  );
}
console.log(
  `${'overall'.padEnd(22)} ${String(overall.positives).padStart(5)} ${String(overall.negatives).padStart(4)}   ${p(overall.recall[0])}     ${p(overall.recall[1])}      ${p(overall.precision[0])}     ${p(overall.precision[1])}`,
);
const weak = families.filter((f) => f.positives > 0 && f.recall[0] < floors.family).map((f) => f.family);
const ok = overall.recall[0] >= floors.recall && overall.precision[0] >= floors.precision && weak.length === 0;
console.log(
  `targets: recall >= ${p(floors.recall).trim()}, precision >= ${p(floors.precision).trim()}, every family >= ${p(floors.family).trim()} recall: ${ok ? 'met' : `NOT met${weak.length ? ` (weak: ${weak.join(', ')})` : ''}`}`,
);
process.exitCode = ok ? 0 : 1;
