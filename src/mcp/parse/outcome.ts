import type { ConfigNode } from './node.js';

/** What a parser returns: the document roots it could build, and the first error if any. */
export interface ParseOutcome {
  roots: ConfigNode[];
  /** `offset` is a text offset, so the note can say line and column. */
  error?: { message: string; offset: number };
}

/** MCP configs are shallow; deeper structure is not walked (and cannot exhaust the stack). */
export const MAX_DEPTH = 64;

/**
 * The deepest bracket nesting of JSON-like text, outside strings: recursive-descent parsers
 * overflow the stack on adversarial input (100,000 `[`), so such text is not handed to them.
 */
export function bracketDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}
