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
import { assignment, assignsLiteral, looksRandom, SEPARATORS, value } from './generic.js';
import { PROVIDER_NAMES, providerOfKey } from './provider-names.js';

/**
 * The key: one key word (letters, digits, `_.-`), taken whole so the regex never backtracks into
 * it, and possibly a blank and a credential word (`iexapis token`, `adobe KEY`).
 */
const KEY = String.raw`(?<![A-Za-z0-9_.$-])(?=(?<key>[A-Za-z][A-Za-z0-9_.-]{1,60}(?:[ \t](?:api[ _-]?)?(?:key|token|secret|password|pass|credentials?)s?(?![A-Za-z0-9_.-]))?))\k<key>`;

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

/** Types a credential is declared with (`: string =`, ` string =`, `: &str =`). */
const TYPES = new Set(['string', 'str', 'const', 'secret', 'securestring']);

/** Words in a key that mark its value as a stand-in or as not secret. */
const NOT_SECRET_WORD =
  /(?:^|[^a-z])(?:public|publishable|test|example|sample|dummy|fake|mock|placeholder)(?:[^a-z]|$)/i;

/**
 * A blank alone between key and value: a quoted value (`instamojo '...'`), or an unquoted one
 * on a line of its own (`jira <token>`).
 */
function blankJoined(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const quote = m.groups?.['q'] ?? '';
  const after = m.input.slice(end, end + 2);
  if (quote) return after.startsWith(quote);
  const line = m.input.slice(m.input.lastIndexOf('\n', m.index - 1) + 1, m.index);
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
      keywords: [...PROVIDER_NAMES],
      // Key and value on one line: a key with no value must not take the next line's key as one.
      pattern: new RegExp(`${KEY}${assignment(SEPARATORS, '[ \\t]')}${VALUE}`, 'i'),
      priority: 1,
      minEntropy: 0,
      validate: (secret, m) => {
        const key = m.groups?.['key'] ?? '';
        const named = providerOfKey(key);
        if (!named || NOT_SECRET_WORD.test(key)) return false;
        const sep = m.groups?.['sep'] ?? '';
        // The name alone keys a mapping (`cloudmersive: "..."`) or labels a line of prose
        // (`jira <token>`); assigned with `=` it names a variable, often the service's client.
        if (named.bare && !/^(?::|-|[ \t])$/.test(sep.trim() || sep)) return false;
        // A typed declaration's type (`var censysKey string =`), not any word (`adobe User=`).
        const type = /^:?\s*&?([A-Za-z_][\w.]*)\s*=$/.exec(sep.trim())?.[1];
        if (type !== undefined && !TYPES.has(type.toLowerCase())) return false;
        if (!(/^[ \t]$/.test(sep) ? blankJoined(m) : assignsLiteral(m))) return false;
        // Base64 pads only at the end: `=` first or inside is no key's text.
        if (/=[^=]/.test(secret) || secret.startsWith('=')) return false;
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
        ],
      },
    },
  ],
};
