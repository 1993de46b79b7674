/**
 * The import graph of `src/`, read with the TypeScript compiler's own import scanner (static,
 * type-only, re-exports and dynamic `import()`), and the layer rules it must keep: see
 * docs/architecture.md, "Layers".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Bottom first. A folder may import its own layer's files and any lower layer, never a peer or a higher one. */
export const LAYERS: readonly (readonly string[])[] = [
  ['core'],
  ['mcp'],
  ['sources'],
  ['runtime'],
  ['report', 'audit', 'incident', 'hook', 'verify'],
  ['org'],
  ['cli', 'action'],
  ['.'], // entry points (src/cli.ts): import anything, imported by nothing
];

export interface Edge {
  from: string;
  to: string;
}

/** Every relative import between the `.ts` files under `root`, as paths relative to `root`. */
export function importEdges(root: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of tsFiles(root)) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)).replace(/\.js$/, '.ts');
      edges.push({ from: file, to });
    }
  }
  return edges;
}

function tsFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return tsFiles(root, rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/** The top folder of a file under `src/` (`.` for the entry points directly in it). */
export const layerOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

const rankOf = (layer: string): number => LAYERS.findIndex((peers) => peers.includes(layer));

/** Imports that point up or sideways between layers, and files in a folder no layer names. */
export function wrongWayImports(edges: readonly Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === b) continue;
    if (rankOf(a) < 0) problems.push(`${from}: folder "${a}" has no layer`);
    else if (rankOf(b) < 0) problems.push(`${to}: folder "${b}" has no layer`);
    else if (rankOf(b) >= rankOf(a)) problems.push(`${from} -> ${to} (${a} may not import ${b})`);
  }
  return [...new Set(problems)].sort();
}

/** Cycles between the top folders of `src/` (the layers forbid them; this names them when they appear). */
export function folderCycles(edges: readonly Edge[]): string[] {
  const folders = edges
    .map(({ from, to }) => ({ from: layerOf(from), to: layerOf(to) }))
    .filter((e) => e.from !== e.to);
  return cycles(folders).map((c) => [...c, c[0]].join(' -> '));
}

/** Groups of files that import each other, directly or round a loop: each sorted, joined by ` <-> `. */
export function fileCycles(edges: readonly Edge[]): string[] {
  return cycles(edges).map((c) => [...c].sort().join(' <-> '));
}

/** Strongly connected components of more than one node (Tarjan), each listed from its first node. */
function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from)!.push(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (n: string): void => {
    index.set(n, index.size);
    low.set(n, index.get(n)!);
    stack.push(n);
    onStack.add(n);
    for (const m of next.get(n)!) {
      if (!index.has(m)) {
        visit(m);
        low.set(n, Math.min(low.get(n)!, low.get(m)!));
      } else if (onStack.has(m)) low.set(n, Math.min(low.get(n)!, index.get(m)!));
    }
    if (low.get(n) !== index.get(n)) return;
    const component: string[] = [];
    let m: string;
    do {
      m = stack.pop()!;
      onStack.delete(m);
      component.unshift(m);
    } while (m !== n);
    if (component.length > 1) found.push(component);
  };
  for (const n of [...next.keys()].sort()) if (!index.has(n)) visit(n);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
