/**
 * Expands a rule's format or sample (a regex source) to one random text it matches, with a seeded
 * generator so a failing sample can be reproduced. Unbounded repeats (`+`, `*`) stop at 40.
 *
 * Two group names encode what a regex cannot say: `(?<b64>...)` and `(?<b64url>...)` expand their
 * content and then encode it (for tokens that are base64 of structured text: JWT claims, `user:pass`).
 */
import randexp from 'randexp';
import { rng } from './tokens/random.js';

// CommonJS (`module.exports = RandExp`) whose types declare a default export instead.
const RandExp = randexp as unknown as typeof randexp.default;

const ENCODED = /\(\?<(b64url|b64)>/;

export function expand(source: string, seed: string): string {
  const next = rng(seed);
  return generate(source, next);
}

function generate(source: string, next: () => number): string {
  const m = ENCODED.exec(source);
  if (m) {
    const end = groupEnd(source, m.index);
    const inner = generate(source.slice(m.index + m[0].length, end - 1), next);
    const encoded = Buffer.from(inner).toString(m[1] === 'b64' ? 'base64' : 'base64url');
    const literal = encoded.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return generate(source.slice(0, m.index) + literal + source.slice(end), next);
  }
  const gen = new RandExp(new RegExp(source));
  gen.max = 40;
  gen.randInt = (from: number, to: number): number => from + Math.floor(next() * (to - from + 1));
  return gen.gen();
}

/** Index just after the group that opens at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced group in sample: ${source}`);
}
