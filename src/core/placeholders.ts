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
 * Shorter stand-in words count only as a word of their own: between non-letters or at a case
 * change (`your_api_key`, `FAKE_TOKEN`, `sk_test_fakeKey`). As a substring they are common in
 * random tokens: one GitHub token in ten thousand holds `todo` in some mix of cases (`TOdO`).
 */
const STAND_IN_WORDS = new Set(['your', 'insert', 'dummy', 'sample', 'todo', 'fixme', 'fake']);

/** The words of a value: runs of letters split at case changes (`myFakeKEY_here` -> my, fake, key, here). */
function wordsOf(value: string): string[] {
  return (value.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? []).map((w) => w.toLowerCase());
}

function hasStandInWord(value: string): boolean {
  return wordsOf(value).some((w) => STAND_IN_WORDS.has(w));
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
 * holds these. Short words (`todo`, `fake`) are only looked for in values up to WORD_CHECK_MAX
 * characters, because a long random body (a key file, a macaroon) holds one by chance; `example`
 * and the like are looked for everywhere.
 */
export function isPlaceholder(value: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((w) => w.length >= 7 && lower.includes(w))) return true;
  if (value.length <= WORD_CHECK_MAX && hasStandInWord(value)) return true;
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
  for (let unit = 2; unit <= 8; unit++) {
    const need = Math.max(8, unit <= 4 ? 3 * unit : 2 * unit); // length of the periodic stretch
    let run = 0; // positions in a row where the character equals the one `unit` before
    for (let i = unit; i < value.length; i++) {
      run = value.charCodeAt(i) === value.charCodeAt(i - unit) ? run + 1 : 0;
      if (run + unit >= need) return true;
    }
  }
  return false;
}

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

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
