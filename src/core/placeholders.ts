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
];

/** Documented example keys published by providers (AWS docs, Stripe docs, ...). */
const DOCUMENTED_EXAMPLES = new Set([
  ['AKIA', 'IOSFODNN7EXAMPLE'].join(''),
  ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY'].join(''),
]);

/** True when the whole value is a reference to a secret kept elsewhere. */
export function isReference(value: string): boolean {
  const v = value.trim();
  return REFERENCE_PATTERNS.some((re) => re.test(v));
}

/** True when the value contains a reference anywhere (e.g. `Bearer ${TOKEN}`). */
export function containsReference(value: string): boolean {
  return /\$\{[^}]+\}|\$\{\{[^}]+\}\}|\{env:[^}]+\}|\$[A-Z_][A-Z0-9_]{2,}\b/.test(value);
}

/** True for placeholders: example words, masks, one repeated character, sequential runs. */
export function isPlaceholder(value: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.some((w) => lower.includes(w))) return true;
  if (/(.)\1{7,}/.test(value)) return true; // aaaaaaaa, 00000000
  if (/(?:0123456789|123456789|abcdefghij|qwertyuiop)/i.test(value)) return true;
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
