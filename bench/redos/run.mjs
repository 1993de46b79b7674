// ReDoS check: every own rule's pattern and the whole engine on pathological 1 MB inputs.
// Prints the slowest rules in ms per MB and exits 1 if any exceeds the bound (CI runs this).
//
//   node bench/redos/run.mjs [--bound MS_PER_MB] [--engine-bound MS_PER_MB] [--many-match-bound MS_PER_MB]
//                            [--against OTHER_CHECKOUT | OTHER_CHECKOUT/dist/cli.js] [--rounds N]
//
// --against: another checkout of the sources (say, main's, from `git archive main`, with a
// node_modules): the same probe is bundled from its src/ too, and the many-match shapes of both are
// timed in alternating runs (N rounds, default 3), with their CPU time and whether their findings
// are identical, before the usual check of this tree.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProbe, median, run } from '../lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
// Per rule, and for the whole engine (every rule, the MCP analysis, decoding) on the same input.
const bound = opt('--bound', 200);
const engineBound = opt('--engine-bound', 400);
// Files that are nothing but findings cost per finding, not per byte. Lines of tokens are held to
// the engine bound like any input. An MCP config of thousands of servers, a token each, costs about
// 50 us per server (parsing, slots, policy checks, three overlapping hits): linear, but still above
// the engine bound, so it has its own, which catches a return of the quadratic behaviour (5-30 s
// per MB) and any large regression of the per-server cost.
const manyMatchBound = opt('--many-match-bound', 1000);
const SHAPES = ['lines of GitHub tokens', 'N servers, a token each'];
if (args.includes('--against')) await against(otherRoot(args[args.indexOf('--against') + 1]), opt('--rounds', 3));
const out = await buildProbe(root, 'bench/redos/probe.ts', 'redos-probe.mjs');
const r = run(process.execPath, [out]);
if (r.code !== 0) {
  console.error(r.stderr);
  process.exit(2);
}
const rows = JSON.parse(r.stdout);
const worst = new Map();
for (const row of rows) if (!worst.has(row.rule) || worst.get(row.rule).msPerMb < row.msPerMb) worst.set(row.rule, row);
const sorted = [...worst.values()].sort((a, b) => b.msPerMb - a.msPerMb);
console.log(`${rows.length} runs over ${worst.size} rules/engines, 1 MB pathological inputs; slowest:`);
for (const w of sorted.slice(0, 8))
  console.log(`  ${w.rule.padEnd(40)} ${w.msPerMb.toFixed(1).padStart(7)} ms/MB  (${w.input})`);
console.log('many-match shapes:');
for (const w of rows.filter((r) => SHAPES.includes(r.input)))
  console.log(`  ${w.rule.padEnd(40)} ${w.msPerMb.toFixed(1).padStart(7)} ms/MB  (${w.input})`);
const OWN_BOUND = ['N servers, a token each'];
const limit = (w) => (OWN_BOUND.includes(w.input) ? manyMatchBound : w.rule.startsWith('engine') ? engineBound : bound);
// Every run against its own bound (the worst of a rule may be a many-match shape).
const over = rows.filter((w) => w.msPerMb > limit(w)).sort((a, b) => b.msPerMb - a.msPerMb);
console.log(
  over.length === 0
    ? `every rule under ${bound} ms/MB, the whole engine under ${engineBound} ms/MB (an MCP config of nothing but servers holding a token under ${manyMatchBound} ms/MB)`
    : `over the bound: ${over.map((w) => `${w.rule} ${w.msPerMb.toFixed(0)} ms/MB (${w.input})`).join(', ')}`,
);
process.exitCode = over.length === 0 ? 0 : 1;

/** The root of the checkout `arg` names (the folder itself, or the one holding its dist/cli.js). */
function otherRoot(arg) {
  const dir = arg?.endsWith('.js') ? path.resolve(path.dirname(arg), '..') : path.resolve(arg ?? '');
  if (!existsSync(path.join(dir, 'src/core/engine.ts')))
    throw new Error(`--against needs another checkout of the sources (or its dist/cli.js), got ${arg}`);
  return dir;
}

/** The many-match shapes of this tree and of `other`, alternately, `rounds` runs each. */
async function against(other, rounds) {
  const probes = {
    this: await buildProbe(root, 'bench/redos/probe.ts', 'redos-probe.mjs'),
    against: await buildProbe(root, 'bench/redos/probe.ts', 'redos-probe-against.mjs', other),
  };
  const runs = { this: [], against: [] };
  for (let i = 0; i < rounds; i++) {
    for (const [name, file] of Object.entries(probes)) {
      const r = run(process.execPath, [file], { env: { ...process.env, MLG_REDOS_PART: 'shapes' } });
      if (r.code !== 0) throw new Error(`${name} probe failed: ${r.stderr}`);
      runs[name].push(JSON.parse(r.stdout));
    }
  }
  console.log(
    `--against ${other}: many-match shapes, median of ${rounds} runs (each the best of its rounds), wall / CPU ms/MB`,
  );
  for (const shape of SHAPES) {
    const fig = (name) => {
      const rows = runs[name].map((rs) => rs.find((r) => r.input === shape));
      const wall = median(rows.map((r) => r.msPerMb));
      const cpu = median(rows.map((r) => r.cpuMsPerMb));
      return { text: `${wall.toFixed(0)} / ${cpu.toFixed(0)}`, cpu, findings: rows[0].findings };
    };
    const [a, b] = [fig('this'), fig('against')];
    console.log(
      `  ${shape.padEnd(26)} this ${a.text.padStart(11)}   against ${b.text.padStart(11)}   CPU ${(a.cpu / b.cpu).toFixed(2)}x   findings ${a.findings === b.findings ? `identical (${a.findings})` : `DIFFER: ${a.findings} vs ${b.findings}`}`,
    );
  }
}
