/**
 * For tests that compare a rule run only at or near its words with the same rule run over the
 * whole text: where the keyword pass finds the words, and real files to compare on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { KeywordMatcher } from '../../src/core/keywords.js';

/** Where `matcher` finds its words in `text`, as flat `[start, end)` pairs: what the engine hands a rule. */
export function locatedOccurrences(matcher: KeywordMatcher, text: string): number[] {
  const found: number[] = [];
  matcher.scan(text, found);
  const out: number[] = [];
  for (let i = 0; i < found.length; i += 2) out.push(found[i]! - matcher.keywords[found[i + 1]!]!.length, found[i]!);
  return out;
}

/** Up to `limit` text files of real projects (the installed packages' sources, docs and manifests) under `maxBytes`. */
export function realTexts(limit: number, maxBytes: number): string[] {
  const root = path.resolve('node_modules');
  const out: string[] = [];
  const visit = (dir: string, depth: number): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (out.length >= limit) return;
      const p = path.join(dir, e.name);
      if (e.isDirectory() && depth < 4) visit(p, depth + 1);
      else if (e.isFile() && /\.(?:js|ts|md|json|yml)$/.test(e.name) && statSync(p).size < maxBytes)
        out.push(readFileSync(p, 'utf8'));
    }
  };
  visit(root, 0);
  return out;
}
