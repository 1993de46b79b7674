/**
 * False-positive control shared by every rule: a value that is a reference to a secret stored
 * elsewhere, or an obvious placeholder, is never reported whatever rule matched it.
 */
import { shannonEntropy } from './entropy.js';
import { isPublishedValue } from './published-keys.js';
import { escapeRegExp } from './regexp.js';
import { remembered } from './remember.js';

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

/**
 * Words that mark a value as an example or a stand-in, matched case-insensitively as substrings.
 * Seven letters or more: random text holds one by chance about once in 10^10 positions.
 */
const PLACEHOLDER_WORDS = [
  'example',
  'placeholder',
  'changeme',
  'change_me',
  'change-me',
  'yourtoken',
  'yourkey',
  'replace',
  'redacted',
  'xxxxxx',
  '******',
  '......',
  '<token>',
  'not_a_real',
  'notareal',
  'randomstring',
  'stringhere',
  'tokenhere',
  'keyhere',
  'secrethere',
];
/**
 * Those looked for: seven letters or more (the shorter ones are what the run checks catch), in one
 * regex (one pass, several times faster than a substring search per word).
 */
const PLACEHOLDER_WORD = wordsRegExp(PLACEHOLDER_WORDS.filter((w) => w.length >= 7));

/**
 * Shorter stand-in words count only as a word of their own: between non-letters or at a case
 * change (`your_api_key`, `FAKE_TOKEN`, `sk_test_fakeKey`). As a substring they are common in
 * random tokens: one GitHub token in ten thousand holds `todo` in some mix of cases (`TOdO`).
 */
const STAND_IN_WORDS = new Set(['your', 'insert', 'dummy', 'sample', 'todo', 'fixme', 'fake']);
/** Any of them as a substring of the lower-cased value: a value with none needs no splitting into words. */
const STAND_IN_SUBSTRING = wordsRegExp([...STAND_IN_WORDS]);

function wordsRegExp(words: readonly string[]): RegExp {
  return new RegExp(words.map(escapeRegExp).join('|'));
}

/** The words of a value: runs of letters split at case changes (`myFakeKEY_here` -> my, fake, key, here). */
function wordsOf(value: string): string[] {
  return (value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? []).map((w) => w.toLowerCase());
}

/** `lower` is the value in lower case. */
function hasStandInWord(value: string, lower: string): boolean {
  return STAND_IN_SUBSTRING.test(lower) && wordsOf(value).some((w) => STAND_IN_WORDS.has(w));
}

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

/** Words under 7 characters are only looked for in values this long or shorter (see isPlaceholder). */
const WORD_CHECK_MAX = 120;

/**
 * Every reference pattern starts with one of these characters or names a scheme (`op://`): a value
 * holding none of them (nearly every token) is no reference, known without trying each pattern.
 */
const REFERENCE_MARK = /[$%<{]|:\/\//;

/** True when the whole value is a reference to a secret kept elsewhere. */
export function isReference(value: string): boolean {
  if (!REFERENCE_MARK.test(value)) return false;
  const v = value.trim();
  return REFERENCE_PATTERNS.some((re) => re.test(v));
}

/** True when the value contains a reference anywhere (e.g. `Bearer ${TOKEN}`). */
export function containsReference(value: string): boolean {
  return /\$\{[^}]+\}|\$\{\{[^}]+\}\}|\{env:[^}]+\}|\$[A-Z_][A-Z0-9_]{2,}\b/.test(value);
}

/**
 * True for placeholders: documented examples, values published in SDKs and docs (published-keys.ts), example words, masks (`****`, `####`, `••••`), one
 * character run (`xxxxxxxx`, `00000000`), a short unit repeated (`1234-1234-1234`, `abababab`),
 * ascending or descending sequences (`123456`, `abcdef`), two ascending ones interleaved
 * (`a1b2c3d4e5`) and a value cut with an ellipsis. Random text of any length almost never
 * holds these. Short words (`todo`, `fake`) are only looked for in values up to WORD_CHECK_MAX
 * characters, because a long random body (a key file, a macaroon) holds one by chance; `example`
 * and the like are looked for everywhere. One value is judged by several rules (a provider's, a
 * generic one, an MCP slot's): once.
 */
export const isPlaceholder: (value: string) => boolean = remembered(judgePlaceholder, 4096);

function judgePlaceholder(value: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(value) || isPublishedValue(value)) return true;
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORD.test(lower)) return true;
  if (value.length <= WORD_CHECK_MAX && hasStandInWord(value, lower)) return true;
  // -xxxx-, XXXX (the substring test first: this runs for every candidate)
  if (lower.includes('xxxx') && /(?:x{4,}|X{4,})(?:[^A-Za-z0-9]|$)|(?:^|[^A-Za-z0-9])(?:x{4,}|X{4,})/.test(value))
    return true;
  if (lower.includes('qwertyuiop')) return true;
  if (ELIDED.test(value)) return true;
  const n = codesOf(value);
  if (hasStretch(n, SAME, 1, 7) || hasStretch(n, MASK, 1, 3)) return true;
  for (let unit = 2; unit <= 8; unit++) {
    const stretch = Math.max(8, unit <= 4 ? 3 * unit : 2 * unit);
    if (hasStretch(n, REPEAT, unit, stretch - unit)) return true;
  }
  return hasStretch(n, UP, 1, 5) || hasStretch(n, DOWN, 1, 5) || hasInterleavedSequence(value);
}

/**
 * Two sequences interleaved (`1a2b3c4d5e`, `A1B2C3D4E5F6`): each character one above the one two
 * places back, eight times in a row (ten characters), case ignored and 9 wrapping to 0. Random text:
 * about 36^-8 a position.
 */
function hasInterleavedSequence(value: string): boolean {
  const v = value.toLowerCase();
  let run = 0;
  for (let i = 2; i < v.length; i++) {
    const a = v.charCodeAt(i - 2);
    const b = v.charCodeAt(i);
    const alnum = (b >= 97 && b <= 122) || (b >= 48 && b <= 57);
    run = alnum && (b === a + 1 || (a === 57 && b === 48)) ? run + 1 : 0;
    if (run >= 8) return true;
  }
  return false;
}

/** A value cut short with an ellipsis (`0.AXEAFN5Pl6T...`): a shortened copy, not the whole secret. */
const ELIDED = /(?:\.{3}|\u2026)$/;

/**
 * True when what follows a match masks the rest of its token (`xoxp-1234-5678-####`,
 * `sk_live_ab12****`): the pattern stopped where the mask began, so the value alone looks whole.
 */
export function isMaskedAfter(text: string, end: number): boolean {
  return MASKED_TAIL.test(text.slice(end, end + 4));
}
const MASKED_TAIL = /^[*#\u2022]{4}/;

/**
 * True when the line introduces the match as an example (`e.g.) shpat_...`, `for example: ...`,
 * `Example: ...`): documentation showing a token's shape, not a token in use.
 */
export function isIntroducedAsExample(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return EXAMPLE_INTRO.test(before.slice(before.lastIndexOf('\n') + 1));
}
const EXAMPLE_INTRO = /(?:\be\.g\.|\bfor example|\bexample)\)?:?[\s"'`]*$/i;

/** The value's UTF-16 code units, in a buffer reused by every call (this runs for every candidate). */
let CODES = new Uint16Array(256);
function codesOf(value: string): number {
  if (value.length > CODES.length) CODES = new Uint16Array(value.length * 2);
  for (let i = 0; i < value.length; i++) CODES[i] = value.charCodeAt(i);
  return value.length;
}

/** One character eight times in a row (`aaaaaaaa`, `00000000`; not a line break, as a regex's `.`). */
const SAME = 0;
/** A mask character four times: `****`, `####`, `••••`. */
const MASK = 1;
/**
 * A unit repeated over at least 8 characters in a row: a unit of 2 to 4 characters three times
 * (`abababab`), or one of 5 to 8 twice (`1234-1234-`). Shorter repeats occur in random hex.
 */
const REPEAT = 2;
/** Six letters or digits in a row, each one code point above (or below) the last: `123456`, `fedcba`. */
const UP = 3;
const DOWN = 4;

/** Whether position `i` of CODES continues a stretch of `kind` (`unit` back: the repeated unit's length). */
function continues(kind: number, unit: number, i: number): boolean {
  const c = CODES[i]!;
  const before = CODES[i - unit]!;
  switch (kind) {
    case SAME:
      return c === before && !isLineTerminator(c);
    case MASK:
      return c === before && isMask(c);
    case REPEAT:
      return c === before;
    case UP:
      return c === before + 1 && isAlnum(c) && isAlnum(before);
    default:
      return c === before - 1 && isAlnum(c) && isAlnum(before);
  }
}

/**
 * Whether `run` positions in a row among `unit..n-1` continue a stretch of `kind`. Only every
 * `run`-th position is tested first (any such row covers one of them), and only a hit is widened:
 * random text, where hits are rare, costs about n/run tests instead of n.
 */
function hasStretch(n: number, kind: number, unit: number, run: number): boolean {
  for (let i = unit + run - 1; i < n; i += run) {
    if (!continues(kind, unit, i)) continue;
    let lo = i;
    while (lo - 1 >= unit && continues(kind, unit, lo - 1)) lo--;
    let hi = i;
    while (hi + 1 < n && continues(kind, unit, hi + 1)) hi++;
    if (hi - lo + 1 >= run) return true;
    // hi + 1 does not continue it: the next row lies after it, and covers hi + run.
    i = hi;
  }
  return false;
}

function isMask(c: number): boolean {
  return c === 42 /* * */ || c === 35 /* # */ || c === 0x2022; /* • */
}

/** What a regex's `.` does not match. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
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

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
