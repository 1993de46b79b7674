/**
 * `scan --pre-commit FILE...`: what the pre-commit framework asks for. On a commit it passes the
 * staged files, and those are scanned as `--staged` does (the index, only the added lines). With
 * `pre-commit run --all-files` or `--files` it passes files that are not all staged: those are
 * scanned whole, as they are in the working tree, so a secret already committed is found.
 */
import { git } from '../sources/git.js';
import { stagedSource } from '../sources/staged.js';
import type { ScanSource, SourceItem } from '../sources/types.js';
import { readOne } from '../sources/worktree.js';

export async function preCommitSource(root: string, files: readonly string[]): Promise<ScanSource> {
  const staged = new Set(
    (await git(root, ['-c', 'core.quotePath=false', 'diff', '--cached', '--name-only', '-z', '--diff-filter=ACMRTUXB']))
      .split('\0')
      .filter(Boolean),
  );
  const named = files.map((f) => f.replace(/\\/g, '/').replace(/^\.\//, ''));
  if (named.length === 0 || named.every((f) => staged.has(f))) {
    const index = await stagedSource(root);
    // The framework may split a long file list over several runs: each scans only its own files.
    if (named.length === 0) return index;
    const mine = new Set(named);
    return {
      label: index.label,
      async *items(): AsyncGenerator<SourceItem> {
        for await (const item of index.items()) {
          const p = item.kind === 'unit' ? item.unit.path : item.path;
          if (mine.has(p)) yield item;
        }
      },
    };
  }
  return {
    label: `${named.length} file(s) named by pre-commit`,
    async *items(): AsyncGenerator<SourceItem> {
      for (const rel of named) yield readOne(root, rel);
    },
    files: { base: root, paths: named },
  };
}
