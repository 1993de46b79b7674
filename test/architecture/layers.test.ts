/**
 * The folders of `src/` import one way (docs/architecture.md, "Layers") and form no cycle. The
 * checks are first run on small trees made here, so they are known to catch what they look for.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { fileCycles, folderCycles, importEdges, LAYERS, wrongWayImports } from './import-graph.js';
import { tempTree } from '../helpers/temp-tree.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

describe('the import checks', () => {
  it('flag an import from a lower layer into a higher one, type-only, re-exported or dynamic', () => {
    const root = tempTree({
      'core/a.ts': "import type { R } from '../runtime/r.js';\nexport type A = R;\n",
      'core/b.ts': "export { c } from '../cli/c.js';\n",
      'mcp/m.ts': "export const m = () => import('../report/r.js');\n",
      'runtime/r.ts': "import { a } from '../core/a.js';\nexport type R = 1;\n",
      'report/r.ts': "import { x } from '../audit/x.js';\n",
      'audit/x.ts': 'export const x = 1;\n',
      'cli/c.ts': "import { main } from '../cli.js';\nexport const c = 1;\n",
      'cli.ts': "import { c } from './cli/c.js';\n",
    });
    expect(wrongWayImports(importEdges(root))).toEqual([
      'cli/c.ts -> cli.ts (cli may not import .)',
      'core/a.ts -> runtime/r.ts (core may not import runtime)',
      'core/b.ts -> cli/c.ts (core may not import cli)',
      'mcp/m.ts -> report/r.ts (mcp may not import report)',
      'report/r.ts -> audit/x.ts (report may not import audit)',
    ]);
  });

  it('flag a folder that no layer names', () => {
    const root = tempTree({ 'util/u.ts': "import { a } from '../core/a.js';\n", 'core/a.ts': 'export const a = 1;\n' });
    expect(wrongWayImports(importEdges(root))).toEqual(['util/u.ts: folder "util" has no layer']);
  });

  it('find folders that import each other round a loop', () => {
    const root = tempTree({
      'core/a.ts': "import { m } from '../mcp/m.js';\n",
      'mcp/m.ts': "import { s } from '../sources/s.js';\n",
      'sources/s.ts': "import type { A } from '../core/a.js';\n",
    });
    expect(folderCycles(importEdges(root))).toEqual(['core -> mcp -> sources -> core']);
  });

  it('find files that import each other, through sub-folders and type-only imports too', () => {
    const root = tempTree({
      'core/x.ts': "import { y } from './rules/y.js';\n",
      'core/rules/y.ts': "import { z } from './z.js';\n",
      'core/rules/z.ts': "import type { X } from '../x.js';\n",
      'core/w.ts': "import { x } from './x.js';\n",
      'mcp/a.ts': "import { b } from './b.js';\n",
      'mcp/b.ts': "export { a } from './a.js';\n",
    });
    expect(fileCycles(importEdges(root))).toEqual([
      'core/rules/y.ts <-> core/rules/z.ts <-> core/x.ts',
      'mcp/a.ts <-> mcp/b.ts',
    ]);
  });
});

describe('src/', () => {
  const edges = importEdges(SRC);

  it('is read (the graph is not empty)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual({ from: 'runtime/run-scan.ts', to: 'core/result.ts' });
  });

  it(`imports only downwards: ${LAYERS.map((peers) => peers.join('|')).join(' <- ')}`, () => {
    expect(wrongWayImports(edges)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(fileCycles(edges)).toEqual([]);
  });
});
