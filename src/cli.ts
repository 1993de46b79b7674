#!/usr/bin/env node
/** Entry of the CLI bundle (`dist/cli.js`): the CLI and the pre-commit hook. Never loads @actions/*. */
import { main } from './cli/main.js';
import { enableWorkers, runScanWorker } from './runtime/parallel.js';

enableWorkers(new URL(import.meta.url));
// In a worker thread this bundle scans files for the main thread instead of running the CLI.
if (!(await runScanWorker())) runCli();

function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`mcp-leak-guard: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
