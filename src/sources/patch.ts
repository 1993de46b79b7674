/**
 * A streaming parser for git's unified diffs (`git diff -U0`, `git log -p -U0`): it yields, file
 * by file, the lines each patch adds with their line numbers in the new version, plus the commit
 * the patch belongs to. Deleted lines are never kept; binary patches and submodule pointers are
 * flagged so callers can count them.
 */
import type { CommitMeta } from '../core/types.js';
import { unquoteGitPath } from './git.js';

export interface FilePatch {
  path: string;
  /** Full object name of the new version (needs `--full-index`); undefined for deletions. */
  newBlob?: string;
  isNew: boolean;
  deleted: boolean;
  binary: boolean;
  submodule: boolean;
  added: { line: number; text: string }[];
  meta?: CommitMeta;
}

/** `git log --format` that `parsePatches` reads as a commit header. */
export const COMMIT_FORMAT = 'format:commit %H%x00%an <%ae>%x00%aI';

const ZERO_BLOB = /^0+$/;

export async function* parsePatches(lines: AsyncIterable<string>): AsyncGenerator<FilePatch> {
  let meta: CommitMeta | undefined;
  let file: FilePatch | undefined;
  let inHunk = false;
  let next = 0;
  const finish = (): FilePatch | undefined => {
    const f = file;
    file = undefined;
    inHunk = false;
    return f;
  };
  for await (const line of lines) {
    if (line.startsWith('commit ') && line.includes('\0')) {
      const done = finish();
      if (done) yield done;
      const [sha, author, date] = line.slice(7).split('\0');
      meta = { commit: sha!, ...(author ? { author } : {}), ...(date ? { date } : {}) };
      continue;
    }
    if (line.startsWith('diff --git ')) {
      const done = finish();
      if (done) yield done;
      file = {
        path: pathFromDiffHeader(line),
        isNew: false,
        deleted: false,
        binary: false,
        submodule: false,
        added: [],
        ...(meta ? { meta } : {}),
      };
      continue;
    }
    if (!file) continue;
    if (inHunk) {
      const c = line.charCodeAt(0);
      if (c === 43 /* + */) file.added.push({ line: next++, text: line.slice(1) });
      else if (c === 32 /* space */) next++;
      else if (line.startsWith('@@')) next = hunkStart(line);
      continue;
    }
    if (line.startsWith('@@')) {
      inHunk = true;
      next = hunkStart(line);
    } else if (line.startsWith('+++ ')) {
      // git ends the name with a TAB when it holds a space, to mark where the name stops.
      const p = line.endsWith('\t') ? line.slice(4, -1) : line.slice(4);
      if (p !== '/dev/null') file.path = stripPrefix(unquoteGitPath(p), 'b/');
    } else if (line.startsWith('index ')) {
      const m = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: (\d+))?/.exec(line);
      if (m) {
        if (!ZERO_BLOB.test(m[1]!)) file.newBlob = m[1]!;
        if (m[2] === '160000') file.submodule = true;
      }
    } else if (line.startsWith('new file mode')) file.isNew = true;
    else if (line.startsWith('deleted file mode')) file.deleted = true;
    else if (line.startsWith('rename to ')) file.path = unquoteGitPath(line.slice(10));
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') file.binary = true;
  }
  const done = finish();
  if (done) yield done;
}

function hunkStart(line: string): number {
  const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line);
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
