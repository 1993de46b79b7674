#!/usr/bin/env node
/**
 * Entry of dist/cli.js: runs the CLI's bundle, dist/cli-body.cjs beside it, through a V8 code
 * cache (src/runtime/code-cache.ts), so the hook and every worker thread skip compiling it. A scan
 * leaves the cache; other commands only use one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { compileBundle } from './runtime/code-cache.js';

const body = fileURLToPath(new URL('./cli-body.cjs', import.meta.url));
let source: Buffer;
try {
  source = readFileSync(body);
} catch (e) {
  process.stderr.write(
    `mcp-leak-guard: internal error: cannot read ${body} (reinstall mcp-leak-guard): ${(e as Error).message}\n`,
  );
  process.exit(2);
}
const { run, save } = compileBundle(source, body);
// A scan compiles what the hook needs; a worker leaves the cache to the main thread.
if (isMainThread && process.argv[2] === 'scan') process.once('exit', save);
const module = { exports: {} };
run(
  module.exports,
  createRequire(body),
  module,
  body,
  path.dirname(body),
  // The bundle's import.meta.url: workers run this entry, and dist/lib/ and dist/verify.js are beside it.
  import.meta.url,
  (spec: string) => import(spec.startsWith('.') ? new URL(spec, import.meta.url).href : spec),
);
