/**
 * Commit messages as scan units: a token pasted into a message is as leaked as one in a file.
 * Each message is reported at its commit under a pseudo-path inside `.git/` (a path no tracked
 * file can have), line 1 being the subject line.
 */
import type { CommitMeta } from '../core/types.js';
import { GitError } from './git.js';
import type { SourceItem } from './types.js';

/** Where a commit message's findings are reported: the file git itself writes messages to. */
export const COMMIT_MESSAGE_PATH = '.git/COMMIT_EDITMSG';

/** The scan unit of one commit's message (read with its patches, `COMMIT_FORMAT`); none when empty. */
export function commitMessageItem(meta: CommitMeta, text: string): SourceItem | undefined {
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(meta.commit))
    throw new GitError(`unexpected git commit header: ${meta.commit.slice(0, 60)}`);
  if (text.trim().length === 0) return undefined;
  return {
    kind: 'unit',
    unit: { path: COMMIT_MESSAGE_PATH, text, origin: 'commit', meta },
    bytes: Buffer.byteLength(text),
  };
}
