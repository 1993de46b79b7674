/**
 * Context rules. Many credentials have no prefix of their own (a UUID, 32 hex characters): they are
 * a provider's only when the key they are assigned to names that provider (`DATADOG_API_KEY=...`,
 * `"X-Postmark-Server-Token": "..."`). One grammar for key, separator and value, so every such rule
 * reads the JSON, YAML, TOML, .env, shell and code forms alike. These rules run at priority 8: a
 * prefixed provider rule on the same value wins.
 */

/** Value shapes shared by several providers (regex sources; context rules are case-insensitive). */
export const VALUE = {
  hex32: '[a-f0-9]{32}',
  hex40: '[a-f0-9]{40}',
  hex64: '[a-f0-9]{64}',
  uuid: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
  /** A JSON Web Token: base64url header and claims (both JSON, so `eyJ`), then a signature. */
  jwt: String.raw`eyJ[A-Za-z0-9_-]{8,600}\.eyJ[A-Za-z0-9_-]{8,3000}\.[A-Za-z0-9_-]{16,700}`,
  /** Three base64url segments, the first a JSON header, whatever the claims: for keys naming a provider. */
  jwtUnder: String.raw`eyJ[A-Za-z0-9_-]{8,600}\.[A-Za-z0-9_-]{8,3000}\.[A-Za-z0-9_-]{16,700}`,
} as const;

/**
 * From the end of a key word to the start of its value, in the syntaxes keys are written in:
 * an optional plural `s` and closing quote (escaped inside a JSON string: `\"`), a type
 * (`: string =` in TypeScript, `: &str =` in Rust, ` string =` in Go), then a separator: `=`,
 * `:`, `:=`, `=>`, `.=` (PHP), `?=`, `::=` and `:::=` (Makefile), the `,` of `getenv("KEY", "default")`
 * and `define('KEY', '...')`, the `>` of `<key>value</key>`, the ` value=` of `<add key="K" value="V"/>`,
 * or blanks alone (`--key value` on a command line); then blanks (after `>` also a line break and
 * its indent: `<key>\n    value\n</key>`), an opening quote, and the scheme of a header value kept
 * whole (`fooToken := "Bearer <token>"`).
 */
export const ASSIGN = String.raw`s?\\?["'\x60]?(?:[ \t]{0,2}:[ \t]{0,2}&?[A-Za-z_][\w.<>\[\]]{0,30}[ \t]{0,2}(?==)|[ \t]{1,2}[A-Za-z_][\w.]{0,30}[ \t]{0,2}(?==))?(?:\s{0,4}(?:[:=]{1,2}>?|:{2,3}=|,|>(?:[ \t]{0,3}\r?\n[ \t]{0,16})?|[.?]=|\s{1,4}value=)\s{0,4}|[ \t]{1,4})\\?["'\x60]?(?:(?:Bearer|Token)[ \t]{1,2})?`;

/** Where a section named after a provider opens: `]` (INI), `:` (YAML, JSON), `=>` (PHP, Ruby). */
const SECTION_OPEN = String.raw`(?:\]|["']?(?::|[ \t]{0,2}=>))`;
/** An object or array the section's keys sit in: `{`, `[`, PHP's `array(`. */
const SECTION_BRACKET = String.raw`[ \t]{0,2}(?:[[{]|array\()`;

/**
 * Between the provider word and the credential word: more key characters (`PLAID_CLIENT_SECRET`), or
 * a section named after the provider with the key on the next line (`plaid:\n  secret:`,
 * `[plaid]\nsecret =`, a JSON or Ruby object `"plaid": {\n  "secret":`, a PHP array
 * `'plaid' => [\n  'secret' =>`), that key possibly commented out (`// 'secret' => ...` still holds
 * it), or first in an object opened on the same line (`{"plaid": {"secret": ...}}`).
 */
export const KEY_FILLER =
  String.raw`(?:[A-Za-z0-9_.-]{0,24}?|[A-Za-z0-9_.-]{0,24}?` +
  String.raw`(?:${SECTION_OPEN}(?:${SECTION_BRACKET})?[ \t]{0,4}\r?\n[ \t]{0,16}(?:(?:\/\/|#)[ \t]{0,4})?|${SECTION_OPEN}${SECTION_BRACKET}[ \t]{0,2})` +
  String.raw`["']?[A-Za-z0-9_.-]{0,24}?)`;

/** Words a key ends with when its value is a credential (`..._API_KEY`, `..._TOKEN`, ...). */
export const CREDENTIAL_KIND = '(?:key|token|secret|password|pat)';

export interface KeyedPattern {
  /** Regex source naming the provider at the start of a key word: `datadog`, `(?:dd|datadog)`. */
  provider: string;
  /** Regex source the key ends with, after at most 24 more key characters; default CREDENTIAL_KIND. */
  kind?: string;
  /** Regex source of the value. */
  value: string;
  /** Characters that may not follow the value (a character-class body); default `A-Za-z0-9_-`. */
  tail?: string;
}

/** A number after the key's last word: rotated or per-environment keys (`sumoKey1`, `API_KEY_2`). */
export const KEY_NUMBER = String.raw`(?:[_.-]?[0-9]{1,2})?`;

/**
 * `<provider>...<kind>` as one key word (letters, digits, `_.-`: `DATADOG_API_KEY`, `datadog.apiKey`,
 * `X-Datadog-Api-Key`, `DATADOG_API_KEY_2`), then ASSIGN, then the value as the `secret` group.
 * Linear: the key filler is bounded and stops at the first character that is not a key character.
 */
export function keyedPattern({ provider, kind = CREDENTIAL_KIND, value, tail = 'A-Za-z0-9_-' }: KeyedPattern): RegExp {
  return new RegExp(
    `(?<![A-Za-z0-9])${provider}${KEY_FILLER}${kind}${KEY_NUMBER}${ASSIGN}(?<secret>${value})(?![${tail}])`,
    'i',
  );
}

/** Decodes base64 or base64url text (padding optional); `undefined` when it is not. */
export function decodeBase64(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return undefined;
  return Buffer.from(text, 'base64').toString('utf8');
}
