/**
 * The one module through which every git call goes. Arguments are arrays (never a shell string)
 * and paths follow `--`. Small calls buffer through simple-git; large outputs (history) are
 * streamed by the functions that need them, with `child_process.spawn`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

export function gitClient(cwd: string): SimpleGit {
  return simpleGit({ baseDir: cwd, maxConcurrentProcesses: 4, trimmed: false });
}

/** Run one git command and return its stdout; failures become a GitError naming the command. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    return await gitClient(cwd).raw([...args]);
  } catch (e) {
    throw new GitError(`git ${args.join(' ')} failed in ${cwd}: ${(e as Error).message.trim()}`);
  }
}

const rootCache = new Map<string, Promise<string | undefined>>();

/** The work tree's top folder, or undefined outside one; asked of git once per folder. */
export function repoRoot(dir: string): Promise<string | undefined> {
  let root = rootCache.get(dir);
  if (!root) {
    root = findRepoRoot(dir);
    rootCache.set(dir, root);
  }
  return root;
}

async function findRepoRoot(dir: string): Promise<string | undefined> {
  // Walking up to a `.git` entry costs microseconds; spawning git for it costs ~30 ms of the
  // CLI's cold start. git itself decides when its environment points elsewhere.
  if (!process.env['GIT_DIR'] && !process.env['GIT_WORK_TREE']) {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
      const dotGit = statSync(path.join(d, '.git'), { throwIfNoEntry: false });
      if (dotGit) return dotGit.isDirectory() || dotGit.isFile() ? d : undefined;
      if (path.dirname(d) === d) return undefined;
    }
  }
  try {
    const out = await gitClient(dir).raw(['rev-parse', '--show-toplevel']);
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Tracked and untracked-but-not-ignored files under `pathspec`, relative to `root`. */
export async function listWorktreeFiles(root: string, pathspec: string): Promise<string[]> {
  const out = await git(root, [
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '--deduplicate',
    '--',
    pathspec,
  ]);
  return out.split('\0').filter((p) => p.length > 0);
}
