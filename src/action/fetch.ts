/**
 * `actions/checkout` leaves a depth-1 clone: fetch what the scan needs, by SHA, deepening until
 * the range is complete. Failing that, the scan must not run on a partial history.
 */
import { boundaryCommitsIn, git, isShallow, resolveCommit } from '../sources/git.js';

export class FetchError extends Error {}

const REMOTE = 'origin';

async function fetch(root: string, args: string[]): Promise<void> {
  try {
    await git(root, ['fetch', '--no-tags', '--quiet', REMOTE, ...args]);
  } catch (e) {
    throw new FetchError(`git fetch ${args.join(' ')} failed: ${(e as Error).message.trim()}`);
  }
}

/** Makes sure `sha` is in the clone. */
export async function ensureCommit(root: string, sha: string): Promise<void> {
  if (await resolveCommit(root, sha)) return;
  await fetch(root, ['--depth=1', sha]);
  if (!(await resolveCommit(root, sha))) throw new FetchError(`commit ${sha} could not be fetched from ${REMOTE}`);
}

/**
 * Deepens (doubling) until no commit of `base..head` sits on the shallow boundary, so every
 * commit in the range has its parents and its diff is only what it changed.
 */
export async function completeRange(root: string, base: string, head: string): Promise<void> {
  let depth = 64;
  // The remote knows commits by id, not this clone's local ref names.
  const ids = [await resolveCommit(root, base), await resolveCommit(root, head)];
  if (!ids[0] || !ids[1]) throw new FetchError(`cannot resolve ${ids[0] ? head : base} in this clone`);
  for (let round = 0; round < 12; round++) {
    if (!(await isShallow(root))) return;
    if ((await boundaryCommitsIn(root, [ids[1], `^${ids[0]}`])).length === 0) return;
    await fetch(root, [`--deepen=${depth}`, ids[0], ids[1]]);
    depth *= 2;
  }
  if (await isShallow(root)) await fetch(root, ['--unshallow']);
}

/** Fetches a branch of the remote as `refs/remotes/origin/<branch>` and returns that ref. */
export async function fetchBranch(root: string, branch: string): Promise<string> {
  const ref = `refs/remotes/${REMOTE}/${branch}`;
  await fetch(root, ['--depth=1', `+refs/heads/${branch}:${ref}`]);
  return ref;
}

export async function fullHistory(root: string): Promise<void> {
  if (await isShallow(root)) await fetch(root, ['--unshallow']);
}
