/**
 * Secrets hide encoded: base64 in Kubernetes Secrets (`data:`), docker `auths.*.auth`, CI
 * variables; percent-encoding in URLs and form bodies; `\uXXXX` escapes in JSON strings (a client
 * decodes `"\u0067hp_…"` to the real token). This finds such segments in config-like files (and
 * percent-encoded and escaped strings anywhere), decodes them, and the engine scans the decoded
 * text, reporting a finding at the encoded text.
 */

export type Encoding = 'base64' | 'url' | 'json';

export interface EncodedSegment {
  start: number;
  end: number;
  decoded: string;
  encoding: Encoding;
  /**
   * Raw offset of each decoded character, plus the raw end: a secret found at `decoded[i..j)` sits
   * at `offsets[i]..offsets[j]`. Absent when the encoding mixes characters (base64): the secret is
   * then reported at the whole segment.
   */
  offsets?: number[];
}

export interface EncodedScan {
  segments: EncodedSegment[];
  /** Encodings whose budget ran out: the rest of their candidates in the text were not decoded. */
  exhausted: Encoding[];
}

/** Files where encoded values are configuration, not code or data. */
const CONFIG_LIKE =
  /(?:\.(?:ya?ml|json|env|properties|ini|toml|conf|cfg|tfvars|tf|xml|npmrc|netrc)$|(?:^|\/)\.env(?:\.[\w-]+)?$|dockerconfigjson|(?:^|\/)config$)/i;
const BASE64 = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{20,4096}={0,2}(?![A-Za-z0-9+/=_-])/g;
/** Bounds the work, per encoding, on a text made of nothing but candidates. */
export const MAX_CANDIDATES = 1000;

export function encodedSegments(text: string, path: string): EncodedScan {
  const segments: EncodedSegment[] = [];
  const exhausted: Encoding[] = [];
  if (CONFIG_LIKE.test(path) && !base64Segments(text, segments)) exhausted.push('base64');
  if (!percentSegments(text, segments)) exhausted.push('url');
  if (!escapedStringSegments(text, segments)) exhausted.push('json');
  return { segments, exhausted };
}

/** Each finder returns false when it stopped at its budget with candidates left. */
function base64Segments(text: string, out: EncodedSegment[]): boolean {
  BASE64.lastIndex = 0;
  let attempts = 0;
  let m: RegExpExecArray | null;
  while ((m = BASE64.exec(text)) !== null) {
    if (attempts++ >= MAX_CANDIDATES) return false;
    const decoded = printable(Buffer.from(m[0], 'base64').toString('utf8'));
    if (decoded) out.push({ start: m.index, end: m.index + m[0].length, decoded, encoding: 'base64' });
  }
  return true;
}

/**
 * Percent-encoded runs, found from their `%XX` escapes (a regex over every identifier-like run of
 * a code file would cost more than the rest of the scan).
 */
function percentSegments(text: string, out: EncodedSegment[]): boolean {
  let attempts = 0;
  for (let at = text.indexOf('%'); at !== -1;) {
    if (!isHexPair(text, at + 1)) {
      at = text.indexOf('%', at + 1);
      continue;
    }
    if (attempts++ >= MAX_CANDIDATES) return false;
    let start = at;
    while (start > 0 && at - start < 2048 && URL_CHAR.test(text[start - 1]!)) start--;
    let end = at;
    while (end < text.length && end - start < 4096) {
      if (text[end] === '%' && isHexPair(text, end + 1)) end += 3;
      else if (URL_CHAR.test(text[end]!)) end++;
      else break;
    }
    if (end - start >= 12) {
      try {
        const decoded = decodeURIComponent(text.slice(start, end));
        out.push({ start, end, decoded, encoding: 'url' });
      } catch {
        // not valid percent-encoding (a `%` in prose or a format string)
      }
    }
    at = text.indexOf('%', end);
  }
  return true;
}

/**
 * Double-quoted strings holding a `\uXXXX` escape, decoded the way a JSON parser does. Each line
 * is read once, left to right, so a line full of escapes costs linear time.
 */
function escapedStringSegments(text: string, out: EncodedSegment[]): boolean {
  let attempts = 0;
  for (let at = text.indexOf('\\u'); at !== -1;) {
    if (attempts++ >= MAX_CANDIDATES) return false;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = text.length;
    for (const seg of quotedStrings(text, lineStart, lineEnd)) out.push(seg);
    at = text.indexOf('\\u', lineEnd);
  }
  return true;
}

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function* quotedStrings(text: string, from: number, to: number): Generator<EncodedSegment> {
  let i = from;
  while (i < to) {
    const open = text.indexOf('"', i);
    if (open === -1 || open >= to) return;
    // Where the string ends, and whether it holds a \uXXXX escape, read without decoding: on a
    // minified line most strings hold none, and decoding each one character by character (with
    // an offset per character) cost more than every rule run over the file.
    let escaped = false;
    let j = open + 1;
    while (j < to && text[j] !== '"') {
      if (text[j] !== '\\' || j + 1 >= to) j++;
      else if (isUnicodeEscape(text, j)) {
        escaped = true;
        j += 6;
      } else j += 2;
    }
    if (escaped) yield decodeString(text, open, to);
    i = j + 1;
  }
}

/** The string opening at `open`, decoded the way a JSON parser does, with each character's offset. */
function decodeString(text: string, open: number, to: number): EncodedSegment {
  let decoded = '';
  const offsets: number[] = [];
  let j = open + 1;
  while (j < to && text[j] !== '"') {
    offsets.push(j);
    if (text[j] !== '\\' || j + 1 >= to) {
      decoded += text[j++];
      continue;
    }
    const c = text[j + 1]!;
    if (isUnicodeEscape(text, j)) {
      decoded += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
      j += 6;
    } else {
      decoded += SIMPLE_ESCAPES[c] ?? c;
      j += 2;
    }
  }
  offsets.push(Math.min(j, to));
  return { start: open + 1, end: Math.min(j, to), decoded, encoding: 'json', offsets };
}

/** A `\uXXXX` escape at `at` (the backslash). */
const isUnicodeEscape = (text: string, at: number): boolean =>
  text[at + 1] === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(at + 2, at + 6));

const URL_CHAR = /[A-Za-z0-9._~+-]/;
const isHexPair = (t: string, i: number): boolean => /^[0-9A-Fa-f]{2}$/.test(t.slice(i, i + 2));

/** The decoded text when it reads as text (binary base64 such as images is not), else undefined. */
function printable(s: string): string | undefined {
  if (s.length < 8 || s.includes('\uFFFD')) return undefined;
  let ok = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 13 || c === 9) ok++;
  }
  return ok / s.length >= 0.95 ? s : undefined;
}
