/**
 * Running a rule's pattern only near its words, with the matches a run over the whole text finds.
 *
 * A rule whose every match starts within `reach` characters of one of its words (the generic rule's
 * match starts at its `token`; a provider-named key holds the provider's name) need not run over
 * a large file that names a provider once: the keyword pass reports where each word occurs
 * (`src/core/keywords.ts`), and the pattern runs on windows around those places only.
 *
 * Scanning a window finds the same matches as the whole-text scan did there only if no match of
 * the whole-text scan runs into the window from before it (it would hide a match starting inside
 * it). So each window begins right after a barrier: a character no match of the pattern ever
 * holds, where the whole-text scan is never inside a match (or at the text's start). Windows that
 * meet are merged, and a window whose start finds no barrier before the previous window's end
 * continues it.
 */

/** What a rule declares for its pattern to run near its words only (`SecretRuleSpec.runsNear`). */
export interface NearSpec {
  /** The words (case-insensitive) every match starts near; default the rule's keywords. */
  words?: readonly string[];
  /** How far before a word's start a match may start. */
  before: number;
  /** How far after a word's end a match may start. */
  after: number;
  /** Characters that no match of the pattern holds (ASCII). */
  barrier: string;
  /**
   * How many characters from a match's start decide whether the pattern matches there and how
   * (the pattern up to the shortest secret it accepts, lookarounds included): past them, a match
   * only runs on.
   */
  ahead: number;
}

/** Above the length of any word (keywords are short literals). */
const LENGTHS = 4096;

/** Characters of lookbehind context kept before a window (longer than any rule's lookbehind). */
const BEHIND = 128;

/** A `NearSpec` made ready for scanning: the barrier as a lookup table. */
export interface Nearness {
  before: number;
  after: number;
  ahead: number;
  barrier: Uint8Array;
}

export function nearness(spec: NearSpec): Nearness {
  const barrier = new Uint8Array(128);
  for (const ch of spec.barrier) {
    const c = ch.charCodeAt(0);
    if (c >= 128) throw new Error(`barrier characters must be ASCII: ${JSON.stringify(ch)}`);
    barrier[c] = 1;
  }
  return { before: spec.before, after: spec.after, ahead: spec.ahead, barrier };
}

/**
 * Windows where the rule's matches may start, given its words' occurrences as flat `[start, end)`
 * pairs in any order: flat triples `[from, start, end]`, matches starting in `[start, end)` to be
 * reported, the scan beginning at `from` (the text's start or right after a barrier character),
 * or, where `from` is -1, going on from where the previous window's scan stopped.
 */
export function nearWindows(text: string, occurrences: readonly number[], near: Nearness): number[] {
  const n = occurrences.length >> 1;
  if (n === 0) return [];
  // Sorted by start with the length beside it in one number: a native numeric sort, no callback
  // (a large file has tens of thousands of `token`s).
  const byStart = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = occurrences[2 * i]!;
    const length = occurrences[2 * i + 1]! - start;
    if (length >= LENGTHS) throw new Error(`a near word of ${length} characters`);
    byStart[i] = start * LENGTHS + length;
  }
  byStart.sort();
  const out: number[] = [];
  let end = -1;
  for (let i = 0; i < n; i++) {
    const at = Math.floor(byStart[i]! / LENGTHS);
    const start = Math.max(0, at - near.before);
    const to = Math.min(text.length, at + (byStart[i]! % LENGTHS) + near.after);
    if (out.length > 0 && start <= end) {
      end = Math.max(end, to);
      out[out.length - 1] = end;
      continue;
    }
    out.push(barrierBefore(text, start, Math.max(0, end), near.barrier), start, to);
    end = to;
  }
  return out;
}

/**
 * The last position at or before `at`, and after `floor`, that follows a barrier character; 0 when
 * the search reaches the text's start; -1 when it reaches `floor` (above 0) first.
 */
function barrierBefore(text: string, at: number, floor: number, barrier: Uint8Array): number {
  for (let p = at; p > floor; p--) {
    const c = text.charCodeAt(p - 1);
    if (c < 128 && barrier[c] === 1) return p;
  }
  return floor === 0 ? 0 : -1;
}

/**
 * Calls `visit` with each match of the pattern that starts inside a window, as the whole-text
 * scan (`exec` from 0 on) finds it. `scan` is the pattern, global, finding where matches start and
 * end in a slice of the text; `sticky` (the pattern with `y`) gives the match object on the whole
 * text, so whatever reads the text around a match sees all of it. Returns false, having visited
 * nothing, when a window's scan disagrees with the whole text (a pattern whose `NearSpec` does not
 * hold): the caller then scans the whole text.
 */
export function forEachMatchNear(
  scan: RegExp,
  sticky: RegExp,
  text: string,
  windows: readonly number[],
  near: Nearness,
  visit: (m: RegExpExecArray) => void,
): boolean {
  const found: RegExpExecArray[] = [];
  /** Where the whole-text scan goes on searching after the last window. */
  let resume = 0;
  for (let w = 0; w < windows.length; w += 3) {
    const begin = windows[w]! < 0 ? resume : windows[w]!;
    const start = windows[w + 1]!;
    const end = windows[w + 2]!;
    const from = Math.max(0, begin - BEHIND);
    const part = text.slice(from, Math.min(text.length, end + near.ahead));
    scan.lastIndex = begin - from;
    resume = begin;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(part)) !== null) {
      const at = from + m.index;
      if (at >= end) break;
      if (m[0].length === 0) {
        scan.lastIndex++;
        continue;
      }
      let next = at + m[0].length;
      // A match before the window is only stepped over; one the slice may have cut short is
      // measured on the whole text.
      if (at >= start || next - from === part.length) {
        sticky.lastIndex = at;
        const whole = sticky.exec(text);
        if (!whole) return false;
        if (at >= start) found.push(whole);
        next = at + whole[0].length;
      }
      resume = next;
      if (next - from >= part.length) break;
      scan.lastIndex = next - from;
    }
    // No match starts between the last one and the window's end: the whole-text scan is past it.
    resume = Math.max(resume, end);
  }
  for (const m of found) visit(m);
  return true;
}
