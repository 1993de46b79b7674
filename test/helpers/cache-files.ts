/** The files of one kind in the cache folder `env` points at (the code cache and the keyword tables share it). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from '../../src/runtime/code-cache.js';

/** Paths of the files named `<prefix>...` there; none when the folder does not exist. */
export function cacheFiles(env: Record<string, string>, prefix: 'cli-' | 'keywords-'): string[] {
  const folder = cacheFolder(env)!;
  try {
    return readdirSync(folder)
      .filter((f) => f.startsWith(prefix))
      .map((f) => path.join(folder, f));
  } catch {
    return [];
  }
}
