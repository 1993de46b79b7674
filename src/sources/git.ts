/**
 * The one module through which every git call goes. Arguments are arrays (never a shell string)
 * and paths follow `--`. Small calls buffer through simple-git; large outputs (history) are
 * streamed by the functions that need them, with `child_process.spawn`.
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

export function gitClient(cwd: string): SimpleGit {
  return simpleGit({
    baseDir: cwd,
    maxConcurrentProcesses: 4,
    trimmed: false,
    // simple-git treats a non-zero exit with nothing on stderr as success (`check-ignore -q`,
    // `rev-parse --quiet`): here every non-zero exit is a failure, so no "no" reads as "yes".
    errors: (error, result) => {
      if (error) return error;
      if (result.exitCode === 0) return undefined;
      return Buffer.concat([...result.stdErr, Buffer.from(`git exited with ${result.exitCode}`)]);
    },
  });
}

/** git could not be started at all: no answer from it means nothing, so nothing may swallow this. */
export class GitMissingError extends GitError {}

const missing = (e: unknown): boolean =>
  /\bENOENT\b/.test((e as Error)?.message ?? '') && /spawn/i.test((e as Error).message);

/** Run one git command and return its stdout; failures become a GitError naming the command. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    return await gitClient(cwd).raw([...args]);
  } catch (e) {
    if (missing(e)) throw new GitMissingError(`git is not installed or not on PATH (needed for: git ${args[0] ?? ''})`);
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
      if (isBareRepository(d)) return d;
      if (path.dirname(d) === d) return undefined;
    }
  }
  try {
    const out = await gitClient(dir).raw(['rev-parse', '--show-toplevel']);
    return out.trim() || undefined;
  } catch (e) {
    if (missing(e)) throw new GitMissingError('git is not installed or not on PATH');
    return undefined;
  }
}

/** A bare repository has no work tree and no `.git`: its folder holds HEAD, objects and refs. */
function isBareRepository(d: string): boolean {
  const is = (name: string, dir: boolean): boolean => {
    const st = statSync(path.join(d, name), { throwIfNoEntry: false });
    return st !== undefined && (dir ? st.isDirectory() : st.isFile());
  };
  return is('HEAD', false) && is('objects', true) && is('refs', true);
}

/** A folder `git ls-files` could not read: what it lists without it is incomplete. */
export interface UnreadableFolder {
  path: string;
  message: string;
}

/**
 * Tracked and untracked files under `pathspec`, relative to `root`: without `ignored`, only those
 * `.gitignore` lets through; with it, ignored ones too (for a path the user named). Folders git
 * could not open (it only warns) come back as `unreadable`.
 */
export async function listWorktreeFiles(
  root: string,
  pathspec: string,
  opts: { ignored?: boolean } = {},
): Promise<{ files: string[]; unreadable: UnreadableFolder[] }> {
  const { stdout, stderr } = await gitCapture(root, [
    '-c',
    'core.quotePath=false',
    'ls-files',
    '-z',
    '--cached',
    '--others',
    ...(opts.ignored ? [] : ['--exclude-standard']),
    '--deduplicate',
    '--',
    pathspec,
  ]);
  const files = stdout.split('\0').filter((p) => p.length > 0);
  const unreadable = stderr
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const m = /could not open directory '(.*)': (.*)$/.exec(l);
      return m
        ? { path: m[1]!, message: `cannot read folder ${m[1]}: ${m[2]}` }
        : { path: pathspec, message: l.trim() };
    });
  return { files, unreadable };
}

/** True when git ignores `rel` (a path under `root`), by `.gitignore` or its folders'. */
export async function isIgnored(root: string, rel: string): Promise<boolean> {
  // Exit 0: ignored; 1: not ignored; anything else is a failure.
  const { code } = await gitCapture(root, ['check-ignore', '-q', '--', rel], { allowExit: [1] });
  return code === 0;
}

/** The blob id of each of `paths` in HEAD's tree (a path missing there is left out). */
export async function blobsAtHead(root: string, paths: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(paths);
  const out = new Map<string, string>();
  if (wanted.size === 0 || !(await resolveCommit(root, 'HEAD'))) return out;
  // -z: a name holding a newline stays one record.
  for await (const records of gitRecords(root, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], '\0')) {
    for (const r of records) {
      const tab = r.indexOf('\t');
      const p = r.slice(tab + 1);
      if (!wanted.has(p)) continue;
      const [, type, id] = r.slice(0, tab).split(' ');
      if (type === 'blob') out.set(p, id!);
    }
  }
  return out;
}

/**
 * Streams a git command's stdout as batches of lines (one batch per chunk read from the pipe:
 * yielding line by line through async generators costs more than git's own work on a history).
 * The process's failure (non-zero exit, or killed mid-stream) is raised after the last batch, so
 * a consumer never mistakes a broken stream for a complete one.
 */
export function gitLines(cwd: string, args: readonly string[], input?: GitInput): AsyncGenerator<string[]> {
  return gitRecords(cwd, args, '\n', input);
}

/**
 * What a streamed git command reads on stdin: all of it at once, or a writer given the open stdin
 * as soon as git starts (it must end it, whatever happens, or git waits for more).
 */
export type GitInput = string | ((stdin: Writable) => void);

/** Like `gitLines`, for output whose records end with `separator` (`\0` for `-z` forms). */
export async function* gitRecords(
  cwd: string,
  args: readonly string[],
  separator: '\n' | '\0',
  input?: GitInput,
): AsyncGenerator<string[]> {
  const child = spawn('git', [...args], { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    if (stderr.length < 4096) stderr += d;
  });
  // Settled as soon as git ends or cannot start; the catch keeps a failed spawn from becoming an
  // unhandled rejection before the stream below is drained.
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(signal ? null : code));
  }).then(
    (code) => ({ code, error: undefined }),
    (error: Error) => ({ code: undefined, error }),
  );
  if (input !== undefined) {
    child.stdin!.on('error', () => undefined); // git ending early is reported through its exit
    if (typeof input === 'string') child.stdin!.end(input);
    else input(child.stdin!);
  }
  const stdout = child.stdout!;
  stdout.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of stdout as AsyncIterable<string>) {
      const lines = (rest + chunk).split(separator);
      rest = lines.pop()!;
      if (lines.length > 0) yield lines;
    }
    if (rest) yield [rest];
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const { code, error } = await exited;
  if (error) throw spawnFailure(error, args);
  if (code !== 0) throw new GitError(`git ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || `exit ${code}`}`);
}

function spawnFailure(e: Error, args: readonly string[]): GitError {
  const command = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? '';
  if ((e as NodeJS.ErrnoException).code === 'ENOENT')
    return new GitMissingError(`git is not installed or not on PATH (needed for: git ${command})`);
  return new GitError(`cannot run git ${command}: ${e.message}`);
}

/**
 * Runs git to completion with stdout and stderr apart: for commands whose warnings matter
 * (`ls-files` says on stderr which folders it could not read, and still exits 0).
 */
export function gitCapture(
  cwd: string,
  args: readonly string[],
  opts: { allowExit?: readonly number[] } = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(spawnFailure(e, args)));
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0 || (code !== null && opts.allowExit?.includes(code))) resolve({ stdout, stderr, code });
      else reject(new GitError(`git ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || `exit ${code}`}`));
    });
  });
}

/** Undoes git's C-style quoting of unusual paths (`"a\\tb"`, octal escapes for non-ASCII bytes). */
export function unquoteGitPath(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** True when the repository is a shallow clone (some history is missing). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The commits at the shallow boundary: their parents are missing from this clone. */
export async function shallowBoundary(cwd: string): Promise<string[]> {
  const file = (await git(cwd, ['rev-parse', '--git-path', 'shallow'])).trim();
  const text = await readFile(path.resolve(cwd, file), 'utf8').catch(() => '');
  return text.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}

/**
 * Commits of `revs` (rev-list arguments) that sit on the shallow boundary. Such a commit has lost
 * its parents, so its diff would show its whole tree as added: a range holding one is incomplete.
 */
export async function boundaryCommitsIn(cwd: string, revs: readonly string[]): Promise<string[]> {
  const boundary = new Set(await shallowBoundary(cwd));
  if (boundary.size === 0) return [];
  const inRange = (await git(cwd, ['rev-list', ...revs, '--'])).split('\n');
  return inRange.filter((c) => boundary.has(c));
}

/** The full commit id a revision names, or undefined when it is not in this clone. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  try {
    return (
      (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim() || undefined
    );
  } catch (e) {
    // "No such commit" is an answer; git missing is not.
    if (e instanceof GitMissingError) throw e;
    return undefined;
  }
}

/**
 * One git command with extra environment (credentials for a clone travel in `GIT_CONFIG_*`
 * variables, never on the command line where `ps` shows them); stdout buffered, small outputs only.
 */
export function gitWithEnv(
  cwd: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) =>
      reject(
        missing(e) || (e as NodeJS.ErrnoException).code === 'ENOENT'
          ? new GitMissingError(`git is not installed or not on PATH (needed for: git ${args[0] ?? ''})`)
          : new GitError(`git ${args[0] ?? ''} failed: ${e.message}`),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else {
        const why = Buffer.concat(err)
          .toString('utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join(' ')
          .slice(0, 400);
        reject(new GitError(`git ${args[0] ?? ''} failed (exit ${code}): ${why}`));
      }
    });
  });
}
