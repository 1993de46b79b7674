/** JSON and JSONC (comments, trailing commas) into the shared tree, via jsonc-parser. */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ConfigNode } from './node.js';
import { MAX_DEPTH, type ParseOutcome } from './outcome.js';
import { parseStrictJson } from './strict-json.js';

export function parseJson(text: string, offset = 0): ParseOutcome {
  // Nearly every config is strict JSON: the fast parser's tree is the one below, built directly.
  const strict = parseStrictJson(text, offset);
  return strict ? { roots: [strict] } : parseJsonc(text, offset);
}

/** Through jsonc-parser: comments, trailing commas, and the first error with its offset. */
export function parseJsonc(text: string, offset = 0): ParseOutcome {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  const error = first ? { message: `${printParseErrorCode(first.error)}`, offset: first.offset + offset } : undefined;
  const root = tree ? convert(tree, offset, 0) : undefined;
  return { roots: root ? [root] : [], ...(error ? { error } : {}) };
}

function convert(n: Node, base: number, depth: number): ConfigNode | undefined {
  const start = n.offset + base;
  const end = start + n.length;
  if (depth > MAX_DEPTH) return undefined;
  switch (n.type) {
    case 'object': {
      const entries = [];
      // Indexed loops, no destructuring or flatMap: a config of thousands of servers goes through here.
      for (const prop of n.children ?? []) {
        const k = prop.children?.[0];
        const v = prop.children?.[1];
        if (k?.type !== 'string' || !v) continue;
        const value = convert(v, base, depth + 1);
        if (!value) continue;
        entries.push({
          key: String(k.value),
          keySpan: { start: k.offset + base, end: k.offset + base + k.length },
          value,
        });
      }
      return { kind: 'object', start, end, entries };
    }
    case 'array': {
      const items = [];
      for (const c of n.children ?? []) {
        const item = convert(c, base, depth + 1);
        if (item) items.push(item);
      }
      return { kind: 'array', start, end, items };
    }
    case 'string':
      return { kind: 'string', start, end, value: String(n.value), bodyStart: start + 1, style: 'backslash' };
    default:
      return { kind: 'scalar', start, end, value: (n.value as number | boolean | null) ?? null };
  }
}
