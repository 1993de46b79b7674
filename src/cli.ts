/**
 * The CLI and the pre-commit hook, bundled as CommonJS to dist/cli-body.cjs, which dist/cli.js
 * (src/cli-start.ts) runs through a code cache. Never loads @actions/*.
 */
import { main } from './cli/main.js';
import { enableWorkers, runScanWorker } from './runtime/parallel.js';

enableWorkers(new URL(import.meta.url));
// In a worker thread this bundle scans files for the main thread instead of running the CLI.
runScanWorker().then(
  (isWorker) => {
    if (!isWorker) runCli();
  },
  (e: unknown) => fail(e),
);

function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => fail(e),
  );
}

function fail(e: unknown): void {
  process.stderr.write(`mcp-leak-guard: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  process.exitCode = 2;
}
