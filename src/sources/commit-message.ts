/**
 * Commit messages as scan units: a token pasted into a message is as leaked as one in a file.
 * Each message is reported at its commit under a pseudo-path inside `.git/` (a path no tracked
 * file can have), line 1 being the subject line.
 */
import type { CommitMeta } from '../core/types.js';
import { gitRecords, GitError } from './git.js';
import type { SourceItem } from './types.js';

/** Where a commit message's findings are reported: the file git itself writes messages to. */
export const COMMIT_MESSAGE_PATH = '.git/COMMIT_EDITMSG';

/** `-z` ends each commit with a NUL, which a message cannot hold; fields are on lines. */
const FORMAT = '--format=%H%n%an <%ae>%n%aI%n%B';

/** One unit per commit of `revs` (rev-list arguments, merges included) whose message has text. */
export async function* commitMessages(root: string, revs: readonly string[]): AsyncGenerator<SourceItem> {
  for await (const records of gitRecords(root, ['log', '-z', FORMAT, ...revs, '--'], '\0')) {
    for (const record of records) {
      const item = messageItem(record);
      if (item) yield item;
    }
  }
}

function messageItem(record: string): SourceItem | undefined {
  const [commit = '', author = '', date = ''] = record.split('\n', 3);
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit))
    throw new GitError(`unexpected git log record: ${commit.slice(0, 60)}`);
  const text = record.slice(commit.length + author.length + date.length + 3);
  if (text.trim().length === 0) return undefined;
  const meta: CommitMeta = { commit, ...(author ? { author } : {}), ...(date ? { date } : {}) };
  return {
    kind: 'unit',
    unit: { path: COMMIT_MESSAGE_PATH, text, origin: 'commit', meta },
    bytes: Buffer.byteLength(text),
  };
}
