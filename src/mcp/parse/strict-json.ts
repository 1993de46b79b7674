/**
 * Strict JSON (no comments, no trailing commas, no errors) parsed straight into the shared tree.
 * jsonc-parser scans character by character and builds a tree of its own that is then converted:
 * on a config of thousands of servers that was a fifth of the whole scan. Here each token is one
 * sticky regex, and nodes are built once. Anything this parser does not accept (JSONC, an error,
 * nesting beyond MAX_DEPTH) returns undefined, and jsonc-parser parses the text as before, so
 * every text gets exactly the tree (offsets, decoded values) and the errors it always got.
 */
import type { ConfigEntry, ConfigNode } from './node.js';
import { MAX_DEPTH } from './outcome.js';

const SPACE = /[ \t\n\r]*/y;
/** A string without escapes, and one with valid escapes (unrolled: linear, no nested alternation). */
const PLAIN_STRING = /"[^"\\\x00-\x1f]*"/y;
const STRING = /"[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})[^"\\\x00-\x1f]*)*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** The tree of `text` (offsets shifted by `base`), or undefined when it is not strict JSON. */
export function parseStrictJson(text: string, base = 0): ConfigNode | undefined {
  let pos = 0;

  const space = (): void => {
    SPACE.lastIndex = pos;
    SPACE.test(text);
    pos = SPACE.lastIndex;
  };

  /** The decoded string token at `pos` (moving past it), or undefined. */
  const string = (): string | undefined => {
    PLAIN_STRING.lastIndex = pos;
    if (PLAIN_STRING.test(text)) {
      const value = text.slice(pos + 1, PLAIN_STRING.lastIndex - 1);
      pos = PLAIN_STRING.lastIndex;
      return value;
    }
    STRING.lastIndex = pos;
    if (!STRING.test(text)) return undefined;
    // Only valid escapes matched: JSON.parse decodes them as jsonc-parser does (lone surrogates kept).
    const value = JSON.parse(text.slice(pos, STRING.lastIndex)) as string;
    pos = STRING.lastIndex;
    return value;
  };

  const value = (depth: number): ConfigNode | undefined => {
    if (depth > MAX_DEPTH) return undefined;
    const start = pos;
    const c = text.charCodeAt(pos);
    if (c === 34 /* " */) {
      const v = string();
      if (v === undefined) return undefined;
      return {
        kind: 'string',
        start: start + base,
        end: pos + base,
        value: v,
        bodyStart: start + base + 1,
        style: 'backslash',
      };
    }
    if (c === 123 /* { */) return object(depth);
    if (c === 91 /* [ */) return array(depth);
    if (c === 116 /* t */ && text.startsWith('true', pos)) return scalar(start, 4, true);
    if (c === 102 /* f */ && text.startsWith('false', pos)) return scalar(start, 5, false);
    if (c === 110 /* n */ && text.startsWith('null', pos)) return scalar(start, 4, null);
    NUMBER.lastIndex = pos;
    if (!NUMBER.test(text)) return undefined;
    pos = NUMBER.lastIndex;
    return { kind: 'scalar', start: start + base, end: pos + base, value: Number(text.slice(start, pos)) };
  };

  const scalar = (start: number, length: number, v: boolean | null): ConfigNode => {
    pos = start + length;
    return { kind: 'scalar', start: start + base, end: pos + base, value: v };
  };

  const object = (depth: number): ConfigNode | undefined => {
    const start = pos;
    const entries: ConfigEntry[] = [];
    pos++;
    space();
    if (text.charCodeAt(pos) === 125 /* } */) {
      pos++;
      return { kind: 'object', start: start + base, end: pos + base, entries };
    }
    for (;;) {
      const keyStart = pos;
      if (text.charCodeAt(pos) !== 34) return undefined;
      const key = string();
      if (key === undefined) return undefined;
      const keyEnd = pos;
      space();
      if (text.charCodeAt(pos) !== 58 /* : */) return undefined;
      pos++;
      space();
      const v = value(depth + 1);
      if (v === undefined) return undefined;
      entries.push({ key, keySpan: { start: keyStart + base, end: keyEnd + base }, value: v });
      space();
      const c = text.charCodeAt(pos++);
      if (c === 125 /* } */) return { kind: 'object', start: start + base, end: pos + base, entries };
      if (c !== 44 /* , */) return undefined;
      space();
    }
  };

  const array = (depth: number): ConfigNode | undefined => {
    const start = pos;
    const items: ConfigNode[] = [];
    pos++;
    space();
    if (text.charCodeAt(pos) === 93 /* ] */) {
      pos++;
      return { kind: 'array', start: start + base, end: pos + base, items };
    }
    for (;;) {
      const v = value(depth + 1);
      if (v === undefined) return undefined;
      items.push(v);
      space();
      const c = text.charCodeAt(pos++);
      if (c === 93 /* ] */) return { kind: 'array', start: start + base, end: pos + base, items };
      if (c !== 44 /* , */) return undefined;
      space();
    }
  };

  space();
  const root = value(0);
  space();
  return root !== undefined && pos === text.length ? root : undefined;
}
