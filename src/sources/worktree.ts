/**
 * The working tree: in a git repository, tracked plus untracked non-ignored files (as `git
 * ls-files` lists them); outside one, every file under the folder except `.git` and
 * `node_modules`. Symlinks are never followed and submodules are not entered.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { decodeContent, isLfsPointer } from './decode.js';
import { listWorktreeFiles, repoRoot } from './git.js';
import type { ScanSource, SourceItem } from './types.js';

const WALK_SKIP = new Set(['.git', 'node_modules']);
/** Files read ahead of the scanner; bounded so memory stays flat on huge trees. */
const READ_AHEAD = 16;

export interface WorktreeOptions {
  /** Folder or file to scan. */
  target: string;
}

export async function worktreeSource(opts: WorktreeOptions): Promise<ScanSource> {
  const target = path.resolve(opts.target);
  const st = await lstat(target).catch(() => undefined);
  if (!st) throw new Error(`cannot scan ${opts.target}: no such file or folder`);
  const root = await repoRoot(st.isDirectory() ? target : path.dirname(target));
  let files: string[];
  let base: string;
  if (root) {
    base = root;
    files = await listWorktreeFiles(root, path.relative(root, target) || '.');
  } else {
    base = st.isDirectory() ? target : path.dirname(target);
    files = st.isDirectory() ? await walk(target, '') : [path.basename(target)];
  }
  return {
    label: `worktree ${opts.target}`,
    items: () => readAll(base, files),
    files: { base, paths: files },
  };
}

async function walk(dir: string, rel: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!WALK_SKIP.has(e.name)) out.push(...(await walk(dir, r)));
    } else out.push(r);
  }
  return out;
}

/** Read files with a bounded read-ahead, yielding them in order. */
async function* readAll(base: string, files: readonly string[]): AsyncGenerator<SourceItem> {
  const pending: Promise<SourceItem>[] = [];
  let next = 0;
  const fill = (): void => {
    while (pending.length < READ_AHEAD && next < files.length) pending.push(readOne(base, files[next++]!));
  };
  fill();
  while (pending.length > 0) {
    const item = await pending.shift()!;
    fill();
    yield item;
  }
}

export async function readOne(base: string, rel: string): Promise<SourceItem> {
  const abs = path.join(base, rel);
  try {
    // Synchronous on purpose: for many small files the promise API's open/fstat/read/close round
    // trips cost more than the reads (measured: ~60 µs vs ~20 µs a file on the bench corpus).
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) return { kind: 'skipped', path: rel, reason: 'symlink' };
    if (st.isDirectory()) return { kind: 'skipped', path: rel, reason: 'submodule' };
    if (!st.isFile()) return { kind: 'skipped', path: rel, reason: 'not-a-file' };
    const buf = readFileSync(abs);
    const decoded = decodeContent(buf);
    if (decoded.kind === 'binary') return { kind: 'skipped', path: rel, reason: 'binary' };
    if (isLfsPointer(decoded.text)) return { kind: 'skipped', path: rel, reason: 'lfs-pointer' };
    return { kind: 'unit', unit: { path: rel, text: decoded.text, origin: 'worktree' }, bytes: buf.length };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { kind: 'skipped', path: rel, reason: 'deleted' };
    return { kind: 'error', path: rel, message: `cannot read ${rel}: ${err.code ?? err.message}` };
  }
}
