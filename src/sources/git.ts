/**
 * The one module through which every git call goes. Arguments are arrays (never a shell string)
 * and paths follow `--`. Small calls buffer through simple-git; large outputs (history) are
 * streamed by the functions that need them, with `child_process.spawn`.
 */
import { spawn } from 'node:child_process';
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

/**
 * Streams a git command's stdout as batches of lines (one batch per chunk read from the pipe:
 * yielding line by line through async generators costs more than git's own work on a history).
 * The process's failure (non-zero exit, or killed mid-stream) is raised after the last batch, so
 * a consumer never mistakes a broken stream for a complete one.
 */
export async function* gitLines(cwd: string, args: readonly string[], input?: string): AsyncGenerator<string[]> {
  const child = spawn('git', [...args], { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    if (stderr.length < 4096) stderr += d;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(signal ? null : code));
  });
  if (input !== undefined) child.stdin!.end(input);
  const stdout = child.stdout!;
  stdout.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of stdout as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      if (lines.length > 0) yield lines;
    }
    if (rest) yield [rest];
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exited.catch((e: Error) => {
    throw new GitError(`cannot run git: ${e.message}`);
  });
  if (code !== 0) throw new GitError(`git ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || `exit ${code}`}`);
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
 * Blob contents by object name (`<sha>` or `<rev>:<path>`), through one `git cat-file --batch`
 * process. A missing object is an error unless `allowMissing` (then it is left out of the map).
 */
export async function readBlobs(
  cwd: string,
  names: readonly string[],
  opts: { allowMissing?: boolean } = {},
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (names.length === 0) return out;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(names.map((n) => `${n}\n`).join(''));
  const code = await done;
  if (code !== 0) throw new GitError(`git cat-file --batch failed in ${cwd} (exit ${code})`);
  const all = Buffer.concat(chunks);
  let pos = 0;
  for (const name of names) {
    const nl = all.indexOf(10, pos);
    const header = all.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    if (opts.allowMissing && header.endsWith(' missing')) continue;
    const m = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!m) throw new GitError(`cannot read object ${name}: ${header}`);
    const size = Number(m[2]);
    out.set(name, all.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
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
