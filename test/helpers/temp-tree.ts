/** Small made-up file trees in temp folders, removed when the test file is done. */
import { afterAll } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './repo.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes `files` (relative path -> text) under a new temp folder, removed after the test file. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = tempDir('mlg-tree-');
  made.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}
