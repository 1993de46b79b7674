// Tree scan speed: dist/cli.js against the secretlint CLI with its recommended preset,
// on the same files, timed side by side in one run; and the CLI's cold start over bare node.
//
//   node bench/tree.mjs [CORPUS_DIR] [--rounds N] [--against OTHER/cli.js]
//
// Default corpus: a copy of this repository's node_modules (13k+ real files; bench/lib.mjs), made once under the
// system temp folder, with nested node_modules folders renamed so both tools see the same files.
import { statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { againstCli, fmt, nodeModulesCorpus, run, sideBySide } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const secretlint = path.join(root, 'node_modules/.bin/secretlint');
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 3;
const corpus = args[0] && !args[0].startsWith('--') ? path.resolve(args[0]) : nodeModulesCorpus(root);
const against = againstCli(args);

const rc = path.join(tmpdir(), 'mlg-bench-secretlintrc.json');
writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
const slOut = path.join(tmpdir(), 'mlg-bench-secretlint.json');

const tasks = {
  'mcp-leak-guard': () => run(process.execPath, [cli, 'scan', corpus, '--format', 'json', '--fail-on', 'never']),
  'secretlint CLI': () =>
    run(secretlint, ['**/*', '--format', 'json', '--secretlintrc', rc, '--output', slOut, '--no-color'], {
      cwd: corpus,
    }),
  ...(against
    ? { against: () => run(process.execPath, [against, 'scan', corpus, '--format', 'json', '--fail-on', 'never']) }
    : {}),
};
console.log(`corpus: ${corpus}`);
const { medians, cpu, last } = sideBySide(tasks, rounds);
const ours = JSON.parse(last['mcp-leak-guard'].stdout);
const theirs = JSON.parse((await import('node:fs')).readFileSync(slOut, 'utf8'));

const ourLines = new Set(ours.findings.map((f) => `${f.file}:${f.line}`));
const theirLines = [];
for (const file of theirs) {
  for (const m of file.messages) {
    if (m.type === 'message' || m.type === undefined)
      theirLines.push(`${path.relative(corpus, file.filePath)}:${m.loc.start.line}`);
  }
}
const missed = theirLines.filter((l) => !ourLines.has(l));
console.log(`files scanned by mcp-leak-guard: ${ours.stats.files} (${(ours.stats.bytes / 1048576).toFixed(1)} MB)`);
console.log(
  `median of ${rounds}: mcp-leak-guard ${fmt(medians['mcp-leak-guard'])}, secretlint CLI ${fmt(medians['secretlint CLI'])}`,
);
console.log(`speed-up: ${(medians['secretlint CLI'] / medians['mcp-leak-guard']).toFixed(1)}x (target >= 5x)`);
console.log(
  `CPU time (user + system, all threads): mcp-leak-guard ${fmt(cpu['mcp-leak-guard'])}, secretlint CLI ${fmt(cpu['secretlint CLI'])} (${(cpu['secretlint CLI'] / cpu['mcp-leak-guard']).toFixed(1)}x)${against ? `, --against ${fmt(cpu.against)}` : ''}`,
);
if (against)
  console.log(
    `--against ${against}: ${fmt(medians.against)}, ${(medians['secretlint CLI'] / medians.against).toFixed(1)}x faster than secretlint; ${JSON.parse(last.against.stdout).findings.length} findings`,
  );
console.log(
  `findings: mcp-leak-guard ${ours.findings.length}, secretlint ${theirLines.length}; secretlint findings we miss: ${missed.length}`,
);
for (const m of missed.slice(0, 10)) console.log(`  missed: ${m}`);

// Cold start on one clean file, over bare node.
const clean = path.join(tmpdir(), 'mlg-bench-clean.txt');
writeFileSync(clean, 'nothing to see here\n');
const cold = sideBySide(
  {
    'node -e 0': () => run(process.execPath, ['-e', '0']),
    'cli scan clean file': () => run(process.execPath, [cli, 'scan', clean]),
    ...(against ? { against: () => run(process.execPath, [against, 'scan', clean]) } : {}),
  },
  15,
);
const added = cold.medians['cli scan clean file'] - cold.medians['node -e 0'];
const cpuAdded = cold.cpu['cli scan clean file'] - cold.cpu['node -e 0'];
console.log(
  `cold start: node -e 0 ${fmt(cold.medians['node -e 0'])}, cli ${fmt(cold.medians['cli scan clean file'])}; added ${fmt(added)} (target <= 100 ms)`,
);
console.log(`cold start CPU time added: ${fmt(cpuAdded)}`);
if (against)
  console.log(
    `cold start --against: ${fmt(cold.medians.against)}; added ${fmt(cold.medians.against - cold.medians['node -e 0'])} (CPU ${fmt(cold.cpu.against - cold.cpu['node -e 0'])})`,
  );
void statSync;
