#!/usr/bin/env node
/** Entry of the CLI bundle (`dist/cli.js`): the CLI and the pre-commit hook. Never loads @actions/*. */
import { main } from './cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mcp-leak-guard: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
