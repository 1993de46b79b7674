/**
 * Secrets hide encoded: base64 in Kubernetes Secrets (`data:`), docker `auths.*.auth`, CI
 * variables; percent-encoding in URLs and form bodies. This finds such segments in config-like
 * files (and percent-encoded ones anywhere), decodes them, and the engine scans the decoded text,
 * reporting a finding at the encoded segment.
 */

export interface EncodedSegment {
  start: number;
  end: number;
  decoded: string;
  encoding: 'base64' | 'url';
}

/** Files where encoded values are configuration, not code or data. */
const CONFIG_LIKE =
  /(?:\.(?:ya?ml|json|env|properties|ini|toml|conf|cfg|tfvars|tf|xml|npmrc|netrc)$|(?:^|\/)\.env(?:\.[\w-]+)?$|dockerconfigjson|(?:^|\/)config$)/i;
const BASE64 = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{20,4096}={0,2}(?![A-Za-z0-9+/=_-])/g;
/** Bounds the work on a text made of nothing but candidates. */
const MAX_ATTEMPTS = 1000;

export function encodedSegments(text: string, path: string): EncodedSegment[] {
  const out: EncodedSegment[] = [];
  let attempts = 0;
  if (CONFIG_LIKE.test(path)) {
    BASE64.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BASE64.exec(text)) !== null && attempts++ < MAX_ATTEMPTS) {
      const decoded = printable(Buffer.from(m[0], 'base64').toString('utf8'));
      if (decoded) out.push({ start: m.index, end: m.index + m[0].length, decoded, encoding: 'base64' });
    }
  }
  // Percent-encoded runs, found from their `%XX` escapes (a regex over every identifier-like run
  // of a code file would cost more than the rest of the scan).
  for (let at = text.indexOf('%'); at !== -1 && attempts++ < MAX_ATTEMPTS;) {
    if (!isHexPair(text, at + 1)) {
      at = text.indexOf('%', at + 1);
      continue;
    }
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
  return out;
}

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
