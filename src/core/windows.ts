/**
 * Where in a large text a rule's pattern is worth running: around each occurrence of one of its
 * keywords (every own rule's match contains or sits right after one). A regex then scans a few
 * kilobytes per occurrence instead of the whole text, so a rule whose keyword is common in code
 * (`token`, `secret`) costs little on a large file that mentions it a few times.
 */

/** Texts below this size are scanned whole: windowing would not pay for itself. */
export const WINDOW_MIN_TEXT = 16 * 1024;
/** How far before a keyword a match may start (a URL before `?key=`, a token before `-us1`). */
const BEFORE = 1024;
/** How far after a keyword a match may end (private keys run to a few kilobytes). */
const AFTER = 8192;

/**
 * Merged `[start, end)` ranges around the keywords' occurrences in `lower` (the text, lower-cased),
 * or undefined when they would cover most of the text anyway. Each range starts at a line start
 * or a separator, never inside a word, so a window never begins mid-token.
 */
export function keywordWindows(
  text: string,
  lower: string,
  keywords: readonly string[],
): [number, number][] | undefined {
  const starts: number[] = [];
  for (const kw of keywords) {
    const k = kw.toLowerCase();
    for (let pos = lower.indexOf(k); pos !== -1; pos = lower.indexOf(k, pos + 1)) starts.push(pos);
  }
  starts.sort((a, b) => a - b);
  const out: [number, number][] = [];
  let covered = 0;
  for (const pos of starts) {
    const start = snapBack(text, pos - BEFORE);
    const end = Math.min(text.length, pos + AFTER);
    const last = out[out.length - 1];
    if (last && start <= last[1]) {
      covered += Math.max(0, end - last[1]);
      last[1] = Math.max(last[1], end);
    } else {
      out.push([start, end]);
      covered += end - start;
    }
    if (covered > text.length / 2) return undefined;
  }
  return out;
}

/** `at`, moved back to just after a line break or separator (at most 256 characters back). */
function snapBack(text: string, at: number): number {
  if (at <= 0) return 0;
  for (let i = at; i > Math.max(0, at - 256); i--) {
    const c = text.charCodeAt(i - 1);
    // newline, space, tab, quotes, comma, semicolon, brackets
    if (
      c === 10 ||
      c === 32 ||
      c === 9 ||
      c === 34 ||
      c === 39 ||
      c === 96 ||
      c === 44 ||
      c === 59 ||
      c === 40 ||
      c === 91 ||
      c === 123
    ) {
      return i;
    }
  }
  return Math.max(0, at - 256);
}
