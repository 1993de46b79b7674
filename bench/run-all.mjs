// `npm run bench`: every benchmark in turn, each printing its own side-by-side ratios.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benches = [
  ['tree scan vs secretlint CLI, cold start', ['tree.mjs']],
  ['pre-commit added latency', ['precommit/run.mjs']],
  ['history scan vs git log -p', ['history/run.mjs']],
  ['ReDoS: slowest rule per MB', ['redos/run.mjs']],
  ['accuracy: recall and precision vs the secretlint preset', ['accuracy/run.mjs']],
  ['organisation scan: --jobs 1 vs 2, projection for 2,000 repositories', ['org/run.mjs']],
  ['--verify: time added per finding against a loopback stand-in', ['verify/run.mjs']],
];
let failed = 0;
for (const [title, [script, ...args]] of benches) {
  const file = path.join(here, script);
  if (!existsSync(file)) continue;
  console.log(`\n== ${title} (bench/${script})`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
