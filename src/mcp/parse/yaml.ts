/** YAML into the shared tree, via the `yaml` package's CST-backed nodes (with source ranges). */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Node as YamlNode } from 'yaml';
import type { ConfigEntry, ConfigNode } from './node.js';
import { MAX_DEPTH, type ParseOutcome } from './outcome.js';

export function parseYaml(text: string, offset = 0): ParseOutcome {
  // Aliases are never expanded (an alias bomb stays one node), so no alias limit is needed here.
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  const roots: ConfigNode[] = [];
  let error: ParseOutcome['error'];
  for (const doc of list) {
    const e = doc.errors[0];
    if (e && !error) error = { message: e.message.split('\n')[0] ?? 'invalid YAML', offset: (e.pos[0] ?? 0) + offset };
    const root = doc.contents ? convert(doc.contents, offset, 0) : undefined;
    if (root) roots.push(root);
  }
  return { roots, ...(error ? { error } : {}) };
}

function convert(n: YamlNode, base: number, depth: number): ConfigNode | undefined {
  if (depth > MAX_DEPTH || isAlias(n) || !n.range) return undefined;
  const start = n.range[0] + base;
  const end = n.range[1] + base;
  if (isMap(n)) {
    const entries: ConfigEntry[] = [];
    for (const pair of n.items) {
      const k = pair.key;
      if (!isScalar(k) || !k.range || pair.value === null || !pair.value) continue;
      const value = convert(pair.value as YamlNode, base, depth + 1);
      if (value)
        entries.push({ key: String(k.value), keySpan: { start: k.range[0] + base, end: k.range[1] + base }, value });
    }
    return { kind: 'object', start, end, entries };
  }
  if (isSeq(n)) {
    const items = n.items.flatMap((c) => (c ? (convert(c as YamlNode, base, depth + 1) ?? []) : []));
    return { kind: 'array', start, end, items };
  }
  if (isScalar(n)) {
    if (typeof n.value !== 'string') {
      const v = n.value;
      return {
        kind: 'scalar',
        start,
        end,
        value: typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? v : null,
      };
    }
    return { kind: 'string', start, end, value: n.value, ...scalarBody(n, start, end) };
  }
  return undefined;
}

function scalarBody(
  n: Scalar,
  start: number,
  end: number,
): Pick<Extract<ConfigNode, { kind: 'string' }>, 'bodyStart' | 'style'> {
  const value = n.value as string;
  switch (n.type) {
    case Scalar.QUOTE_DOUBLE:
      return { bodyStart: start + 1, style: 'backslash' };
    case Scalar.QUOTE_SINGLE:
      return { bodyStart: start + 1, style: 'doubled-quote' };
    case Scalar.PLAIN:
      // A plain scalar folded over lines is not verbatim.
      return { bodyStart: start, style: end - start === value.length ? 'verbatim' : 'opaque' };
    default:
      return { bodyStart: start, style: 'opaque' };
  }
}
