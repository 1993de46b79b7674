/**
 * The staged (index) content: what the commit will contain, not the work tree. Each changed file
 * is read whole from the index (so MCP configs parse with full context) and only the lines the
 * commit adds are reported. Works before the first commit (no HEAD) and through renames. Files
 * git's diff calls binary are read and decoded here (see file-version.ts).
 */
import { BlobReader, readBlobs } from './blob-reader.js';
import { blobsToRead, versionItem } from './file-version.js';
import { gitLines, GitError, repoRoot } from './git.js';
import { parsePatches, type FilePatch } from './patch.js';
import type { ScanSource, SourceItem } from './types.js';

/**
 * Diff flags of every git scan. No textconv or external diff driver (a user's converter could
 * hide lines, and a repository's could run code); attributes only decide what git calls binary,
 * and binary patches are read whole.
 */
export const DIFF_FLAGS = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--full-index',
  '-M',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

export async function stagedSource(cwd: string): Promise<ScanSource> {
  const root = await repoRoot(cwd);
  if (!root) throw new GitError(`--staged needs a git repository, and ${cwd} is not inside one`);
  return {
    label: 'staged changes',
    async *items(): AsyncGenerator<SourceItem> {
      const patches: FilePatch[] = [];
      // Started before the diff, so the two git processes start up side by side (the hook's wait).
      const reader = new BlobReader(root);
      try {
        for await (const f of parsePatches(
          gitLines(root, ['-c', 'core.quotePath=false', 'diff', '--cached', ...DIFF_FLAGS]),
        )) {
          patches.push(f);
        }
      } catch (e) {
        await reader.close().catch(() => undefined);
        throw e;
      }
      const changed = patches.filter((f) => !f.deleted && (f.added.length > 0 || f.binary));
      const blobs = await readBlobs(root, changed.filter((f) => !f.submodule).flatMap(blobsToRead), reader);
      for (const f of changed) {
        if (f.submodule) yield { kind: 'skipped', path: f.path, reason: 'submodule' };
        else if (f.newBlob) {
          const item = versionItem(f, blobs, 'staged');
          if (item) yield item;
        }
      }
    },
  };
}
