import { describe, expect, it } from '@jest/globals';
import { parsePatches, type FilePatch } from '../../src/sources/patch.js';
import { unquoteGitPath } from '../../src/sources/git.js';
import { linesNotIn } from '../../src/sources/file-version.js';

async function parse(text: string): Promise<FilePatch[]> {
  async function* lines() {
    yield text.split('\n');
  }
  const out: FilePatch[] = [];
  for await (const f of parsePatches(lines())) out.push(f);
  return out;
}

describe('parsePatches', () => {
  it('keeps added lines with new-side numbers, drops deletions, reads commit headers', async () => {
    const [f] = await parse(
      [
        'commit abc\0Ann <a@x>\x002026-01-02T03:04:05+00:00\x002026-02-03T04:05:06+00:00',
        '',
        'diff --git a/f.txt b/f.txt',
        'index 1111111..2222222 100644',
        '--- a/f.txt',
        '+++ b/f.txt',
        '@@ -3 +3,2 @@',
        '-old',
        '+new one',
        '++starts with plus',
        '@@ -10,0 +11 @@',
        '+later',
      ].join('\n'),
    );
    expect(f!.meta).toEqual({
      commit: 'abc',
      author: 'Ann <a@x>',
      date: '2026-01-02T03:04:05+00:00',
      committed: '2026-02-03T04:05:06+00:00',
    });
    expect(f!.added).toEqual([
      { line: 3, text: 'new one' },
      { line: 4, text: '+starts with plus' },
      { line: 11, text: 'later' },
    ]);
    expect(f!.newBlob).toBe('2222222');
  });

  it('flags binary patches, deletions and submodules, and reads quoted paths', async () => {
    const fs = await parse(
      [
        'diff --git a/img.png b/img.png',
        'new file mode 100644',
        'index 0000000..3333333',
        'Binary files /dev/null and b/img.png differ',
        'diff --git a/gone.txt b/gone.txt',
        'deleted file mode 100644',
        'index 4444444..0000000',
        '--- a/gone.txt',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-bye',
        'diff --git a/sub b/sub',
        'index 5555555..6666666 160000',
        '--- a/sub',
        '+++ b/sub',
        '@@ -1 +1 @@',
        '+Subproject commit 6666666',
        'diff --git "a/we\\tird\\303\\251" "b/we\\tird\\303\\251"',
        '--- "a/we\\tird\\303\\251"',
        '+++ "b/we\\tird\\303\\251"',
        '@@ -0,0 +1 @@',
        '+x',
      ].join('\n'),
    );
    expect(fs.map((f) => [f.path, f.binary, f.deleted, f.submodule])).toEqual([
      ['img.png', true, false, false],
      ['gone.txt', false, true, false],
      ['sub', false, false, true],
      ['we\tirdé', false, false, false],
    ]);
    expect(fs[1]!.added).toEqual([]);
  });

  it('unquotes C-style paths', () => {
    expect(unquoteGitPath('"a\\"b\\\\c\\n"')).toBe('a"b\\c\n');
    expect(unquoteGitPath('plain name')).toBe('plain name');
  });
});

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
