/**
 * Running a rule's pattern only where one of its first words starts, with the matches a run over
 * the whole text finds.
 *
 * When every match of a pattern starts with one of a few words (`pat…` for an Airtable token,
 * `close…` for a key named after Close: `anchorWords` in src/core/rules/pattern-source.ts), the keyword
 * pass already knows every place a match may start. A whole-text scan finds, from where it stands,
 * the first place the pattern matches: that is the first of those places, at or after where it
 * stands, where the pattern (made sticky) matches. So trying the pattern at those places alone, in
 * order, stepping past each match, finds the same matches, and costs a few tries per word instead
 * of a pass over the text (the pattern of a rule whose word is common, `pat` in `path`, searched
 * every large file its keyword let through).
 */

/** The starts of `located` (flat `[start, end)` pairs, in any order), ascending, each once. */
export function anchorStarts(located: readonly number[]): Int32Array {
  const starts = new Int32Array(located.length >> 1);
  let ordered = true;
  for (let i = 0; i < starts.length; i++) {
    starts[i] = located[2 * i]!;
    if (i > 0 && starts[i]! < starts[i - 1]!) ordered = false;
  }
  // Occurrences of one word come in order already; of several, interleaved (a native numeric sort).
  if (!ordered) starts.sort();
  return starts;
}

/**
 * Calls `visit` with each non-empty match of `sticky` (a pattern with the `y` flag) that a
 * whole-text scan would find, given `starts`: every place a match may start, ascending. With
 * `exact`, only places where one of those words starts, in that case, are tried.
 */
export function forEachMatchAt(
  sticky: RegExp,
  text: string,
  starts: ArrayLike<number>,
  visit: (m: RegExpExecArray) => void,
  exact?: readonly string[],
): void {
  let resume = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    if (at < resume || (exact && !startsWithOne(text, at, exact))) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    // An empty match: the whole-text scan steps one character on, past this start only.
    if (!m || m[0].length === 0) continue;
    visit(m);
    resume = at + m[0].length;
  }
}

function startsWithOne(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}
