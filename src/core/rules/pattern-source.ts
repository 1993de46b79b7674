/**
 * What a rule pattern's source says about where its matches start: the literal words every match
 * opens with (for the keyword pass to find, and for patterns to be tried only there), and the
 * rewriting that lets V8 search for a leading literal. Read from the source text, on first use.
 */

/**
 * `(?<![A-Z…])(?<secret>ghp_…` rewritten as `(?<secret>ghp_(?<![A-Z…]ghp_)…`: the same matches,
 * but the regex now starts with a literal, which V8 finds with a fast scan instead of trying the
 * lookbehind at every position (measured 2x faster on real code).
 */
export function literalFirst(source: string): string {
  const m = /^\(\?<!(\[[^\]]+\])\)\(\?<secret>([A-Za-z0-9_]{2,}-?)(?![?*+{])/.exec(source);
  if (!m) return source;
  const [whole, cls, literal] = m;
  return `(?<secret>${literal}(?<!${cls}${literal})${source.slice(whole.length)}`;
}

/**
 * The literal texts, in their exact case, one of which every match of `pattern` starts with: for a
 * pattern without the `i` flag whose match, after a leading lookbehind, is a choice of
 * alternatives (at the top or in a leading `secret` group) each opening with two or more literal
 * characters (`SK[0-9a-f]{32}`, `EAAA...|sq0atp-...`). Undefined when the pattern says no such thing.
 */
export function literalHeads(pattern: RegExp): string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  const source = afterLookbehind(pattern.source);
  if (source === undefined) return undefined;
  let body = source;
  if (source.startsWith('(?<secret>')) {
    const end = groupEnd(source, 0);
    // An alternative after the group would start elsewhere.
    if (end < 0 || topLevelParts(source.slice(end)).length > 1) return undefined;
    body = source.slice('(?<secret>'.length, end - 1);
  }
  const heads: string[] = [];
  for (const alternative of topLevelParts(body)) {
    const literal = leadingLiteral(alternative);
    if (literal === undefined || literal.length < 2) return undefined;
    heads.push(literal);
  }
  return heads;
}

/** Anchor words shorter than this are left out: two letters (`sk`, `dd`) occur everywhere. */
const MIN_ANCHOR = 3;

/**
 * The words (lower case) at one of which every match of `pattern` starts, as a choice of
 * alternatives after an optional leading lookbehind (at the top, in a leading `secret` group, or
 * in a leading non-capturing group that is not optional), each opening with three or more literal
 * characters: `(?<![A-Za-z0-9])close(?:...)` starts at `close`, `(?:atlassian|jira|confluence)...`
 * at one of those. Undefined when the pattern says no such thing. In their exact case (lower case
 * for a case-folded pattern); the keyword pass that finds them folds case.
 */
export function anchorWords(pattern: RegExp): string[] | undefined {
  const source = afterLookbehind(pattern.source);
  const heads = source === undefined ? undefined : headsOf(source);
  if (!heads || heads.some((h) => h.length < MIN_ANCHOR)) return undefined;
  return [...new Set(pattern.flags.includes('i') ? heads.map((h) => h.toLowerCase()) : heads)];
}

/** The literal heads of a regex source's alternatives, looking into a leading group. */
function headsOf(source: string): string[] | undefined {
  const heads: string[] = [];
  for (const alternative of topLevelParts(source)) {
    const group = /^\((?:\?:|\?<secret>)/.exec(alternative)?.[0];
    if (group) {
      const end = groupEnd(alternative, 0);
      // A group that may match nothing (`?`, `*`, `{0,`) does not say where a match starts.
      if (end < 0 || /^(?:[?*]|\{0)/.test(alternative.slice(end))) return undefined;
      const inner = headsOf(alternative.slice(group.length, end - 1));
      if (!inner) return undefined;
      heads.push(...inner);
      continue;
    }
    const literal = leadingLiteral(alternative);
    if (!literal) return undefined;
    heads.push(literal);
  }
  return heads;
}

/** A regex source without its leading lookbehind, if any; undefined when that does not close. */
function afterLookbehind(source: string): string | undefined {
  if (!/^\(\?<[!=]/.test(source)) return source;
  const end = groupEnd(source, 0);
  return end < 0 ? undefined : source.slice(end);
}

/**
 * The literal characters an alternative opens with (letters, digits, `_`, `-`, escaped `.`, `/`,
 * `-`), unescaped; undefined when it opens with none. A quantifier after the run applies to its
 * last character only, so that one is left out.
 */
function leadingLiteral(alternative: string): string | undefined {
  const run = /^(?:[A-Za-z0-9_-]|\\[./-])+/.exec(alternative)?.[0];
  if (!run) return undefined;
  const quantified = /^[?*+{]/.test(alternative.slice(run.length));
  return (quantified ? run.slice(0, /\\.$/.test(run) ? -2 : -1) : run).replace(/\\(.)/g, '$1');
}

/** The index just past the group opening at `at` in a regex source, -1 if it does not close. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The index of the `]` closing the class that opens at `at`. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** A regex source cut at its top-level `|`s. */
function topLevelParts(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}
