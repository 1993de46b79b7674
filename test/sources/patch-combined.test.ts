import { describe, expect, it } from '@jest/globals';
import { parsePatches, type FilePatch } from '../../src/sources/patch.js';
import { linesNotIn } from '../../src/sources/file-version.js';

async function parse(text: string): Promise<FilePatch[]> {
  async function* lines() {
    yield text.split('\n');
  }
  const out: FilePatch[] = [];
  for await (const f of parsePatches(lines())) out.push(f);
  return out;
}

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const Z = '0'.repeat(40);

describe('combined diffs (merges, --cc)', () => {
  it('keeps only the lines no parent had, numbered in the merge result', async () => {
    const [f] = await parse(
      [
        'commit m\0Ann <a@x>\x002026-01-02T03:04:05+00:00',
        `diff --cc f.txt`,
        `index ${A},${B}..${C}`,
        '--- a/f.txt',
        '+++ b/f.txt',
        '@@@ -1,1 -1,0 +1,3 @@@',
        '- removed by the merge',
        ' +from the second parent',
        '+ from the first parent',
        '++typed in the merge',
        '@@@ -9,0 -8,0 +10,1 @@@',
        '++later',
      ].join('\n'),
    );
    expect(f!.path).toBe('f.txt');
    expect(f!.oldBlobs).toEqual([A, B]);
    expect(f!.newBlob).toBe(C);
    expect(f!.added).toEqual([
      { line: 3, text: 'typed in the merge' },
      { line: 10, text: 'later' },
    ]);
  });

  it('reads an octopus merge, a file only the merge adds, and a binary file', async () => {
    const files = await parse(
      [
        'commit m\0Ann <a@x>\x00d',
        `diff --cc new.txt`,
        `index ${Z},${Z},${Z}..${C}`,
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/new.txt',
        '@@@@ -1,0 -1,0 -1,0 +1,1 @@@@',
        '+++only here',
        `diff --cc "sp\\303\\251cial.bin"`,
        `index ${A},${B}..${C}`,
        'Binary files differ',
      ].join('\n'),
    );
    expect(files.map((f) => [f.path, f.isNew, f.binary, f.added])).toEqual([
      ['new.txt', true, false, [{ line: 1, text: 'only here' }]],
      ['spécial.bin', false, true, []],
    ]);
    expect(files[1]!.oldBlobs).toEqual([A, B]);
  });
});

describe('linesNotIn (added lines of a version git diffs as binary)', () => {
  it('numbers the lines of the new version that no old version holds', () => {
    expect([...linesNotIn('a\nnew\nb\r\nmoved\n', ['moved\nb\na', 'x'])]).toEqual([2]);
    expect([...linesNotIn('one\ntwo', [])]).toEqual([1, 2]);
  });
});
