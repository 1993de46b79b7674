/**
 * Git scans never report a vacuous clean: content git's diff hides (attributes, textconv and
 * external diff drivers, UTF-16, a stray NUL, big files), merges, commit messages, symlinks and
 * named ignored paths are all scanned. Real repositories, the real git binary.
 */
import { describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { repoFactory, type TempRepo } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const tokens = { ...githubTokens, ...googleTokens };
import { BlobReader } from '../../src/sources/blob-reader.js';
import { decodeContent } from '../../src/sources/decode.js';

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  commit?: string;
  occurrences?: number;
  atHead?: boolean;
}
interface Report {
  findings: JsonFinding[];
  errors: { path: string; message: string }[];
  stats: { skipped: Record<string, number> };
}
const newRepo = repoFactory();
const scan = async (repo: TempRepo, ...args: string[]) => {
  const r = await runCli(['scan', ...args, '--format', 'json'], { cwd: repo.dir });
  const report = (r.stdout ? JSON.parse(r.stdout) : { findings: [], errors: [], stats: {} }) as Report;
  return {
    code: r.code,
    stderr: r.stderr,
    stdout: r.stdout,
    report,
    found: report.findings.map((f) => [f.file, f.line]),
  };
};
const head = (repo: TempRepo): string => repo.git('rev-parse', 'HEAD').trim();

describe('what git diff hides is read from the blobs', () => {
  it('a -diff or binary attribute does not hide a staged file, nor a commit in --history and --diff', async () => {
    const repo = newRepo();
    repo.commit('attributes', { '.gitattributes': '*.lock -diff\n*.dat binary\n', 'deps.lock': 'a\nb\n' });
    const base = head(repo);
    repo.write('deps.lock', `a\nb\nkey = "${tokens.githubPat('attr-lock')}"\n`);
    repo.write('blob.dat', `x\ny=${tokens.googleApiKey('attr-dat')}\n`);
    repo.git('add', '-A');
    const staged = await scan(repo, '--staged');
    expect(staged.code).toBe(1);
    expect(staged.found.sort()).toEqual([
      ['blob.dat', 2],
      ['deps.lock', 3],
    ]);
    repo.git('commit', '-qm', 'leak behind attributes');
    for (const args of [['--history'], ['--diff', `${base}..HEAD`]]) {
      const r = await scan(repo, ...args);
      expect(r.code).toBe(1);
      expect(r.found.sort()).toEqual([
        ['blob.dat', 2],
        ['deps.lock', 3],
      ]);
    }
    // A later change to the same file reports only what it adds.
    repo.commit('more', {
      'deps.lock': `a\nb\nkey = "${tokens.githubPat('attr-lock')}"\nc\nk2=${tokens.googleApiKey('attr-2')}\n`,
    });
    const diff = await scan(repo, '--diff', 'HEAD~1..HEAD');
    expect(diff.found).toEqual([['deps.lock', 5]]);
  });

  it("a user's textconv or external diff driver cannot hide lines from the hook or the history", async () => {
    const repo = newRepo();
    repo.git('config', 'diff.hide.textconv', 'head -c 0'); // shows nothing of the file
    repo.git('config', 'diff.external', 'true');
    repo.commit('attributes', { '.gitattributes': '*.ipynb diff=hide\n' });
    repo.write('nb.ipynb', `{"cells": [{"outputs": ["${tokens.githubPat('textconv')}"]}]}\n`);
    repo.git('add', '-A');
    expect((await scan(repo, '--staged')).found).toEqual([['nb.ipynb', 1]]);
    repo.git('commit', '-qm', 'notebook');
    expect((await scan(repo, '--history')).found).toEqual([['nb.ipynb', 1]]);
  });

  it('UTF-16 with or without a BOM and a text file with a stray NUL are scanned in every source', async () => {
    const repo = newRepo();
    const text = (seed: string) => `# settings\nname = demo\ntoken = ${tokens.githubPat(seed)}\n`;
    const files: Record<string, Buffer> = {
      'le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('le-bom'), 'utf16le')]),
      'le-nobom.txt': Buffer.from(text('le-nobom'), 'utf16le'),
      'be-nobom.txt': Buffer.from(text('be-nobom'), 'utf16le').swap16(),
      'nul.txt': Buffer.concat([Buffer.from('header\0\n'), Buffer.from(text('nul'))]),
    };
    for (const [name, buf] of Object.entries(files)) repo.write(name, buf);
    repo.git('add', '-A');
    const want = [
      ['be-nobom.txt', 3],
      ['le-bom.txt', 3],
      ['le-nobom.txt', 3],
      ['nul.txt', 4],
    ];
    expect((await scan(repo, '--staged')).found.sort()).toEqual(want);
    expect((await scan(repo, '.')).found.sort()).toEqual(want);
    repo.git('commit', '-qm', 'encodings');
    expect((await scan(repo, '--history')).found.sort()).toEqual(want);
  });

  it('real binaries stay binary for the shared decoder', () => {
    let x = 7;
    const noise = Buffer.alloc(4096, 0).map(() => (x = (x * 1103515245 + 12345) & 0xff));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), noise]);
    const ints = Buffer.alloc(2048);
    for (let i = 0; i < 1024; i++) ints.writeUInt16LE(i % 20, i * 2); // small 16-bit numbers: not UTF-16 text
    expect(decodeContent(png).kind).toBe('binary');
    expect(decodeContent(ints).kind).toBe('binary');
    expect(decodeContent(Buffer.from('plain\n')).kind).toBe('text');
  });

  it('a file git diffs as binary for its size (core.bigFileThreshold) is still scanned', async () => {
    const repo = newRepo();
    repo.git('config', 'core.bigFileThreshold', '1k');
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.write('big.txt', `${'filler line\n'.repeat(200)}t=${tokens.githubPat('big')}\n`);
    repo.git('add', '-A');
    expect((await scan(repo, '--staged')).found).toEqual([['big.txt', 201]]);
    repo.git('commit', '-qm', 'big');
    expect((await scan(repo, '--history')).found).toEqual([['big.txt', 201]]);
  });

  it('a blob beyond what a scan can hold is reported too large, never read whole', async () => {
    const repo = newRepo();
    repo.commit('x', { 'a.txt': 'x'.repeat(5000) });
    const id = repo.git('rev-parse', 'HEAD:a.txt').trim();
    const reader = new BlobReader(repo.dir, 1000);
    const big = await reader.read(id);
    const small = await reader.read(repo.git('hash-object', '-w', '--stdin').trim()); // empty blob
    await reader.close();
    expect(big).toEqual({ kind: 'too-large', size: 5000 });
    expect(small).toEqual({ kind: 'blob', data: Buffer.alloc(0) });
  });
});

describe('merges', () => {
  const repo = newRepo();
  repo.commit('base', { 'f.txt': 'a\nb\nc\n' });
  const base = head(repo);
  repo.git('checkout', '-q', '-b', 'side');
  const sideLeak = tokens.googleApiKey('merge-side');
  repo.commit('side', { 'f.txt': 'a\nb\nc\nside\n', 'side.txt': `k=${sideLeak}\n` });
  repo.git('checkout', '-q', 'main');
  repo.commit('main', { 'f.txt': 'main\na\nb\nc\n' });
  repo.git('merge', '-q', '--no-commit', 'side');
  // A token typed into the merge itself, and a file only the merge adds.
  repo.write('f.txt', `main\na\nb\nevil=${tokens.githubPat('merge-evil')}\nc\nside\n`);
  repo.write('added-by-merge.txt', `t=${tokens.githubPat('merge-added')}\n`);
  repo.git('add', '-A');
  repo.git('commit', '-qm', 'merge side');
  const merge = head(repo);
  const side = repo.git('rev-parse', 'side').trim();

  it('--history scans what the merge adds over its parents, and what it brings in only once', async () => {
    const r = await scan(repo, '--history');
    expect(r.code).toBe(1);
    const at = r.report.findings.map((f) => [f.file, f.line, f.commit, f.occurrences ?? 1]).sort();
    expect(at).toEqual([
      ['added-by-merge.txt', 1, merge, 1],
      ['f.txt', 4, merge, 1],
      ['side.txt', 1, side, 1],
    ]);
  });

  it('--diff over a range ending in a merge sees it too', async () => {
    const r = await scan(repo, '--diff', `${base}..${merge}`);
    expect(r.found.sort()).toEqual([
      ['added-by-merge.txt', 1],
      ['f.txt', 4],
      ['side.txt', 1],
    ]);
  });
});

describe('a version made again by a later commit', () => {
  // X adds a token; Z changes another line; Y reverts Z, making X's version of the file again.
  // Newest first, Y's patch (the reverted line only) comes before X's (the token).
  const repo = newRepo();
  repo.commit('base', { 'app.env': 'a=1\nb=2\n' });
  const base = head(repo);
  const leak = tokens.githubPat('made-again');
  const x = repo.commit('X: add the token', { 'app.env': `a=1\nb=2\nGITHUB_TOKEN=${leak}\n` });
  repo.commit('Z: change b', { 'app.env': `a=1\nb=3\nGITHUB_TOKEN=${leak}\n` });
  repo.commit('Y: revert Z', { 'app.env': `a=1\nb=2\nGITHUB_TOKEN=${leak}\n` });

  it('does not hide the commit that first made it: --history and --diff report the token there', async () => {
    for (const args of [['--history'], ['--history', '--all'], ['--diff', `${base}..HEAD`]]) {
      const r = await scan(repo, ...args);
      expect({ args, code: r.code }).toEqual({ args, code: 1 });
      expect(r.report.findings.map((f) => [f.file, f.line, f.commit])).toEqual([['app.env', 3, x]]);
    }
  });
});

describe('commit messages', () => {
  it('a token in a commit message is reported at that commit, in --history and --diff', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    const base = head(repo);
    repo.commit(`fix the deploy\n\nused ${tokens.githubPat('message')} to test\n`, { 'b.txt': 'b\n' });
    const leaky = head(repo);
    for (const args of [['--history'], ['--diff', `${base}..HEAD`]]) {
      const r = await scan(repo, ...args);
      expect(r.code).toBe(1);
      expect(r.report.findings.map((f) => [f.file, f.line, f.commit])).toEqual([['.git/COMMIT_EDITMSG', 3, leaky]]);
    }
    expect((await scan(repo, '--diff', `${leaky}..HEAD`)).code).toBe(0);
  });

  it('a message that looks like a patch is read as a message, beside empty messages and empty diffs', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.git('commit', '-q', '--allow-empty', '--allow-empty-message', '-m', '');
    const patchLike = [
      'paste of a diff',
      '',
      'commit 0123456789012345678901234567890123456789',
      'diff --git a/fake.env b/fake.env',
      '+++ b/fake.env',
      '@@ -0,0 +1 @@',
      `+T=${tokens.githubPat('patch-like')}`,
      '',
    ].join('\n');
    repo.commit(patchLike, { 'b.txt': `k = "${tokens.googleApiKey('beside')}"\n` });
    const leaky = head(repo);
    repo.commit('no change at all');
    const r = await scan(repo, '--history');
    expect(r.code).toBe(1);
    expect(r.report.findings.map((f) => [f.file, f.line, f.commit]).sort()).toEqual([
      ['.git/COMMIT_EDITMSG', 7, leaky],
      ['b.txt', 1, leaky],
    ]);
  });
});

describe('symlinks', () => {
  it("a committed symlink's target text is scanned by the tree, staged and history scans, never followed", async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    symlinkSync(`https://user:${tokens.githubPat('symlink')}@example.com/x`, path.join(repo.dir, 'link'));
    repo.git('add', '-A');
    expect((await scan(repo, '--staged')).found).toEqual([['link', 1]]);
    expect((await scan(repo, '.')).found).toEqual([['link', 1]]);
    repo.git('commit', '-qm', 'link');
    expect((await scan(repo, '--history')).found).toEqual([['link', 1]]);
  });
});

describe('named ignored paths', () => {
  it('a git-ignored file or folder the user names is scanned; an unnamed one is not', async () => {
    const repo = newRepo();
    repo.commit('ignore', { '.gitignore': '.env\nbuild/\n' });
    repo.write('.env', `T=${tokens.githubPat('env')}\n`);
    repo.write('build/out/config.js', `k="${tokens.googleApiKey('build')}"\n`);
    expect((await scan(repo, '.')).code).toBe(0);
    expect((await scan(repo, '.env')).found).toEqual([['.env', 1]]);
    expect((await scan(repo, 'build')).found).toEqual([['build/out/config.js', 1]]);
    expect((await scan(repo, 'build/out')).found).toEqual([['build/out/config.js', 1]]);
  });
});

describe('rotation check', () => {
  it('a file name with a newline does not shift which secrets are still at HEAD', async () => {
    const repo = newRepo();
    repo.commit('two', {
      'odd\nname.env': `A=${tokens.githubPat('nl-1')}\n`,
      'plain.env': `B=${tokens.githubPat('nl-2')}\n`,
    });
    repo.commit('remove one', { 'plain.env': 'B=\n' });
    const r = await scan(repo, '--history');
    const byFile = Object.fromEntries(r.report.findings.map((f) => [f.file, f.atHead]));
    expect(byFile).toEqual({ 'odd\nname.env': true, 'plain.env': false });
  });

  it('a file whose path holds a token is looked up at HEAD by its real path, not the redacted one', async () => {
    const repo = newRepo();
    const named = tokens.githubPat('path-name');
    repo.commit('key file', { [`keys/${named}.env`]: `A=${tokens.githubPat('in-path-file')}\n` });
    const r = await scan(repo, '--history');
    const inFile = r.report.findings.filter((f) => f.line === 1 && f.file.startsWith('keys/'));
    expect(inFile.length).toBeGreaterThan(0);
    // Still in the file at HEAD; only the output's path is redacted.
    for (const f of inFile) {
      expect(f.file).not.toContain(named);
      expect(f.atHead).toBe(true);
    }
    expect(r.stdout).not.toContain(named);
  });
});
