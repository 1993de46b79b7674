/** Whether each secret a git scan found is still in its file at HEAD (rotation needs to know: src/core/rotation.ts). */
import type { RawFinding } from '../core/types.js';
import { readBlobs } from './blob-reader.js';
import { COMMIT_MESSAGE_PATH } from './commit-message.js';
import { blobsAtHead } from './git.js';

/**
 * Marks the secrets (of git findings) still present in their file at HEAD. HEAD's blobs are found
 * by `ls-tree -z` and read by id, so no file name (a newline in one) can shift the answers, and
 * by each file's real path (`rawFile` where the shown one is redacted). A secret in a commit
 * message stays in the history: it is left unmarked.
 */
export async function markStillAtHead(root: string, findings: RawFinding[]): Promise<void> {
  const withValues = findings.filter(
    (f) => f.commit && f.raw && f.category === 'secret' && f.file !== COMMIT_MESSAGE_PATH,
  );
  if (withValues.length === 0) return;
  const pathOf = (f: RawFinding): string => f.rawFile ?? f.file;
  const ids = await blobsAtHead(root, [...new Set(withValues.map(pathOf))]);
  const blobs = await readBlobs(root, [...new Set(ids.values())]);
  for (const f of withValues) {
    const id = ids.get(pathOf(f));
    const blob = id === undefined ? undefined : blobs.get(id);
    // A blob too large to read is not known to be clean: leave it unmarked.
    if (blob?.kind === 'too-large') continue;
    f.atHead = blob?.kind === 'blob' && blob.data.includes(f.raw!);
  }
}
