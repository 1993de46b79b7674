import { describe, expect, it } from '@jest/globals';
import { parsePatches, type FilePatch } from '../../src/sources/patch.js';
import { unquoteGitPath } from '../../src/sources/git.js';

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
        'commit abc\0Ann <a@x>\x002026-01-02T03:04:05+00:00',
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
    expect(f!.meta).toEqual({ commit: 'abc', author: 'Ann <a@x>', date: '2026-01-02T03:04:05+00:00' });
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
