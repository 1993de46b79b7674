/**
 * Carries out a range plan in the clone `actions/checkout` leaves (depth 1): fetch each tip by id
 * into a private ref, then fetch with a doubling `--depth` from every tip until no commit of the
 * range sits on the shallow boundary (so the merge base is present and every commit has its
 * parents). `--depth` is counted from the tips asked for, so it also reaches a force-pushed old tip
 * that no remote ref points to (`--deepen` only deepens what the remote's refs reach). Failing
 * that, the scan must not run on a partial history.
 */
import { boundaryCommitsIn, git, isShallow, resolveCommit } from '../sources/git.js';
import type { Exclusion } from './scope.js';

export class FetchError extends Error {}

const REMOTE = 'origin';
/** Tips are kept under this private namespace, so they survive and can be counted. */
const REF_PREFIX = 'refs/mcp-leak-guard';
/** First depth tried: most pushes and pull requests are a handful of commits. */
export const FIRST_DEPTH = 16;
/** Doublings before giving up on depths and fetching the tips' whole histories. */
export const MAX_ROUNDS = 10;

export interface ResolvedRange {
  head: string;
  exclude: string[];
  /** Commits the clone gained. */
  fetchedCommits: number;
  /** `git fetch` calls made. */
  fetches: number;
  /** Why an exclusion was dropped (a gone old tip, a missing default branch). */
  notices: string[];
}

interface Tip {
  sha: string;
  ref: string;
}

/** The fetching this module does, counted for the log line. */
class Fetcher {
  fetches = 0;
  constructor(readonly root: string) {}

  async fetch(args: string[]): Promise<void> {
    this.fetches++;
    try {
      await git(this.root, ['fetch', '--no-tags', '--quiet', REMOTE, ...args]);
    } catch (e) {
      throw new FetchError(`git fetch ${args.join(' ')} failed: ${(e as Error).message.trim()}`);
    }
  }

  /** Fetches one commit (at depth 1 in a shallow clone) into `ref`; false when the remote lacks it. */
  async fetchTip(tip: Tip, shallow: boolean): Promise<boolean> {
    if (await resolveCommit(this.root, tip.sha)) {
      await git(this.root, ['update-ref', tip.ref, tip.sha]);
      return true;
    }
    try {
      await this.fetch([...(shallow ? ['--depth=1'] : []), `+${tip.sha}:${tip.ref}`]);
    } catch {
      return false;
    }
    return Boolean(await resolveCommit(this.root, tip.ref));
  }
}

export async function countCommits(root: string, revs: readonly string[]): Promise<number> {
  return Number((await git(root, ['rev-list', '--count', ...revs, '--'])).trim());
}

/** The id of the default branch (or any branch) on the remote, or undefined when it has none. */
async function remoteBranch(f: Fetcher, branch: string): Promise<string | undefined> {
  f.fetches++;
  const out = await git(f.root, ['ls-remote', '--heads', REMOTE, `refs/heads/${branch}`]).catch((e: Error) => {
    throw new FetchError(`git ls-remote ${REMOTE} refs/heads/${branch} failed: ${e.message.trim()}`);
  });
  return /^([0-9a-f]{40,64})\s/m.exec(out)?.[1];
}

/** Makes `head` and what is not new present, with every commit of the range complete. */
export async function fetchRange(
  root: string,
  head: string,
  exclusions: readonly Exclusion[],
  opts: { firstDepth?: number; maxRounds?: number } = {},
): Promise<ResolvedRange> {
  const f = new Fetcher(root);
  const shallow = await isShallow(root);
  const before = await countCommits(root, ['--all']);
  const notices: string[] = [];
  const headTip = { sha: head, ref: `${REF_PREFIX}/head` };
  if (!(await f.fetchTip(headTip, shallow))) throw new FetchError(`commit ${head} could not be fetched from ${REMOTE}`);
  const tips: Tip[] = [headTip];
  for (const [i, ex] of exclusions.entries()) {
    const sha = 'sha' in ex ? ex.sha : await remoteBranch(f, ex.branch);
    const tip = sha && { sha, ref: `${REF_PREFIX}/exclude-${i}` };
    if (tip && (await f.fetchTip(tip, shallow))) {
      tips.push(tip);
      continue;
    }
    if (!ex.ifGone)
      throw new FetchError(`commit ${'sha' in ex ? ex.sha : ex.branch} could not be fetched from ${REMOTE}`);
    notices.push(ex.ifGone);
  }
  const range = [tips[0]!.ref, ...tips.slice(1).map((t) => `^${t.ref}`)];
  if (shallow) await deepenUntilComplete(f, tips, range, opts);
  return {
    head: tips[0]!.sha,
    exclude: tips.slice(1).map((t) => t.sha),
    fetchedCommits: (await countCommits(root, ['--all'])) - before,
    fetches: f.fetches,
    notices,
  };
}

/**
 * The deepening loop: `--depth` doubling from every tip until no commit of `range` is on the
 * shallow boundary, then the tips' whole histories; still cut after that is an error. A checkout
 * deeper than one commit keeps its depth: its HEAD is asked for too, never less deep than it was.
 */
async function deepenUntilComplete(
  f: Fetcher,
  tips: readonly Tip[],
  range: readonly string[],
  opts: { firstDepth?: number; maxRounds?: number },
): Promise<void> {
  const cut = async (): Promise<boolean> =>
    (await isShallow(f.root)) && (await boundaryCommitsIn(f.root, range)).length > 0;
  if (!(await cut())) return;
  const wants = tips.map((t) => `+${t.sha}:${t.ref}`);
  const headDepth = await countCommits(f.root, ['HEAD']).catch(() => 0);
  let withCheckout = false;
  if (headDepth > 1) {
    wants.push(`+${(await resolveCommit(f.root, 'HEAD'))!}:${REF_PREFIX}/checkout`);
    withCheckout = true;
  }
  const fetchWants = async (depthArg: string): Promise<void> => {
    try {
      await f.fetch([depthArg, ...wants]);
    } catch (e) {
      // A checkout the remote lacks (a local commit) cannot be asked for: go on without it.
      if (!withCheckout) throw e;
      withCheckout = false;
      wants.pop();
      await f.fetch([depthArg, ...wants]);
    }
  };
  let depth = Math.max(opts.firstDepth ?? FIRST_DEPTH, headDepth);
  for (let round = 0; round < (opts.maxRounds ?? MAX_ROUNDS); round++) {
    await fetchWants(`--depth=${depth}`);
    if (!(await cut())) return;
    depth *= 2;
  }
  await fetchWants('--unshallow');
  if (await cut())
    throw new FetchError(`the commits of ${range.join(' ')} are still cut off after fetching their full history`);
}

/** The whole history of the checkout, for history scans. */
export async function fetchHistory(root: string): Promise<{ fetchedCommits: number; fetches: number }> {
  if (!(await isShallow(root))) return { fetchedCommits: 0, fetches: 0 };
  const f = new Fetcher(root);
  const before = await countCommits(root, ['--all']);
  await f.fetch(['--unshallow']);
  return { fetchedCommits: (await countCommits(root, ['--all'])) - before, fetches: f.fetches };
}
