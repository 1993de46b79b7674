/**
 * False-positive control shared by every rule: a value that is a reference to a secret stored
 * elsewhere, or an obvious placeholder, is never reported whatever rule matched it.
 */
import { shannonEntropy } from './entropy.js';

/** Reference syntaxes of shells, MCP clients and CI systems. Anchored: the whole value. */
const REFERENCE_PATTERNS: readonly RegExp[] = [
  /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}$/, // ${VAR} ${VAR:-default}
  /^\$\{(?:env|input|config|workspaceFolder|secret|secrets):[^}]+\}$/, // VS Code ${env:X} ${input:x}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\{env:[A-Za-z_][A-Za-z0-9_]*\}$/, // opencode {env:VAR}
  /^\$\{\{\s*[^}]+\}\}$/, // GitHub Actions / Continue ${{ secrets.X }}
  /^\{\{\s*[^}]+\}\}$/, // {{ templated }}
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR% (Windows)
  /^<[^<>]{1,80}>$/, // <your-token>
  /^(?:op|vault|aws-sm|gcp-sm|azure-kv|keychain|env):\/\/\S+$/, // secret-manager URIs
];

/** Words that mark a value as an example or a stand-in. Matched case-insensitively as substrings. */
const PLACEHOLDER_WORDS = [
  'example',
  'placeholder',
  'changeme',
  'change_me',
  'change-me',
  'your_',
  'your-',
  'yourtoken',
  'yourkey',
  'insert',
  'replace',
  'redacted',
  'dummy',
  'sample',
  'xxxxxx',
  '******',
  '......',
  '<token>',
  'todo',
  'fixme',
  'not_a_real',
  'notareal',
  'fake',
  'randomstring',
  'stringhere',
  'tokenhere',
  'keyhere',
  'secrethere',
];

/**
 * Documented example keys published by providers (AWS, GitHub, Slack and Stripe docs), split so
 * this file holds none of them whole.
 */
const DOCUMENTED_EXAMPLES = new Set([
  ['AKIA', 'IOSFODNN7EXAMPLE'].join(''),
  ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join(''),
  ['gh', 'p_16C7e42F292c6912E7710c838347Ae178B4a'].join(''),
  ['xo', 'xb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy'].join(''),
  ['sk', '_test_4eC39HqLyjWDarjtT1zdp7dc'].join(''),
]);

/** Placeholder words are only looked for in values this long or shorter (see isPlaceholder). */
const WORD_CHECK_MAX = 120;

/** True when the whole value is a reference to a secret kept elsewhere. */
export function isReference(value: string): boolean {
  const v = value.trim();
  return REFERENCE_PATTERNS.some((re) => re.test(v));
}

/** True when the value contains a reference anywhere (e.g. `Bearer ${TOKEN}`). */
export function containsReference(value: string): boolean {
  return /\$\{[^}]+\}|\$\{\{[^}]+\}\}|\{env:[^}]+\}|\$[A-Z_][A-Z0-9_]{2,}\b/.test(value);
}

/**
 * True for placeholders: documented examples, example words, masks (`****`, `####`, `••••`), one
 * character run (`xxxxxxxx`, `00000000`), a short unit repeated (`1234-1234-1234`, `abababab`) and
 * ascending or descending sequences (`123456`, `abcdef`). Random text of any length almost never
 * holds these; the words are only looked for in values up to WORD_CHECK_MAX characters, because a
 * long random body (a key file, a macaroon) holds some four-letter word by chance.
 */
export function isPlaceholder(value: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  if (value.length <= WORD_CHECK_MAX) {
    const lower = value.toLowerCase();
    if (PLACEHOLDER_WORDS.some((w) => lower.includes(w))) return true;
  }
  if (/(.)\1{7,}/.test(value)) return true; // aaaaaaaa, 00000000
  if (/([*#\u2022])\1{3,}/.test(value)) return true; // ****, ####, ••••
  if (/(?:x{4,}|X{4,})(?:[^A-Za-z0-9]|$)|(?:^|[^A-Za-z0-9])(?:x{4,}|X{4,})/.test(value)) return true; // -xxxx-, XXXX
  if (hasRepeatedUnit(value)) return true;
  if (hasSequence(value, 6)) return true;
  if (/qwertyuiop/i.test(value)) return true;
  return false;
}

/**
 * A unit repeated over at least 8 characters in a row: a unit of 2 to 4 characters three times
 * (`abababab`), or one of 5 to 8 twice (`1234-1234-`). Shorter repeats occur in random hex.
 */
function hasRepeatedUnit(value: string): boolean {
  // What `/(.{2,8}?)\1+/g` finds, tried at every position, without a regex: this runs for every
  // candidate of every rule, and the backtracking regex cost more than the rest of the filter.
  const n = value.length;
  for (let i = 0; i + 4 <= n; i++) {
    if (isLineBreak(value.charCodeAt(i))) continue;
    // The shortest unit (2 to 8 characters, no line break) followed by a copy of itself.
    let unit = 0;
    for (let len = 2; len <= 8 && i + 2 * len <= n; len++) {
      if (isLineBreak(value.charCodeAt(i + len - 1))) break;
      if (repeats(value, i, len, 1)) {
        unit = len;
        break;
      }
    }
    if (unit === 0) continue;
    let copies = 2;
    while (repeats(value, i, unit, copies)) copies++;
    if (copies * unit >= 8 && (copies >= 3 || unit >= 5)) return true;
  }
  return false;
}

/** True when `value[at+len*copy ..]` holds another copy of the unit `value[at .. at+len)`. */
function repeats(value: string, at: number, len: number, copy: number): boolean {
  const start = at + len * copy;
  if (start + len > value.length) return false;
  for (let k = 0; k < len; k++) if (value.charCodeAt(start + k) !== value.charCodeAt(at + k)) return false;
  return true;
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `n` or more letters or digits in a row, each one code point above (or below) the last. */
function hasSequence(value: string, n: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const a = value.charCodeAt(i - 1);
    const b = value.charCodeAt(i);
    const alnum = isAlnum(a) && isAlnum(b);
    up = alnum && b === a + 1 ? up + 1 : 1;
    down = alnum && b === a - 1 ? down + 1 : 1;
    if (up >= n || down >= n) return true;
  }
  return false;
}

/**
 * True when the body of a token (what follows its prefix) is too regular to be a real random
 * credential. `minBits` is per character; random base62 scores ~5.5, base16 ~3.9.
 */
export function isLowEntropy(body: string, minBits = 3): boolean {
  return body.length >= 8 && shannonEntropy(body) < minBits;
}

/** The shared filter: reference, placeholder, or too regular. */
export function isFalsePositiveValue(value: string, minBits?: number): boolean {
  return isReference(value) || isPlaceholder(value) || isLowEntropy(value, minBits);
}
