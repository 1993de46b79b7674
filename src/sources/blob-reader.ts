/**
 * Reads blobs by object id through one long-lived `git cat-file --batch` process, so a history
 * can ask for thousands of file versions without starting git for each. Requests are object ids
 * only (never `rev:path`): a path holding a newline cannot split a request in two and shift every
 * answer after it. A blob too large to hold as text streams past without being kept.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { MAX_SCAN_BYTES } from './decode.js';
import { GitError, GitMissingError } from './git.js';

export type BlobResult = { kind: 'blob'; data: Buffer } | { kind: 'missing' } | { kind: 'too-large'; size: number };

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

interface Waiter {
  id: string;
  resolve(r: BlobResult): void;
  reject(e: Error): void;
}

interface Body {
  remaining: number;
  size: number;
  keep: boolean;
  parts: Buffer[];
}

export class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Waiter[] = [];
  private header: Buffer[] = [];
  private body: Body | undefined;
  private failure: Error | undefined;
  private stderr = '';
  private readonly closed: Promise<void>;

  constructor(
    private readonly cwd: string,
    private readonly maxBytes = MAX_SCAN_BYTES,
  ) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (c: Buffer) => this.feed(c));
    this.child.stderr.on('data', (c: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += c.toString('utf8');
    });
    this.child.stdin.on('error', () => undefined); // git ending early is reported through 'close'
    this.closed = new Promise((resolve) => {
      this.child.on('error', (e: NodeJS.ErrnoException) => {
        this.fail(
          e.code === 'ENOENT'
            ? new GitMissingError('git is not installed or not on PATH (needed for: git cat-file)')
            : new GitError(`cannot run git cat-file: ${e.message}`),
        );
        resolve();
      });
      this.child.on('close', (code) => {
        if (this.waiting.length > 0 || code !== 0)
          this.fail(new GitError(`git cat-file --batch failed in ${cwd}: ${this.stderr.trim() || `exit ${code}`}`));
        resolve();
      });
    });
  }

  read(id: string): Promise<BlobResult> {
    if (!OBJECT_ID.test(id)) return Promise.reject(new GitError(`not an object id: ${JSON.stringify(id)}`));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ id, resolve, reject });
      this.child.stdin.write(`${id}\n`);
    });
  }

  /** Ends git; a failure it reports then (or earlier) is raised here too. */
  async close(): Promise<void> {
    this.child.stdin.end();
    await this.closed;
    if (this.failure) throw this.failure;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.splice(0)) w.reject(this.failure);
  }

  private feed(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      const body = this.body;
      if (!body) {
        const nl = chunk.indexOf(10, pos);
        if (nl === -1) {
          this.header.push(chunk.subarray(pos));
          return;
        }
        const line = Buffer.concat([...this.header, chunk.subarray(pos, nl)]).toString('utf8');
        this.header = [];
        pos = nl + 1;
        this.startObject(line);
        continue;
      }
      const take = Math.min(body.remaining, chunk.length - pos);
      if (body.keep) body.parts.push(chunk.subarray(pos, pos + take));
      pos += take;
      body.remaining -= take;
      if (body.remaining === 0) {
        this.body = undefined;
        const w = this.waiting.shift();
        if (!body.keep) w?.resolve({ kind: 'too-large', size: body.size });
        // The object is followed by one LF, which is not content.
        else w?.resolve({ kind: 'blob', data: Buffer.concat(body.parts).subarray(0, body.size) });
      }
    }
  }

  private startObject(line: string): void {
    const w = this.waiting[0];
    if (line.endsWith(' missing')) {
      this.waiting.shift()?.resolve({ kind: 'missing' });
      return;
    }
    const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
    if (!m || !w) {
      this.fail(new GitError(`git cat-file --batch answered ${JSON.stringify(line.slice(0, 100))} for ${w?.id}`));
      this.child.kill();
      return;
    }
    const size = Number(m[3]);
    this.body = { remaining: size + 1, size, keep: size <= this.maxBytes, parts: [] };
  }
}

/** Several blobs by object id through one `git cat-file --batch` process. */
export async function readBlobs(
  cwd: string,
  ids: readonly string[],
  /** A reader started earlier (closed here like one started here). */
  started?: BlobReader,
): Promise<Map<string, BlobResult>> {
  const out = new Map<string, BlobResult>();
  if (ids.length === 0) {
    await started?.close().catch(() => undefined);
    return out;
  }
  const reader = started ?? new BlobReader(cwd);
  try {
    for (const [id, r] of await Promise.all([...new Set(ids)].map(async (id) => [id, await reader.read(id)] as const)))
      out.set(id, r);
  } finally {
    // Every answer arrived (or the failure is already being raised): how git exits adds nothing.
    await reader.close().catch(() => undefined);
  }
  return out;
}
