/**
 * Runs a CommonJS bundle through a V8 code cache, so a start does not compile it again: the
 * pre-commit hook pays Node's start-up on every commit, and compiling the CLI's bundle (and the
 * functions a scan then compiles lazily) was the largest part of the rest.
 *
 * The cache is a file per bundle under the user's cache folder, named after the SHA-256 of the
 * code it was made from (and Node's version and architecture): a changed bundle never meets an
 * old cache. A cache is used only when its header holds that same hash and a hash of its data
 * that matches, and only from a folder and file that this user owns and no one else may write
 * (V8 runs cached bytecode as it is). It is written after a scan (the run the hook repeats),
 * to a temporary file renamed into place, so a reader never sees half of one. Anything that goes
 * wrong with the cache (no home folder, a read-only disk, a corrupt or foreign file) leaves the
 * bundle to compile as it would without one, silently.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';

/** Names the wrapped bundle's parameters: what CommonJS gives a module, plus what the entry passes on. */
export const BUNDLE_PARAMETERS = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  '__mlgEntryUrl',
  '__mlgImport',
];
const MAGIC = Buffer.from('MLGCC01\n');
const HASH = 32;
const HEADER = MAGIC.length + 2 * HASH;
/** Caches of bundles no run has asked for in this long are removed when a new one is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;

export type CacheOutcome = 'hit' | 'miss' | 'rejected' | 'off';

/** The folder caches go to, or none: `MCP_LEAK_GUARD_CODE_CACHE=off`, or no home folder. */
export function cacheFolder(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env['MCP_LEAK_GUARD_CODE_CACHE'] === 'off') return undefined;
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'mcp-leak-guard');
  if (process.platform === 'win32' && env['LOCALAPPDATA'])
    return path.join(env['LOCALAPPDATA'], 'mcp-leak-guard', 'cache');
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  return home ? path.join(home, '.cache', 'mcp-leak-guard') : undefined;
}

/** Owned by this user and writable by no one else (POSIX; Windows keeps LOCALAPPDATA per user). */
function isPrivate(stat: { uid: number; mode: number }): boolean {
  if (typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

const sha256 = (...parts: (string | Buffer)[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** The cached data in `file` if it was made from code hashing to `codeHash` and is whole; else none. */
export function readCodeCache(file: string, codeHash: Buffer): Buffer | undefined {
  let fd: number | undefined;
  try {
    if (!isPrivate(statSync(path.dirname(file)))) return undefined;
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile() || !isPrivate(stat) || stat.size <= HEADER) return undefined;
    const buf = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < buf.length) {
      const n = readSync(fd, buf, read, buf.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    const data = buf.subarray(HEADER);
    const header = (i: number): Buffer => buf.subarray(MAGIC.length + i * HASH, MAGIC.length + (i + 1) * HASH);
    if (!buf.subarray(0, MAGIC.length).equals(MAGIC) || !header(0).equals(codeHash)) return undefined;
    return header(1).equals(sha256(data)) ? data : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `data` (made from code hashing to `codeHash`) to `file` whole or not at all. */
export function writeCodeCache(file: string, codeHash: Buffer, data: Buffer): void {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!isPrivate(statSync(dir))) return;
    writeFileSync(tmp, Buffer.concat([MAGIC, codeHash, sha256(data), data]), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
    removeStale(dir, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never written
    }
  }
}

function removeStale(dir: string, keep: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (file === keep || !/\.(?:bin|tmp)$/.test(name)) continue;
    try {
      if (now - statSync(file).mtimeMs > STALE_MS) unlinkSync(file);
    } catch {
      // another run removed it
    }
  }
}

/**
 * Compiles the CommonJS bundle `source` (read from `filename`) with a code cache when one fits.
 * Returns the function it wraps (parameters: `BUNDLE_PARAMETERS`), what became of the cache, and
 * `save`, which writes a cache when this run had none it could use: called at exit, after the run,
 * the cache holds the functions the run compiled too, not only the top level.
 */
export function compileBundle(
  source: Buffer,
  filename: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { run: (...args: unknown[]) => unknown; cache: CacheOutcome; save: () => void } {
  const head = `(function (${BUNDLE_PARAMETERS.join(', ')}) {`;
  const tail = '\n})';
  const folder = cacheFolder(env);
  const codeHash = sha256(head, source, tail);
  const file =
    folder && path.join(folder, `cli-${codeHash.toString('hex').slice(0, 32)}-${process.version}-${process.arch}.bin`);
  const cachedData = file ? readCodeCache(file, codeHash) : undefined;
  const script = new Script(head + source.toString('utf8') + tail, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CacheOutcome = !file ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  const save = (): void => {
    if (!file || cache === 'hit') return;
    try {
      writeCodeCache(file, codeHash, script.createCachedData());
    } catch {
      // no cache this time
    }
  };
  return { run: script.runInThisContext() as (...args: unknown[]) => unknown, cache, save };
}
