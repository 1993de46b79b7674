/**
 * Keeps the keyword pass's tables (src/core/keywords.ts) between runs, beside the bundle's code
 * cache and under the same rules: a file per keyword list, named and checked by the hash of that
 * list, read only from a folder and file this user alone may write, written whole or not at all.
 * Building the tables for a thousand keywords took 20 ms of every pre-commit hook's start.
 * `MCP_LEAK_GUARD_CODE_CACHE=off` turns this cache off too; anything wrong with it (no home
 * folder, a read-only disk, a corrupt file) leaves the tables to be built, silently.
 */
import path from 'node:path';
import type { KeywordTableStore } from '../core/keywords.js';
import { cacheFolder, readCodeCache, writeCodeCache } from './code-cache.js';

export function keywordTableCache(
  env: Readonly<Record<string, string | undefined>> = process.env,
): KeywordTableStore | undefined {
  const folder = cacheFolder(env);
  if (!folder) return undefined;
  const file = (key: string): string => path.join(folder, `keywords-${key.slice(0, 32)}.bin`);
  return {
    load: (key) => readCodeCache(file(key), Buffer.from(key, 'hex')),
    save: (key, tables) =>
      writeCodeCache(
        file(key),
        Buffer.from(key, 'hex'),
        Buffer.from(tables.buffer, tables.byteOffset, tables.byteLength),
      ),
  };
}
