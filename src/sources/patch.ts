/**
 * A streaming parser for git's unified diffs (`git diff -U0`, `git log -p -U0`) and combined
 * diffs of merges (`--cc`): it yields, file by file, the lines each patch adds with their line
 * numbers in the new version, plus the commit the patch belongs to. In a combined diff a line is
 * "added" only when no parent had it (the merge's own content). Deleted lines are never kept;
 * binary patches and submodule pointers are flagged so callers can read or count them.
 */
import type { CommitMeta } from '../core/types.js';
import { ownCopy } from '../core/remember.js';
import { unquoteGitPath } from './git.js';

export interface FilePatch {
  path: string;
  /** Full object name of the new version (needs `--full-index`); undefined for deletions. */
  newBlob?: string;
  /** Object names of the old version(s): one per parent in a combined diff; none for a new file. */
  oldBlobs: string[];
  isNew: boolean;
  deleted: boolean;
  binary: boolean;
  submodule: boolean;
  added: { line: number; text: string }[];
  meta?: CommitMeta;
}

/**
 * `git log --format` that `parsePatches` reads as a commit header followed by the commit's
 * message, the message ended by a NUL (which no message can hold), so a message line that looks
 * like a diff line is never read as one.
 */
export const COMMIT_FORMAT = 'format:commit %H%x00%an <%ae>%x00%aI%x00%cI%x00%B%x00';

/** A commit's message, from the header `COMMIT_FORMAT` writes (every commit has one, maybe empty). */
export interface CommitMessage {
  meta: CommitMeta;
  text: string;
}

const ZERO_BLOB = /^0+$/;
/** Paths a parser remembers (see `pathOf`) before it starts again. */
const MAX_PATHS = 20_000;

export async function* parsePatches(
  batches: AsyncIterable<readonly string[]>,
  onMessage?: (message: CommitMessage) => void,
): AsyncGenerator<FilePatch> {
  for await (const ready of parsePatchBatches(batches, onMessage)) yield* ready;
}

/**
 * Like `parsePatches`, a batch of patches per batch of lines (maybe none): a history holds
 * hundreds of thousands of file versions, and passing each through its own await costs more
 * than parsing it.
 */
export async function* parsePatchBatches(
  batches: AsyncIterable<readonly string[]>,
  onMessage?: (message: CommitMessage) => void,
): AsyncGenerator<FilePatch[]> {
  const parser = new PatchParser(onMessage);
  for await (const batch of batches) {
    const ready: FilePatch[] = [];
    for (const line of batch) {
      const done = parser.push(line);
      if (done) ready.push(done);
    }
    yield ready;
  }
  const last = parser.end();
  if (last) yield [last];
}

/** The line-by-line state machine, synchronous: `push` returns a file's patch once it is complete. */
export class PatchParser {
  private meta: CommitMeta | undefined;
  private file: FilePatch | undefined;
  private inHunk = false;
  private next = 0;
  /** Parents of the current file's combined diff; 1 for an ordinary diff. */
  private parents = 1;
  /** Lines of the commit message being read, until the NUL that ends it. */
  private message: string[] | undefined;
  private readonly paths = new Map<string, string>();

  constructor(private readonly onMessage?: (message: CommitMessage) => void) {}

  end(): FilePatch | undefined {
    const f = this.file;
    this.file = undefined;
    this.inHunk = false;
    if (f) {
      // What outlives the patch (seen blobs, findings, caches keyed by path) must not pin git's output.
      f.path = this.pathOf(f.path);
      if (f.newBlob) f.newBlob = ownCopy(f.newBlob);
      if (f.oldBlobs.length > 0) f.oldBlobs = f.oldBlobs.map(ownCopy);
    }
    return f;
  }

  /**
   * One copied string per path (see ownCopy): a history names the same paths again and again, and each
   * cache keyed by path then meets a string whose hash V8 has already computed.
   */
  private pathOf(p: string): string {
    let known = this.paths.get(p);
    if (known === undefined) {
      if (this.paths.size >= MAX_PATHS) this.paths.clear();
      known = ownCopy(p);
      this.paths.set(known, known);
    }
    return known;
  }

  push(line: string): FilePatch | undefined {
    if (this.message) {
      const end = line.indexOf('\0');
      this.message.push(end === -1 ? line : line.slice(0, end));
      if (end !== -1) this.endMessage();
      return undefined;
    }
    const file = this.file;
    if (this.inHunk && file && this.parents > 1) {
      if (this.pushCombined(file, line)) return undefined;
    } else if (this.inHunk && file) {
      const c = line.charCodeAt(0);
      if (c === 43 /* + */) {
        file.added.push({ line: this.next++, text: line.slice(1) });
        return undefined;
      }
      if (c === 32 /* space */ || c === 45 /* - */ || c === 92 /* \ */) {
        if (c === 32) this.next++;
        return undefined;
      }
      if (line.startsWith('@@')) {
        this.next = hunkStart(line);
        return undefined;
      }
    }
    if (line.startsWith('commit ') && line.includes('\0')) {
      const done = this.end();
      const [sha, author, date, committed, ...message] = line.slice(7).split('\0');
      this.meta = {
        commit: ownCopy(sha!),
        ...(author ? { author: ownCopy(author) } : {}),
        ...(date ? { date: ownCopy(date) } : {}),
        ...(committed ? { committed: ownCopy(committed) } : {}),
      };
      // The message starts on the header line; a second NUL there means it ends there too.
      if (message.length > 0) {
        this.message = [message[0]!];
        if (message.length > 1) this.endMessage();
      }
      return done;
    }
    const combined = line.startsWith('diff --cc ') || line.startsWith('diff --combined ');
    if (line.startsWith('diff --git ') || combined) {
      const done = this.end();
      this.parents = combined ? 2 : 1; // the index line gives the real count
      this.file = {
        path: combined ? unquoteGitPath(line.slice(line.indexOf(' ', 5) + 1)) : pathFromDiffHeader(line),
        oldBlobs: [],
        isNew: false,
        deleted: false,
        binary: false,
        submodule: false,
        added: [],
        ...(this.meta ? { meta: this.meta } : {}),
      };
      return done;
    }
    if (!file || this.inHunk) return undefined;
    if (line.startsWith('@@')) {
      this.inHunk = true;
      this.next = hunkStart(line);
    } else if (line.startsWith('+++ ')) {
      // git ends the name with a TAB when it holds a space, to mark where the name stops.
      const p = line.endsWith('\t') ? line.slice(4, -1) : line.slice(4);
      if (p !== '/dev/null') file.path = stripPrefix(unquoteGitPath(p), 'b/');
    } else if (line.startsWith('index ')) {
      const m = /^index ([0-9a-f,]+)\.\.([0-9a-f]+)(?: (\d+))?/.exec(line);
      if (m) {
        const olds = m[1]!.split(',');
        if (this.parents > 1) this.parents = olds.length;
        file.oldBlobs = olds.filter((b) => !ZERO_BLOB.test(b));
        if (!ZERO_BLOB.test(m[2]!)) file.newBlob = m[2]!;
        if (m[3] === '160000') file.submodule = true;
      }
    } else if (line.startsWith('new file mode')) file.isNew = true;
    else if (line.startsWith('deleted file mode')) file.deleted = true;
    else if (line.startsWith('rename to ')) file.path = unquoteGitPath(line.slice(10));
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') file.binary = true;
    return undefined;
  }

  private endMessage(): void {
    const text = this.message!.join('\n');
    this.message = undefined;
    this.onMessage?.({ meta: this.meta!, text });
  }

  /**
   * One line of a combined diff's hunk: a column per parent, `+` where that parent lacks the
   * line, `-` where only that parent has it. Returns false for a line that is not hunk content.
   */
  private pushCombined(file: FilePatch, line: string): boolean {
    const n = this.parents;
    if (line.startsWith('@'.repeat(n + 1))) {
      this.next = hunkStart(line);
      return true;
    }
    if (line.length < n || !/^[ +-]*$/.test(line.slice(0, n))) return line.startsWith('\\');
    const cols = line.slice(0, n);
    if (cols.includes('-')) return true;
    if (!cols.includes(' ')) file.added.push({ line: this.next, text: line.slice(n) });
    this.next++;
    return true;
  }
}

/** The new version's first line in a hunk header, ordinary (`@@`) or combined (`@@@`, ...). */
function hunkStart(line: string): number {
  const m = /^@@+(?: -\d+(?:,\d+)?)+ \+(\d+)/.exec(line);
  return m ? Number(m[1]) : 0;
}

function stripPrefix(p: string, prefix: string): string {
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/** `diff --git a/P b/P`: the path when both sides are equal (binary patches have no `+++`). */
function pathFromDiffHeader(line: string): string {
  const rest = line.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const end = rest.indexOf('" ', 1);
    const b = end === -1 ? rest : rest.slice(end + 2);
    return stripPrefix(unquoteGitPath(b), 'b/');
  }
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half)) return stripPrefix(rest.slice(half + 1), 'b/');
  const at = rest.lastIndexOf(' b/');
  return at === -1 ? rest : rest.slice(at + 3);
}
