/**
 * How a history's stream is handed on: in batches (one await per batch, not per file version),
 * and without the parsed patches pinning the text of git's output they were cut from.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { logSource } from '../../src/sources/log.js';
import { parsePatchBatches, type FilePatch } from '../../src/sources/patch.js';
import type { SourceItem } from '../../src/sources/types.js';
import { repoFactory } from '../helpers/repo.js';

const makeRepo = repoFactory();

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** One commit's output as `git diff-tree -p` writes it, with `size` bytes of added lines. */
function commitOutput(n: number, size: number): string {
  const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
  const body = Array.from({ length: Math.ceil(size / 1000) }, () => `+${hex(500)}`).join('\n');
  return [
    `commit ${hex(20)}\0Ann <ann@example.test>\x002026-01-02T03:04:05+00:00\0message ${n}\0`,
    '',
    `diff --git a/src/some/longer/folder/file-${n}.txt b/src/some/longer/folder/file-${n}.txt`,
    `index ${hex(20)}..${hex(20)} 100644`,
    `--- a/src/some/longer/folder/file-${n}.txt`,
    `+++ b/src/some/longer/folder/file-${n}.txt`,
    '@@ -1 +1,400 @@',
    body,
    '',
  ].join('\n');
}

describe('history stream', () => {
  it('keeps no chunk of git output alive through what it keeps of a patch (ids, path, commit)', async () => {
    const chunks = 60;
    const size = 512 * 1024;
    async function* batches(): AsyncGenerator<string[]> {
      // Each batch is cut from one large string, as gitRecords cuts a chunk read from the pipe.
      for (let i = 0; i < chunks; i++) yield commitOutput(i, size).split('\n');
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: { path: string; newBlob?: string; oldBlobs: string[]; commit?: string; date?: string }[] = [];
    for await (const batch of parsePatchBatches(batches())) {
      for (const f of batch as FilePatch[])
        kept.push({
          path: f.path,
          newBlob: f.newBlob,
          oldBlobs: f.oldBlobs,
          commit: f.meta?.commit,
          date: f.meta?.date,
        });
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept).toHaveLength(chunks);
    expect(kept[5]!.path).toBe('src/some/longer/folder/file-5.txt');
    expect(kept[5]!.newBlob).toMatch(/^[0-9a-f]{40}$/);
    // Pinned, the chunks would be 60 x 1 MB (hex text, two bytes a character in a split string at
    // worst); what is kept is a few KB.
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it('hands a history over in batches holding the same items as one by one', async () => {
    const repo = makeRepo();
    for (let c = 0; c < 30; c++) {
      const files: Record<string, string> = {};
      for (let f = 0; f < 3; f++) files[`src/f${(c + f) % 7}.js`] = `const v${c}_${f} = ${c * f};\n`.repeat(c + 1);
      repo.commit(`change ${c}`, files);
    }
    const describeItem = (i: SourceItem): string =>
      i.kind === 'unit'
        ? JSON.stringify([i.unit.path, i.unit.text, i.unit.lineMap, i.unit.meta?.commit])
        : JSON.stringify(i);
    const source = await logSource({ cwd: repo.dir, allowShallow: false });
    const batches: (readonly SourceItem[])[] = [];
    for await (const b of source.itemBatches!()) batches.push(b);
    const oneByOne: SourceItem[] = [];
    for await (const i of (await logSource({ cwd: repo.dir, allowShallow: false })).items()) oneByOne.push(i);
    // 30 commit messages and each commit's changed files.
    expect(oneByOne.length).toBeGreaterThan(60);
    expect(batches.length).toBeLessThan(oneByOne.length / 4);
    // Where a commit's message falls among the files depends on how the pipe cut git's output.
    expect(batches.flat().map(describeItem).sort()).toEqual(oneByOne.map(describeItem).sort());
  });
});
