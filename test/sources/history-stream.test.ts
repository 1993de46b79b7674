/**
 * How a history's stream is handed on: in batches (one await per batch, not per file version),
 * and without the parsed patches pinning the text of git's output they were cut from.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { logSource } from '../../src/sources/log.js';
import { parsePatchBatches, type FilePatch } from '../../src/sources/patch.js';
import type { SourceItem } from '../../src/sources/types.js';
import { runCli } from '../helpers/cli.js';
import { repoFactory, type TempRepo } from '../helpers/repo.js';
import { googleTokens } from '../helpers/tokens/google.js';

const makeRepo = repoFactory();

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** One commit's output as `git diff-tree -p` writes it, with `size` bytes of added lines. */
function commitOutput(n: number, size: number): string {
  const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
  const body = Array.from({ length: Math.ceil(size / 1000) }, () => `+${hex(500)}`).join('\n');
  return [
    `commit ${hex(20)}\0Ann <ann@example.test>\x002026-01-02T03:04:05+00:00\x002026-01-02T03:04:05+00:00\0message ${n}\0`,
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

/**
 * `commits` commits (oldest first) made by `git fast-import`, each changing one of a few files;
 * `leakAt` adds a Google API key. With `loose`, every object is a file of its own.
 */
function fastHistory(repo: TempRepo, commits: number, leakAt: number, key: string, loose = false): string[] {
  const parts: string[] = [];
  for (let c = 0; c < commits; c++) {
    const line = c === leakAt ? `const key = "${key}";` : `const v${c} = ${c};`;
    const data = `${line}\n`;
    const msg = `change ${c}\n`;
    parts.push(
      `commit refs/heads/main\nmark :${c + 1}\ncommitter T <t@example.test> ${1700000000 + c * 60} +0000\n` +
        `data ${msg.length}\n${msg}M 100644 inline src/f${c % 5}.js\ndata ${data.length}\n${data}\n`,
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: parts.join('') });
  if (loose) {
    const packs = path.join(repo.dir, '.git/objects/pack');
    for (const f of readdirSync(packs).filter((n) => n.endsWith('.pack'))) {
      renameSync(path.join(packs, f), path.join(repo.dir, f));
      rmSync(path.join(packs, f.replace(/\.pack$/, '.idx')));
      execFileSync('sh', ['-c', `git unpack-objects -q < "${f}"`], { cwd: repo.dir });
    }
  }
  return repo.git('rev-list', 'main').trim().split('\n');
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

  it('shares a long history among git processes as rev-list lists it, and scans every commit once', async () => {
    const repo = makeRepo({ init: true });
    const key = googleTokens.googleApiKey('stream');
    const ids = fastHistory(repo, 900, 3, key);
    const source = await logSource({ cwd: repo.dir, allowShallow: false });
    const messages: string[] = [];
    let files = 0;
    for await (const batch of source.itemBatches!())
      for (const i of batch) {
        if (i.kind !== 'unit') continue;
        if (i.unit.path === '.git/COMMIT_EDITMSG') messages.push(i.unit.meta!.commit);
        else files++;
      }
    expect(messages.sort()).toEqual([...ids].sort());
    expect(files).toBe(900);
    const run = await runCli(['scan', '--history', '--format', 'json'], { cwd: repo.dir });
    const findings = JSON.parse(run.stdout).findings as { ruleId: string; commit: string }[];
    expect(findings.map((f) => f.commit)).toEqual([ids[ids.length - 4]]);
  });

  it('fails the scan, never reports it clean, when rev-list fails after listing part of the history', async () => {
    const repo = makeRepo({ init: true });
    const ids = fastHistory(repo, 900, 850, googleTokens.googleApiKey('cut'), true);
    // A commit object missing 600 commits down: rev-list has listed (and dealt) 600 by then.
    const gone = ids[600]!;
    rmSync(path.join(repo.dir, '.git/objects', gone.slice(0, 2), gone.slice(2)));
    const run = await runCli(['scan', '--history', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/git (rev-list|diff-tree)/);
  });
});
