/**
 * The commits of a history dealt to several `git diff-tree --stdin` processes as `git rev-list`
 * lists them: the diffing starts with the first commits listed rather than after the whole list
 * (listing 50,000 commits takes ~0.3 s of one core, during which every git process waited).
 */
import type { Writable } from 'node:stream';
import { gitLines } from './git.js';

/** Commits per git process below which a second process is not worth its start-up. */
export const MIN_COMMITS_PER_PROCESS = 200;
/** Neighbouring commits given to the same process (they share most of their trees). */
export const COMMITS_PER_BLOCK = 64;

export interface CommitShares {
  /** How many processes share the commits (decided from the first commits listed). */
  processes: number;
  /** The stdin writer of process `i` (for `gitLines`' input): it receives that share's commits. */
  input(i: number): (stdin: Writable) => void;
  /** The number of commits listed, once rev-list ends; rejects when it failed. */
  listed: Promise<number>;
  /** Stops listing (the consumer stopped early, or a process failed). */
  stop(): void;
}

/**
 * Lists the commits of `revs` (rev-list arguments) and deals them, in blocks of neighbouring
 * commits in turn, to at most `maxProcesses` shares: as many as the whole list would get, which
 * the first `maxProcesses * MIN_COMMITS_PER_PROCESS` commits already tell.
 */
export async function shareCommits(root: string, revs: readonly string[], maxProcesses: number): Promise<CommitShares> {
  const list = gitLines(root, ['rev-list', ...revs, '--']);
  const first: string[] = [];
  let ended = false;
  try {
    while (first.length < maxProcesses * MIN_COMMITS_PER_PROCESS) {
      const r = await list.next();
      if (r.done) {
        ended = true;
        break;
      }
      for (const c of r.value) if (c) first.push(c);
    }
  } catch (e) {
    await list.return(undefined);
    throw e;
  }
  const processes = Math.max(1, Math.min(maxProcesses, Math.floor(first.length / MIN_COMMITS_PER_PROCESS)));
  const stdins: (Writable | undefined)[] = Array.from({ length: processes }, () => undefined);
  let stopped = false;
  let dealt = 0;
  /** Each share's next commits, joined, one string per process. */
  const deal = (commits: readonly string[]): string[] => {
    const out = Array.from({ length: processes }, () => '');
    for (const c of commits) {
      if (!c) continue;
      out[Math.floor(dealt / COMMITS_PER_BLOCK) % processes] += `${c}\n`;
      dealt++;
    }
    return out;
  };
  let startFeeding!: () => void;
  const attached = new Promise<void>((resolve) => (startFeeding = resolve));
  const listed = (async (): Promise<number> => {
    await attached;
    try {
      await write(deal(first));
      if (!ended) {
        for await (const batch of list) {
          if (stopped) break;
          await write(deal(batch));
        }
      }
      return dealt;
    } finally {
      if (stopped) await list.return(undefined);
      // git reads until its stdin ends, whatever happened here.
      for (const s of stdins) s?.end();
    }
  })();
  // Awaited by the history scan at its end; a rejection before then is not unhandled.
  listed.catch(() => undefined);

  async function write(parts: readonly string[]): Promise<void> {
    await Promise.all(
      parts.map(async (text, i) => {
        const stdin = stdins[i]!;
        if (!text || stdin.destroyed || stdin.writableEnded) return;
        // A git that stopped reading (it failed, or was stopped) reports through its exit: wait for
        // room or for its end, never for ever.
        if (!stdin.write(text)) await roomOrEnd(stdin);
      }),
    );
  }

  return {
    processes,
    input: (i) => (stdin) => {
      stdins[i] = stdin;
      if (stdins.every((s) => s !== undefined)) startFeeding();
    },
    listed,
    stop: () => {
      stopped = true;
    },
  };
}

/** Settles when `stdin` can take more, or is closed (listeners removed either way). */
function roomOrEnd(stdin: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stdin.off('drain', done);
      stdin.off('close', done);
      resolve();
    };
    stdin.on('drain', done);
    stdin.on('close', done);
  });
}
