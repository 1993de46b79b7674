/**
 * TOML into the shared tree, via toml-eslint-parser (an AST with ranges). TOML spreads one object
 * over `[table]` headers and dotted keys, so the tree is assembled by key path here.
 */
import { parseTOML, type AST } from 'toml-eslint-parser';
import type { ArrayNode, ConfigNode, ObjectNode, Span } from './node.js';
import { MAX_DEPTH, type ParseOutcome } from './outcome.js';

export function parseToml(text: string, offset = 0): ParseOutcome {
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(text);
  } catch (e) {
    const err = e as { message?: string; index?: number };
    return { roots: [], error: { message: err.message ?? 'invalid TOML', offset: (err.index ?? 0) + offset } };
  }
  const root: ObjectNode = { kind: 'object', start: offset, end: offset + text.length, entries: [] };
  const span = (n: { range: [number, number] }): Span => ({ start: n.range[0] + offset, end: n.range[1] + offset });
  const top = program.body[0];
  for (const item of top?.body ?? []) {
    if (item.type === 'TOMLKeyValue') {
      setKeyValue(root, item, span);
      continue;
    }
    const path = item.resolvedKey;
    if (item.kind === 'array') {
      // The parser's resolved key of `[[a.b]]` ends with the table's index in its array: drop it.
      const keyPath = typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path;
      const parentPath = keyPath.slice(0, -1);
      const last = String(keyPath[keyPath.length - 1]);
      const arr = ensure(root, parentPath, span(item.key)) as ObjectNode | undefined;
      if (!arr) continue;
      let list = findEntry(arr, last)?.value;
      if (list?.kind !== 'array') {
        list = { kind: 'array', ...span(item), items: [] } as ArrayNode;
        arr.entries.push({ key: last, keySpan: span(item.key), value: list });
      }
      const table: ObjectNode = { kind: 'object', ...span(item), entries: [] };
      list.items.push(table);
      for (const kv of item.body) setKeyValue(table, kv, span);
    } else {
      const table = ensure(root, path, span(item.key));
      if (table?.kind === 'object') {
        table.start = Math.min(table.start, item.range[0] + offset);
        for (const kv of item.body) setKeyValue(table, kv, span);
      }
    }
  }
  return { roots: [root] };
}

type SpanOf = (n: { range: [number, number] }) => Span;

function findEntry(obj: ObjectNode, key: string) {
  return obj.entries.find((e) => e.key === key);
}

/** Walks (creating objects as needed) down `path`; a number steps into the last array item. */
function ensure(root: ObjectNode, path: readonly (string | number)[], keySpan: Span): ConfigNode | undefined {
  let node: ConfigNode = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (node.kind !== 'array') return undefined;
      const item: ConfigNode | undefined = node.items[seg];
      if (!item) return undefined;
      node = item;
      continue;
    }
    if (node.kind === 'array') node = node.items[node.items.length - 1] ?? node;
    if (node.kind !== 'object') return undefined;
    let next: ConfigNode | undefined = findEntry(node, seg)?.value;
    if (!next) {
      next = { kind: 'object', ...keySpan, entries: [] };
      node.entries.push({ key: seg, keySpan, value: next });
    }
    node = next;
  }
  return node;
}

function keyNames(key: AST.TOMLKey): string[] {
  return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
}

function setKeyValue(table: ObjectNode, kv: AST.TOMLKeyValue, span: SpanOf): void {
  const names = keyNames(kv.key);
  const parent = ensure(table, names.slice(0, -1), span(kv.key));
  if (parent?.kind !== 'object') return;
  const value = convert(kv.value, span, 0);
  if (value) parent.entries.push({ key: names[names.length - 1]!, keySpan: span(kv.key), value });
}

function convert(n: AST.TOMLContentNode, span: SpanOf, depth: number): ConfigNode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const s = span(n);
  if (n.type === 'TOMLArray')
    return { kind: 'array', ...s, items: n.elements.flatMap((e) => convert(e, span, depth + 1) ?? []) };
  if (n.type === 'TOMLInlineTable') {
    const obj: ObjectNode = { kind: 'object', ...s, entries: [] };
    for (const kv of n.body) setKeyValue(obj, kv, span);
    return obj;
  }
  if (n.kind === 'string') {
    if (n.multiline) return { kind: 'string', ...s, value: n.value, bodyStart: s.start, style: 'opaque' };
    return {
      kind: 'string',
      ...s,
      value: n.value,
      bodyStart: s.start + 1,
      style: n.style === 'basic' ? 'backslash' : 'verbatim',
    };
  }
  if (n.kind === 'integer' || n.kind === 'float' || n.kind === 'boolean')
    return { kind: 'scalar', ...s, value: n.value };
  return { kind: 'string', ...s, value: n.datetime, bodyStart: s.start, style: 'verbatim' };
}
