/**
 * The staged (index) content: what the commit will contain, not the work tree. Each changed file
 * is read whole from the index (so MCP configs parse with full context) and only the lines the
 * commit adds are reported. Works before the first commit (no HEAD) and through renames.
 */
import { decodeContent, isLfsPointer } from './decode.js';
import { gitLines, readBlobs, repoRoot } from './git.js';
import { parsePatches, type FilePatch } from './patch.js';
import type { ScanSource, SourceItem } from './types.js';

export const DIFF_FLAGS = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--full-index',
  '-M',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

export async function stagedSource(cwd: string): Promise<ScanSource> {
  const root = await repoRoot(cwd);
  if (!root) throw new Error(`--staged needs a git repository, and ${cwd} is not inside one`);
  return {
    label: 'staged changes',
    async *items(): AsyncGenerator<SourceItem> {
      const patches: FilePatch[] = [];
      for await (const f of parsePatches(
        gitLines(root, ['-c', 'core.quotePath=false', 'diff', '--cached', ...DIFF_FLAGS]),
      )) {
        patches.push(f);
      }
      const wanted = patches.filter((f) => !f.deleted && !f.binary && !f.submodule && f.added.length > 0 && f.newBlob);
      const blobs = await readBlobs(
        root,
        wanted.map((f) => f.newBlob!),
      );
      for (const f of patches) {
        if (f.deleted || (f.added.length === 0 && !f.binary)) continue;
        if (f.submodule) yield { kind: 'skipped', path: f.path, reason: 'submodule' };
        else if (f.binary) yield { kind: 'skipped', path: f.path, reason: 'binary' };
        else yield blobItem(f, blobs.get(f.newBlob!), 'staged');
      }
    },
  };
}

/**
 * A whole file version as a unit whose findings are limited to the lines the patch adds: rules
 * and the MCP analysis see the full document, the report shows only what this change introduced.
 */
export function blobItem(f: FilePatch, buf: Buffer | undefined, origin: 'staged' | 'commit'): SourceItem {
  if (!buf) return { kind: 'error', path: f.path, message: `cannot read the ${origin} version of ${f.path}` };
  const decoded = decodeContent(buf);
  if (decoded.kind === 'binary') return { kind: 'skipped', path: f.path, reason: 'binary' };
  if (isLfsPointer(decoded.text)) return { kind: 'skipped', path: f.path, reason: 'lfs-pointer' };
  return {
    kind: 'unit',
    unit: {
      path: f.path,
      text: decoded.text,
      origin,
      reportLines: new Set(f.added.map((a) => a.line)),
      ...(f.meta ? { meta: f.meta } : {}),
    },
    bytes: buf.length,
  };
}
