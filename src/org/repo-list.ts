/** `org scan --repos FILE`: clone URLs or local paths, one a line; `#` starts a comment. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../runtime/config-file.js';
import type { RepoRef } from './types.js';

export async function readRepoList(file: string, cwd: string): Promise<RepoRef[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read repository list ${file}: ${e.code ?? e.message}`);
  });
  const repos: RepoRef[] = [];
  const names = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const url = isRemote(line) ? line : path.resolve(cwd, line);
    const base = nameOf(line);
    const seen = names.get(base) ?? 0;
    names.set(base, seen + 1);
    repos.push({ name: seen === 0 ? base : `${base}~${seen + 1}`, url, sizeKb: 0 });
  });
  if (repos.length === 0) throw new InputError(`${file} lists no repositories`);
  return repos;
}

function isRemote(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[^/\s]+@[^:\s]+:/.test(entry);
}

/** `owner/name` for hosted URLs (`https://host/owner/name.git`, `git@host:owner/name.git`), else the folder name. */
export function nameOf(entry: string): string {
  const trimmed = entry.replace(/\/+$/, '').replace(/\.git$/, '');
  const hosted = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/]+\/|[^/\s]+@[^:\s]+:)(.+)$/i.exec(trimmed);
  if (hosted) return hosted[1]!.split('/').slice(-2).join('/');
  return path.basename(trimmed) || trimmed;
}
