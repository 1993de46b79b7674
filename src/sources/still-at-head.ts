/** Whether each secret a git scan found is still in its file at HEAD (rotation needs to know: src/core/rotation.ts). */
import type { RawFinding } from '../core/types.js';
import { readBlobs } from './git.js';

/** Marks the secrets (of git findings) still present in their file at HEAD, with one cat-file. */
export async function markStillAtHead(root: string, findings: RawFinding[]): Promise<void> {
  const withValues = findings.filter((f) => f.commit && f.raw && f.category === 'secret');
  if (withValues.length === 0) return;
  const names = [...new Set(withValues.map((f) => `HEAD:${f.file}`))];
  const blobs = await readBlobs(root, names, { allowMissing: true });
  for (const f of withValues) {
    const blob = blobs.get(`HEAD:${f.file}`);
    f.atHead = blob !== undefined && blob.includes(f.raw!);
  }
}
