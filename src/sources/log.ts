/**
 * Commit ranges and whole histories, streamed from `git log -p -U0`: only added lines are scanned,
 * each with the commit, author and date that added it. A file version (blob) already scanned is
 * not scanned again, so branches, cherry-picks and reverts cost nothing twice. Merges contribute
 * no patch of their own (their content came from the commits they merge).
 */
import { gitLines, GitError, isShallow, readBlobs, repoRoot, resolveCommit, shallowBoundary, git } from './git.js';
import { COMMIT_FORMAT, parsePatches } from './patch.js';
import { needsWholeDocument } from '../mcp/recognise.js';
import { blobItem, DIFF_FLAGS } from './staged.js';
import type { ScanSource, SourceItem } from './types.js';

export interface LogOptions {
  cwd: string;
  /** `BASE..HEAD` / `BASE...HEAD`, or undefined for the whole history. */
  range?: string;
  /** History of every ref instead of HEAD. */
  all?: boolean;
  allowShallow: boolean;
  /** Called with (commits done, total) as the scan goes. */
  onProgress?: (done: number, total: number) => void;
}

export class IncompleteHistoryError extends GitError {}

export async function logSource(opts: LogOptions): Promise<ScanSource> {
  const root = await repoRoot(opts.cwd);
  if (!root)
    throw new GitError(
      `${opts.range ? '--diff' : '--history'} needs a git repository, and ${opts.cwd} is not inside one`,
    );
  const revs = opts.range
    ? await rangeRevs(root, opts.range, opts.allowShallow)
    : await historyRevs(root, Boolean(opts.all), opts.allowShallow);
  const label = opts.range ? `diff ${opts.range}` : `history${opts.all ? ' (all refs)' : ''}`;
  return {
    label,
    async *items(): AsyncGenerator<SourceItem> {
      if (revs.length === 0) return;
      const total = opts.onProgress
        ? Number((await git(root, ['rev-list', '--count', '--no-merges', ...revs, '--'])).trim())
        : 0;
      const seenBlobs = new Set<string>();
      let commits = 0;
      let lastCommit = '';
      const lines = gitLines(root, [
        '-c',
        'core.quotePath=false',
        'log',
        '-p',
        ...DIFF_FLAGS,
        `--format=${COMMIT_FORMAT}`,
        ...revs,
        '--',
      ]);
      for await (const f of parsePatches(lines)) {
        if (f.meta && f.meta.commit !== lastCommit) {
          lastCommit = f.meta.commit;
          opts.onProgress?.(++commits, total);
        }
        if (f.deleted || f.added.length === 0) continue;
        if (f.submodule) continue;
        if (f.binary) {
          yield { kind: 'skipped', path: f.path, reason: 'binary' };
          continue;
        }
        if (f.newBlob) {
          if (seenBlobs.has(f.newBlob)) continue;
          seenBlobs.add(f.newBlob);
        }
        const text = f.added.map((a) => a.text).join('\n');
        // An MCP config is analysed as a document, so its version is read whole (rare: one
        // `cat-file` per such file version); only its added lines are reported.
        if (f.newBlob && needsWholeDocument(f.path, text)) {
          yield blobItem(f, (await readBlobs(root, [f.newBlob])).get(f.newBlob), 'commit');
          continue;
        }
        yield {
          kind: 'unit',
          unit: {
            path: f.path,
            text,
            lineMap: f.added.map((a) => a.line),
            origin: 'commit',
            ...(f.meta ? { meta: f.meta } : {}),
          },
          bytes: Buffer.byteLength(text),
        };
      }
    },
  };
}

async function historyRevs(root: string, all: boolean, allowShallow: boolean): Promise<string[]> {
  if (!(await resolveCommit(root, 'HEAD')) && !all) return [];
  if (await isShallow(root)) {
    const boundary = await shallowBoundary(root);
    if (!allowShallow) {
      throw new IncompleteHistoryError(
        `this is a shallow clone: the history behind ${boundary.length} commit(s) (${boundary.map((c) => c.slice(0, 12)).join(', ')}) is missing. Fetch it (git fetch --unshallow) or pass --allow-shallow to scan only what is here.`,
      );
    }
  }
  return all ? ['--all'] : ['HEAD'];
}

async function rangeRevs(root: string, range: string, allowShallow: boolean): Promise<string[]> {
  const m = /^(.+?)(\.\.\.?)(.+)$/.exec(range);
  if (!m) throw new GitError(`--diff takes BASE..HEAD or BASE...HEAD, got "${range}"`);
  const [, base, , head] = m;
  const baseId = await resolveCommit(root, base!);
  const headId = await resolveCommit(root, head!);
  for (const [name, id] of [
    [base!, baseId],
    [head!, headId],
  ] as const) {
    if (!id)
      throw new GitError(
        `--diff ${range}: commit "${name}" is not in this repository${(await isShallow(root)) ? ' (shallow clone: fetch more history)' : ''}`,
      );
  }
  if (!allowShallow && (await isShallow(root))) {
    // In a shallow clone, BASE..HEAD silently stops at the boundary unless the merge base is here.
    try {
      await git(root, ['merge-base', baseId!, headId!]);
    } catch {
      throw new IncompleteHistoryError(
        `--diff ${range}: this shallow clone does not hold the merge base of ${base} and ${head}, so some commits in the range cannot be seen. Fetch more history or pass --allow-shallow.`,
      );
    }
  }
  // Both forms mean "what HEAD adds over BASE": the commits reachable from HEAD and not from BASE.
  return [headId!, `^${baseId!}`];
}
