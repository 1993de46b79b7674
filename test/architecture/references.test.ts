/**
 * Comments and docs point only inside the repository: no design notes, trackers or machine paths
 * a reader of this repository cannot open. Checked over every source, test, bench, script and doc.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from '../helpers/temp-tree.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.work', 'coverage']);
const TEXT = /\.(ts|mjs|js|cjs|json|ya?ml|md|sh)$|^(run|pre-commit)$/;

/** What points outside: design notes kept elsewhere, tracker numbers, paths on a build machine. */
const OUTSIDE: readonly [string, RegExp][] = [
  ['a design document kept outside', /\bDESIGN\.md\b|\bSTACK[-_ ]NOTES\b/],
  ['an issue number', /\b(issue|ticket)s?\s*#?\d+/i],
  ['a path on a build machine', /(^|[\s'"`(])\/work\//],
];

function textFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : textFiles(root, rel);
    return TEXT.test(e.name) && e.name !== 'package-lock.json' ? [rel] : [];
  });
}

/** Each reference outside the repository as `file:line: what`. */
function outsideReferences(root: string): string[] {
  const found: string[] = [];
  for (const file of textFiles(root)) {
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [what, re] of OUTSIDE) if (re.test(line)) found.push(`${file}:${i + 1}: ${what}`);
      });
  }
  return found;
}

/** Repository paths named in code comments and docs (not test fixtures, whose paths are made up). */
const NAMED_PATH = /(?<![\w./-])((?:src|test|bench|scripts|docs|hooks)\/[\w./-]*\.(?:ts|mjs|md|js|json|yml))\b/g;
const MD_LINK = /\]\(([^)#\s]+)(?:#[^)]*)?\)/g;
const CHECKED_FOR_PATHS = /^(src|scripts|bench|docs|test\/helpers)\/|^[^/]+\.md$/;

/** Paths named in comments and docs, and relative Markdown links, that lead nowhere. */
function brokenPaths(root: string): string[] {
  const found: string[] = [];
  for (const file of textFiles(root).filter((f) => CHECKED_FOR_PATHS.test(f))) {
    readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const named = [...line.matchAll(NAMED_PATH)].map((m) => m[1]!).filter((t) => !existsSync(path.join(root, t)));
        const links = file.endsWith('.md')
          ? [...line.matchAll(MD_LINK)]
              .map((m) => m[1]!)
              .filter((t) => !/^[a-z]+:/.test(t) && !existsSync(path.join(root, path.dirname(file), t)))
          : [];
        for (const t of new Set([...named, ...links])) found.push(`${file}:${i + 1}: ${t}`);
      });
  }
  return found;
}

describe('references outside the repository', () => {
  it('are found in comments, docs and configs of a made-up tree', () => {
    const design = ['DESIGN', 'md'].join('.');
    const notes = ['STACK', 'NOTES'].join('-');
    const files: Record<string, string> = {
      'src/a.ts': `/** The finding (see ${design}). */\nexport const a = 1;\n`,
      'src/b.ts': `// Fixes ${'issue'} 12: the cap.\n`,
      'jest.config.js': `/** see ${notes}: the preset. */\n`,
      'docs/x.md': `Read ${'/wo' + 'rk/'}shared/notes.\n`,
      'src/fine.ts': '// See docs/architecture.md and src/core/engine.ts; an issuer of 12 tokens.\n',
      'node_modules/dep.js': `// ${design}\n`,
    };
    const root = tempTree(files);
    expect(outsideReferences(root).sort()).toEqual([
      'docs/x.md:1: a path on a build machine',
      'jest.config.js:1: a design document kept outside',
      'src/a.ts:1: a design document kept outside',
      'src/b.ts:1: an issue number',
    ]);
  });

  it('are not in this repository', () => {
    expect(textFiles(ROOT).length).toBeGreaterThan(100);
    expect(outsideReferences(ROOT)).toEqual([]);
  });
});

describe('paths named in comments and docs', () => {
  it('are found when they lead nowhere, in code comments, docs and Markdown links', () => {
    const files: Record<string, string> = {
      'src/core/a.ts': '// The result shape: src/core/result.ts; gone: src/runtime/rotation.ts.\n',
      'src/core/result.ts': 'export {};\n',
      'docs/guide.md': 'See [rules](rules.md), [the code](../src/core/a.ts) and [site](https://example.test/x.md).\n',
      'README.md': 'Read [the guide](docs/guide.md) and [more](docs/more.md#top).\n',
      'test/cli/x.test.ts': "write('src/app.js', 'fixture');\n",
    };
    const root = tempTree(files);
    expect(brokenPaths(root).sort()).toEqual([
      'README.md:1: docs/more.md',
      'docs/guide.md:1: rules.md',
      'src/core/a.ts:1: src/runtime/rotation.ts',
    ]);
  });

  it('all exist in this repository', () => {
    expect(brokenPaths(ROOT)).toEqual([]);
  });
});

describe('docs/', () => {
  it('every page is linked from the README, so a reader can find it', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const pages = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((f) => !readme.includes(`](docs/${f})`))).toEqual([]);
  });
});
