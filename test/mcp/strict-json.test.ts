import { describe, expect, it } from '@jest/globals';
import { parseJson, parseJsonc } from '../../src/mcp/parse/json.js';
import { parseStrictJson } from '../../src/mcp/parse/strict-json.js';
import { rng } from '../helpers/tokens/random.js';

/** Random JSON text: nested objects and arrays, every escape, odd numbers, varied white space. */
function randomJson(next: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const ws = (): string => pick(['', ' ', '\n  ', '\t', '\r\n']);
  const str = (): string => {
    let s = '"';
    for (let i = Math.floor(next() * 8); i > 0; i--)
      s += pick([
        'a',
        'Z',
        '0',
        ' ',
        'é',
        '😀',
        '\\"',
        '\\\\',
        '\\/',
        '\\n',
        '\\t',
        '\\b',
        '\\f',
        '\\r',
        '\\u0067',
        '\\uD83D',
        '\\u00e9',
        '$',
        '{',
      ]);
    return `${s}"`;
  };
  const r = next();
  if (depth > 4 || r < 0.35) return str();
  if (r < 0.5)
    return pick(['0', '-0', '12', '-3.25', '1e5', '2.5E-3', '1E+2', 'true', 'false', 'null', '123456789012345678901']);
  if (r < 0.75) {
    const n = Math.floor(next() * 4);
    const entries = Array.from(
      { length: n },
      () => `${ws()}${str()}${ws()}:${ws()}${randomJson(next, depth + 1)}${ws()}`,
    );
    return `{${entries.join(',')}${n === 0 ? ws() : ''}}`;
  }
  const n = Math.floor(next() * 4);
  return `[${Array.from({ length: n }, () => `${ws()}${randomJson(next, depth + 1)}${ws()}`).join(',')}]`;
}

/** Damage that makes text JSONC or invalid: the strict parser must give way, never answer differently. */
function damage(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const insert = [
    '// c\n',
    '/* c */',
    ',',
    '}',
    ']',
    '"',
    '\\',
    'x',
    '\u0001',
    '01',
    '-',
    '.',
    'e',
    '\ufeff',
    '\u00a0',
  ];
  const r = next();
  if (r < 0.3) return text.slice(0, at);
  if (r < 0.6) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + insert[Math.floor(next() * insert.length)] + text.slice(at);
}

describe('strict JSON parser', () => {
  it('builds the tree jsonc-parser builds, offsets and decoded values included', () => {
    const next = rng('strict-json');
    let strict = 0;
    for (let i = 0; i < 3000; i++) {
      const text = `${i % 3 === 0 ? ' ' : ''}${randomJson(next)}${i % 5 === 0 ? '\n' : ''}`;
      const base = i % 2 === 0 ? 0 : 17;
      const fast = parseStrictJson(text, base);
      if (fast) strict++;
      expect(parseJson(text, base)).toEqual(parseJsonc(text, base));
      const broken = damage(text, next);
      expect(parseJson(broken, base)).toEqual(parseJsonc(broken, base));
    }
    // The generator's texts are strict JSON, except where nesting passes MAX_DEPTH.
    expect(strict).toBeGreaterThan(2900);
  });

  it('gives way to jsonc-parser on comments, trailing commas and errors', () => {
    for (const text of ['{"a": 1,}', '{"a": 1 // c\n}', '{"a": 1} x', '{"a": 01}', '{"a": "\\x"}', '', '{"a": tru}']) {
      expect(parseStrictJson(text)).toBeUndefined();
    }
  });

  it('drops nothing: nesting beyond the walked depth goes to jsonc-parser, which drops what it always did', () => {
    const deep = `${'['.repeat(70)}1${']'.repeat(70)}`;
    expect(parseStrictJson(deep)).toBeUndefined();
    expect(parseJson(deep)).toEqual(parseJsonc(deep));
  });
});
