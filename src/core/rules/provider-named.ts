/**
 * A random value under a key that names the service it belongs to: `CENSYS_KEY=...`,
 * `cloudmersive: "..."`, `apiMaticKey := "..."`, `iexapis token = '...'`, `shippo token - '...'`.
 * Hundreds of services issue keys with no prefix of their own; what marks the value as a
 * credential is the key naming a provider (provider-names.ts) and, at most, a word for a
 * credential. The syntaxes and value checks are the generic rule's, with two more separators of
 * prose and logs (a dash, a blank before a quoted value) and UUIDs allowed (a provider's key is
 * often one). Priority 1: above the generic rule, below every provider rule.
 */
import { shannonEntropy } from '../entropy.js';
import type { RuleFamily } from './define.js';
import {
  assignment,
  assignsLiteral,
  CREDENTIAL_WORD,
  DECLARED_TYPES,
  looksRandom,
  SEPARATORS,
  value,
} from './generic.js';
import { EMBEDDED_NAMES, PREFIXED_PROVIDERS, PROVIDER_NAMES, providerOfKey } from './provider-names.js';
import { fitsProviderShape } from './provider-shapes.js';

/**
 * Where a key ends: after a letter or digit, before anything a key word does not hold. The regex
 * starts here, not at the key: a position V8 rejects with two one-character tests, so text with
 * a provider's name costs little more than text without; validate reads the key backwards.
 */
const KEY_END = String.raw`(?<=[A-Za-z0-9])(?![A-Za-z0-9_])`;

/**
 * The longest key `keyBefore` reads (two words of up to 61 characters and a blank) and so the
 * farthest a provider's name starts before the match: windows reach that far around each name.
 */
const NEAR_REACH = 124;

/** A word for a credential, as the last word of a key written with a blank (`iexapis token`). */
const KIND_WORD = new RegExp(`^${CREDENTIAL_WORD}$`, 'i');

/**
 * Identifiers a provider calls a key: a Salesforce connected app's consumer key (`3MVG9...`) is its
 * OAuth client id, not a secret: an id is never reported alone.
 */
const CLIENT_ID = /^3MVG9[A-Za-z0-9._]{40,}$/;

/**
 * The key ending at `end`: one key word (letters, digits, `_.-`, at most 60), or two words with a
 * blank between when the second is a word for a credential (`iexapis token`, `adobe KEY`).
 * `undefined` when none ends there, or the word is a `$` variable's (a reference).
 */
function keyBefore(input: string, end: number): string | undefined {
  const word = /(?<![A-Za-z0-9_.$-])[A-Za-z][A-Za-z0-9_.-]{1,60}$/.exec(input.slice(Math.max(0, end - 61), end))?.[0];
  if (!word || !KIND_WORD.test(word)) return word;
  const start = end - word.length;
  const before = /(?<![A-Za-z0-9_.$-])([A-Za-z][A-Za-z0-9_.-]{1,60})[ \t]$/.exec(
    input.slice(Math.max(0, start - 62), start),
  );
  return before ? `${before[1]} ${word}` : word;
}

/**
 * The value: the characters of keys services generate (base64, base64url, hex, dotted and dashed
 * groups). Punctuation such as `%^&*#!@` is what people type into passwords, and a key's name alone
 * says nothing about a password.
 */
const VALUE = value('[A-Za-z0-9+/=_.~-]');

/**
 * Letters alone in random case (`hfCnuVcYOgiRjlDEmAoRbN`): a generated key, not a word (words and
 * camelCase names have one case per word). The generic check leaves all-letter values out.
 */
function randomLetters(value: string): boolean {
  if (!/^[A-Za-z]{20,}$/.test(value) || /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+$/.test(value)) return false;
  const upper = value.replace(/[a-z]/g, '').length;
  return upper >= 4 && value.length - upper >= 4 && shannonEntropy(value) >= 3.8;
}

/** Types a credential is declared with. */
const TYPES = new Set(DECLARED_TYPES);

/** Words in a key that mark its value as a stand-in or as not secret. */
const NOT_SECRET_WORD =
  /(?:^|[^a-z])(?:public|publishable|test|example|sample|dummy|fake|mock|placeholder)(?:[^a-z]|$)/i;

/**
 * A blank alone between key and value: a quoted value (`instamojo '...'`), or an unquoted one
 * on a line of its own (`jira <token>`).
 */
function blankJoined(m: RegExpExecArray, keyStart: number): boolean {
  const end = m.index + m[0].length;
  const quote = m.groups?.['q'] ?? '';
  const after = m.input.slice(end, end + 2);
  if (quote) return after.startsWith(quote);
  const line = m.input.slice(m.input.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
  return /^\s*$/.test(line) && /^(?:$|\s)/.test(after);
}

export const providerNamed: RuleFamily = {
  id: 'provider-named',
  rules: [
    {
      id: 'provider-named-credential',
      title: 'Credential under a key naming its provider',
      // A generic rule: which service issued the value is what the key says, not a fact here.
      provider: 'generic',
      severity: 'warning',
      keywords: [...PROVIDER_NAMES].filter((n) => !PREFIXED_PROVIDERS.has(n) && !EMBEDDED_NAMES.has(n)),
      // A key names its provider in full (see validate), ending where the match starts and
      // beginning at most NEAR_REACH characters before: the pattern runs only around the names
      // the keyword pass finds, the gated ones and the others alike (a key may name any provider
      // once a gated name lets the text in).
      runsNear: { words: [...PROVIDER_NAMES], before: 0, after: NEAR_REACH, barrier: '!#$%()*;<@[]^{}|', ahead: 160 },
      // Key and value on one line: a key with no value must not take the next line's key as one.
      pattern: new RegExp(`${KEY_END}${assignment(SEPARATORS, '[ \\t]', false)}${VALUE}`, 'i'),
      priority: 1,
      minEntropy: 0,
      validate: (secret, m) => {
        let key = keyBefore(m.input, m.index);
        const sep = m.groups?.['sep'] ?? '';
        // A typed declaration's type (`var censysKey string =`), not any word (`adobe User=`); a
        // word for a credential there is the key's own (`iexapis token = '...'`).
        const type = /^:?\s*&?([A-Za-z_][\w.]*)\s*=$/.exec(sep.trim())?.[1];
        if (type !== undefined && KIND_WORD.test(type) && !sep.trim().startsWith(':')) key = `${key} ${type}`;
        else if (type !== undefined && !TYPES.has(type.toLowerCase())) return false;
        if (!key) return false;
        const named = providerOfKey(key);
        if (!named || NOT_SECRET_WORD.test(key)) return false;
        // The name written whole (`NEW_RELIC_KEY` spells none): what the rule runs near.
        if (!key.toLowerCase().includes(named.provider)) return false;
        // The name alone keys a mapping (`cloudmersive: "..."`) or labels a line of prose
        // (`jira <token>`); assigned with `=` it names a variable, often the service's client.
        if (named.bare && !/^(?::|-|[ \t])$/.test(sep.trim() || sep)) return false;
        if (!(/^[ \t]$/.test(sep) ? blankJoined(m, m.index - key.length) : assignsLiteral(m))) return false;
        // Base64 pads only at the end: `=` first or inside is no key's text. Nor does an encoder
        // write base64's `+` beside base64url's `-` or `_`: such a mix is typed or mangled.
        if (/=[^=]/.test(secret) || secret.startsWith('=')) return false;
        if (secret.includes('+') && /[-_]/.test(secret)) return false;
        if (CLIENT_ID.test(secret)) return false;
        if (!fitsProviderShape(named.provider, secret, key)) return false;
        return randomLetters(secret) || looksRandom(secret, (m.groups?.['q'] ?? '') !== '', true);
      },
      format: String.raw`[A-Za-z0-9]{32}`,
      key: 'CENSYS_KEY',
      samples: {
        found: [
          String.raw`CENSYS_KEY=[A-Za-z0-9]{32}`,
          String.raw`cloudmersive: "[a-z0-9]{12}-[a-z0-9]{20}"`,
          String.raw`apiMaticKey := "[A-Za-z0-9]{40}"`,
          String.raw`iexapis token = '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'`,
        ],
        notFound: [
          String.raw`CENSYS_ID=[A-Za-z0-9]{32}`,
          String.raw`CENSYS_URL=https://search\.censys\.io/api/[a-z]{8}`,
          String.raw`FROBNICATOR_KEY=[A-Za-z0-9]{32}`,
          String.raw`censys_key: "[a-z]{12}_[a-z]{12}"`,
          String.raw`the censys key [A-Za-z0-9]{32} expires`,
          String.raw`salesforce_key = "3MVG9[A-Za-z0-9]{40}\.[A-Za-z0-9]{30}"`,
        ],
      },
    },
  ],
};
