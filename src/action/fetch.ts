/**
 * Carries out a range plan in the clone `actions/checkout` leaves (depth 1): fetch each tip by id
 * into a private ref, then fetch with a doubling `--depth` from every tip until no commit of the
 * range sits on the shallow boundary and the excluded history meets head's (so the merge base is
 * present, not cut off, and every commit has its parents). `--depth` is counted from the tips asked for, so it also reaches a force-pushed old tip
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
  /** An exclusion that defines the range (a pull request's base), not one that only trims it. */
  required?: boolean;
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
    const tip = sha && { sha, ref: `${REF_PREFIX}/exclude-${i}`, required: !ex.ifGone };
    if (tip && (await f.fetchTip(tip, shallow))) {
      tips.push(tip);
      continue;
    }
    if (!ex.ifGone)
      throw new FetchError(`commit ${'sha' in ex ? ex.sha : ex.branch} could not be fetched from ${REMOTE}`);
    notices.push(ex.ifGone);
  }
  if (shallow) await deepenUntilComplete(f, tips, opts);
  return {
    head: tips[0]!.sha,
    exclude: tips.slice(1).map((t) => t.sha),
    fetchedCommits: (await countCommits(root, ['--all'])) - before,
    fetches: f.fetches,
    notices,
  };
}

async function meets(root: string, a: string, b: string): Promise<boolean> {
  return git(root, ['merge-base', a, b]).then(
    (out) => out.trim() !== '',
    () => false,
  );
}

/**
 * Whether the clone holds the whole range: no commit of it on the shallow boundary (else its
 * parents, maybe new too, are missing), and the excluded history reaching down to head's (else
 * head's old commits below a shallow cut would count as new). Each exclusion that defines the
 * range must meet head; of those that only trim it (old tip, default branch), one is enough.
 */
async function complete(root: string, tips: readonly Tip[]): Promise<boolean> {
  if (!(await isShallow(root))) return true;
  const [head, ...excluded] = tips;
  if ((await boundaryCommitsIn(root, [head!.ref, ...excluded.map((t) => `^${t.ref}`)])).length > 0) return false;
  const required = excluded.filter((t) => t.required);
  for (const t of required) if (!(await meets(root, head!.ref, t.ref))) return false;
  if (required.length > 0 || excluded.length === 0) return true;
  for (const t of excluded) if (await meets(root, head!.ref, t.ref)) return true;
  return false;
}

/**
 * The deepening loop: `--depth` doubling from every tip until the range is complete, then the
 * tips' whole histories. A checkout deeper than one commit keeps its depth: its HEAD is asked for
 * too, never less deep than it was.
 */
async function deepenUntilComplete(
  f: Fetcher,
  tips: readonly Tip[],
  opts: { firstDepth?: number; maxRounds?: number },
): Promise<void> {
  if (await complete(f.root, tips)) return;
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
    if (await complete(f.root, tips)) return;
    depth *= 2;
  }
  await fetchWants('--unshallow');
  // Whole histories now: unrelated histories may have no merge base, but nothing may be cut.
  const cut = await boundaryCommitsIn(
    f.root,
    tips.map((t) => t.ref),
  );
  if (cut.length > 0)
    throw new FetchError(`the history of ${tips[0]!.sha} is still cut at ${cut[0]} after fetching all of it`);
}

/** The whole history of the checkout, for history scans. */
export async function fetchHistory(root: string): Promise<{ fetchedCommits: number; fetches: number }> {
  if (!(await isShallow(root))) return { fetchedCommits: 0, fetches: 0 };
  const f = new Fetcher(root);
  const before = await countCommits(root, ['--all']);
  await f.fetch(['--unshallow']);
  return { fetchedCommits: (await countCommits(root, ['--all'])) - before, fetches: f.fetches };
}
