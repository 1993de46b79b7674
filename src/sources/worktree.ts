/**
 * The working tree: in a git repository, tracked plus untracked non-ignored files (as `git
 * ls-files` lists them); outside one, every file under the folder except `.git` and
 * `node_modules`. A path the user names is scanned even when git ignores it. A symlink is
 * scanned as what git stores for it, its target's name, and never followed; submodules are not
 * entered. A folder that cannot be read is a scan failure, not an empty folder.
 */
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { decodeFile, isLfsPointer, MAX_SCAN_BYTES } from './decode.js';
import { isIgnored, listWorktreeFiles, repoRoot } from './git.js';
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
  const failures: { path: string; message: string }[] = [];
  if (root) {
    base = root;
    const rel = path.relative(root, target);
    if (!st.isDirectory()) files = [rel];
    else {
      // A folder the user names is scanned whole even when git ignores it (`scan build/`).
      const ignored = rel !== '' && (await isIgnored(root, rel));
      const listed = await listWorktreeFiles(root, rel || '.', { ignored });
      files = listed.files;
      failures.push(...listed.unreadable);
    }
  } else {
    base = st.isDirectory() ? target : path.dirname(target);
    files = st.isDirectory() ? await walk(target, '', failures) : [path.basename(target)];
  }
  return {
    label: `worktree ${opts.target}`,
    items: () => readAll(base, files),
    files: { base, paths: files },
    failures,
  };
}

async function walk(dir: string, rel: string, failures: { path: string; message: string }[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    failures.push({ path: rel || '.', message: `cannot read folder ${rel || dir}: ${err.code ?? err.message}` });
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!WALK_SKIP.has(e.name)) out.push(...(await walk(dir, r, failures)));
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
    if (st.isDirectory()) return { kind: 'skipped', path: rel, reason: 'submodule' };
    if (!st.isFile() && !st.isSymbolicLink()) return { kind: 'skipped', path: rel, reason: 'not-a-file' };
    if (st.size > MAX_SCAN_BYTES)
      return { kind: 'error', path: rel, message: `${rel} is too large to scan (${st.size} bytes)` };
    // A symlink's content, for git and for this scan, is its target's name: never followed.
    const buf = st.isSymbolicLink() ? readlinkSync(abs, { encoding: 'buffer' }) : readFileSync(abs);
    const decoded = decodeFile(rel, buf);
    if (decoded.kind === 'binary') return { kind: 'skipped', path: rel, reason: 'binary' };
    if (isLfsPointer(decoded.text)) return { kind: 'skipped', path: rel, reason: 'lfs-pointer' };
    return { kind: 'unit', unit: { path: rel, text: decoded.text, origin: 'worktree' }, bytes: buf.length };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { kind: 'skipped', path: rel, reason: 'deleted' };
    return { kind: 'error', path: rel, message: `cannot read ${rel}: ${err.code ?? err.message}` };
  }
}
