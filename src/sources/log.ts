/**
 * Commit ranges and whole histories, streamed from `git diff-tree --stdin -p -U0` (one process per
 * core): only added lines are scanned, each with the commit, author and date that added it. A
 * merge contributes what no parent had (`--cc`: a conflict resolution, a file the merge itself
 * added), so content reached through two parents is scanned once. Files git's diff calls binary
 * are read whole and decoded (file-version.ts). Every commit's message is scanned too, read from
 * the same stream (each commit's header carries it). A file
 * version (blob) already scanned is not scanned again, so branches, cherry-picks and reverts cost
 * nothing twice.
 */
import { boundaryCommitsIn, gitLines, GitError, isShallow, repoRoot, resolveCommit, shallowBoundary } from './git.js';
import { availableParallelism } from 'node:os';
import { BlobReader, type BlobResult } from './blob-reader.js';
import { commitMessageItem } from './commit-message.js';
import { blobsToRead, versionItem } from './file-version.js';
import { COMMIT_FORMAT, parsePatchBatches, type CommitMessage, type FilePatch } from './patch.js';
import { needsWholeDocument } from '../mcp/recognise.js';
import { stampAges } from '../core/rotation.js';
import { markStillAtHead } from './still-at-head.js';
import { DIFF_FLAGS } from './staged.js';
import { shareCommits, type CommitShares } from './commit-shares.js';
import type { ScanSource, SourceItem } from './types.js';

export interface LogOptions {
  cwd: string;
  /** `BASE..HEAD` / `BASE...HEAD`, or undefined for the whole history. */
  range?: string;
  /** The commits of `head` that are in none of `exclude` (instead of `range`). */
  commits?: { head: string; exclude: readonly string[] };
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
  const revs = opts.commits
    ? await commitRevs(root, opts.commits.head, opts.commits.exclude, opts.allowShallow)
    : opts.range
      ? await rangeRevs(root, opts.range, opts.allowShallow)
      : await historyRevs(root, Boolean(opts.all), opts.allowShallow);
  const label = opts.commits
    ? `commits of ${opts.commits.head}${opts.commits.exclude.map((e) => ` ^${e}`).join('')}`
    : opts.range
      ? `diff ${opts.range}`
      : `history${opts.all ? ' (all refs)' : ''}`;
  const incomplete = opts.allowShallow ? await shallowGap(root) : undefined;
  return {
    label,
    ...(incomplete ? { incomplete } : {}),
    async annotate(findings) {
      stampAges(findings);
      await markStillAtHead(root, findings);
    },
    items: () => eachItem(itemBatches()),
    itemBatches,
  };

  async function* itemBatches(): AsyncGenerator<SourceItem[]> {
    if (revs.length === 0) return;
    // Blocks of neighbouring commits dealt in turn, rather than one contiguous half each: a
    // history's cost is uneven (one era's commits are larger), and halves left one process alone.
    const shares = await shareCommits(root!, revs, Math.min(availableParallelism(), 4));
    let total: number | undefined;
    let progressDone = false;
    void shares.listed.then((n) => (total = n)).catch(() => undefined);
    // Started at the first version read whole (most histories of code never need one).
    let reader: BlobReader | undefined;
    const read = async (ids: readonly string[]): Promise<Map<string, BlobResult>> => {
      const r = (reader ??= new BlobReader(root!));
      return new Map(await Promise.all(ids.map(async (id) => [id, await r.read(id)] as const)));
    };
    // Every commit's header (with its message) comes once, before its patches.
    const messages: CommitMessage[] = [];
    let commitsSeen = 0;
    const onMessage = (m: CommitMessage): void => {
      messages.push(m);
      commitsSeen++;
      // The total is known once rev-list has listed every commit (a fraction of a second).
      if (total !== undefined) opts.onProgress?.(commitsSeen, total);
      if (commitsSeen === total) progressDone = true;
    };
    const messageItems = (out: SourceItem[]): void => {
      for (const m of messages.splice(0)) {
        const item = commitMessageItem(m.meta, m.text);
        if (item) out.push(item);
      }
    };
    try {
      for await (const patches of patchesOf(root!, shares, onMessage)) {
        // The messages of the commits these patches belong to (and of any before them) come first.
        const out: SourceItem[] = [];
        messageItems(out);
        for (const f of patches) {
          // Every patch is scanned, even of a version another commit made too: what a patch adds
          // depends on its parent as much as on the version (a later commit that reverts another
          // change makes the same version again, adding only the reverted line, and scanning that
          // version once, newest first, skipped the commit that added a secret to it).
          if (f.deleted || f.submodule || (f.added.length === 0 && !f.binary)) continue;
          const text = f.added.map((a) => a.text).join('\n');
          // A binary patch shows no lines; an MCP config is analysed as a document: both are read
          // whole (one request to the long-lived cat-file), and only their added lines reported.
          if (f.newBlob && (f.binary || needsWholeDocument(f.path, text))) {
            const item = versionItem(f, await read(blobsToRead(f)), 'commit');
            if (item) out.push(item);
          } else out.push(addedLinesItem(f, text));
        }
        if (out.length > 0) yield out;
      }
      const rest: SourceItem[] = [];
      messageItems(rest);
      if (rest.length > 0) yield rest;
    } finally {
      shares.stop();
      await reader?.close().catch(() => undefined);
    }
    // A failed rev-list fails the scan here, after what it listed was scanned.
    const listed = await shares.listed;
    if (commitsSeen !== listed)
      throw new GitError(`git diff-tree showed ${commitsSeen} of the ${listed} commits to scan`);
    if (!progressDone) opts.onProgress?.(commitsSeen, listed);
  }
}

/** One by one, the items of a batched stream. */
async function* eachItem(batches: AsyncIterable<readonly SourceItem[]>): AsyncGenerator<SourceItem> {
  for await (const batch of batches) yield* batch;
}

/** The unit of a file patch's added lines (a binary patch shows none: read it whole instead). */
function addedLinesItem(f: FilePatch, text: string): SourceItem {
  if (f.binary) return { kind: 'error', path: f.path, message: `cannot read the binary patch of ${f.path}` };
  return {
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

/**
 * The patches of `shares`' commits (newest first), from `git diff-tree --stdin -p` processes that
 * each take every n-th block of neighbouring commits: git's diffing, the bottleneck, then runs on
 * every core. Patches arrive interleaved across shares; each carries its commit.
 */
function patchesOf(
  root: string,
  shares: CommitShares,
  onMessage: (message: CommitMessage) => void,
): AsyncGenerator<FilePatch[]> {
  const streams: AsyncGenerator<FilePatch[]>[] = [];
  for (let i = 0; i < shares.processes; i++) {
    const args = [
      '-c',
      'core.quotePath=false',
      'diff-tree',
      '--stdin',
      '-p',
      '--root',
      // A merge's combined diff: only the lines no parent had.
      '--cc',
      // Every commit's header and message, also when its diff is empty (a merge taking one side).
      '--always',
      ...DIFF_FLAGS,
      `--format=${COMMIT_FORMAT}`,
    ];
    streams.push(parsePatchBatches(gitLines(root, args, shares.input(i)), onMessage));
  }
  return merge(streams);
}

/** Items from several async generators as each produces them; a failure in one stops them all. */
export async function* merge<T>(sources: readonly AsyncGenerator<T>[]): AsyncGenerator<T> {
  const pending = new Map<number, Promise<{ i: number; r: IteratorResult<T> }>>();
  const pull = (i: number): void => {
    pending.set(
      i,
      sources[i]!.next().then((r) => ({ i, r })),
    );
  };
  sources.forEach((_, i) => pull(i));
  try {
    while (pending.size > 0) {
      const { i, r } = await Promise.race(pending.values());
      if (r.done) {
        pending.delete(i);
        continue;
      }
      pull(i);
      yield r.value;
    }
  } finally {
    // Ends the other git processes when one failed or the consumer stopped early.
    await Promise.allSettled(sources.map((s) => s.return(undefined)));
  }
}

/** With --allow-shallow: what the scan cannot see, for the reports to say. */
async function shallowGap(root: string): Promise<string | undefined> {
  if (!(await isShallow(root))) return undefined;
  const boundary = await shallowBoundary(root);
  return `shallow clone (--allow-shallow): the history behind ${boundary.length} commit(s) (${boundary.map((c) => c.slice(0, 12)).join(', ')}) is missing and was not scanned; a secret added and removed there cannot be found`;
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
  // Both forms mean "what HEAD adds over BASE": the commits reachable from HEAD and not from BASE.
  return commitRevs(root, head!, [base!], allowShallow, `--diff ${range}`);
}

/** rev-list arguments for the commits of `head` in none of `exclude`, all checked to be complete. */
async function commitRevs(
  root: string,
  head: string,
  exclude: readonly string[],
  allowShallow: boolean,
  what = 'the commit range',
): Promise<string[]> {
  const ids: string[] = [];
  for (const name of [head, ...exclude]) {
    const id = await resolveCommit(root, name);
    if (!id)
      throw new GitError(
        `${what}: commit "${name}" is not in this repository${(await isShallow(root)) ? ' (shallow clone: fetch more history)' : ''}`,
      );
    ids.push(id);
  }
  const revs = [ids[0]!, ...ids.slice(1).map((id) => `^${id}`)];
  // In a shallow clone a range can reach the boundary: those commits' diffs would be their whole
  // trees, and the commits behind them would be missing.
  const cut = allowShallow ? [] : await boundaryCommitsIn(root, revs);
  if (cut.length > 0) {
    throw new IncompleteHistoryError(
      `${what}: this shallow clone cuts the range at ${cut.map((c) => c.slice(0, 12)).join(', ')}, so some commits in it cannot be seen. Fetch more history (git fetch --deepen=N) or pass --allow-shallow.`,
    );
  }
  return revs;
}
