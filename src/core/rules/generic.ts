/**
 * The generic rule: a credential-named assignment (`API_KEY=`, `"client_secret": "`, `password:`,
 * `token :=`) with a value that looks random, in code, `.env`, YAML, INI, properties and JSON.
 * Lowest priority: any provider rule on the same value wins. Tuned against what such names
 * usually hold instead: hashes, UUIDs, lockfile integrity strings, public keys, test fixtures.
 */
import { shannonEntropy } from '../entropy.js';
import type { RuleFamily } from './define.js';
import { decodeJwt, isExample } from './jwt-claims.js';
import { providerOfKey } from './provider-names.js';
import { fitsProviderShape } from './provider-shapes.js';

const NAME = String.raw`(?:secret|token|passw(?:or)?d|passphrase|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?|creds)`;
/** Types a credential is declared with (`: string =`, ` string =`, `: &str =`). */
export const DECLARED_TYPES: readonly string[] = ['string', 'str', 'const', 'secret', 'securestring'];
/** A word for a credential standing alone (`token`, `apiKey`, `credentials`), as a regex source. */
export const CREDENTIAL_WORD = String.raw`(?:api[_-]?)?(?:key|token|secret|password|pass|credentials?)s?`;
/**
 * The type of a declaration written with a blank and no colon (`var apiToken string =`), or a word
 * for a credential after a provider's name (`iexapis token =`): only these, so a declaration whose
 * type comes first (`string acmeToken = "..."`) is not read from the type with the key as its type,
 * which would hide the key's own match.
 */
const BLANK_TYPE = String.raw`(?:${DECLARED_TYPES.join('|')}|${CREDENTIAL_WORD})(?![\w.])`;
/**
 * The name's tail (`_ID`, `_URL`, `s`), an optional closing quote (escaped in a JSON string: `\"`),
 * then the separator (`sep`): a typed declaration (`accessKey: string =`, `let key: &str =`,
 * `var apiToken string =`, a blank before its `=`: an XML attribute's `=` has none, and
 * `<SystemCredentialsProvider plugin="...">` is no declaration), `:=` (Go, Makefile), `.=` (PHP), `?=` (Makefile), `=>`, `=` (never
 * `==`, a comparison), `:`, the `,` of `define('KEY', '...')` and `setProperty("KEY", "...")`, the
 * `>` of `<apiKey>...</apiKey>` (the text alone on its indented line or not), the ` value=` of
 * `<add key="ApiKey" value="..."/>`, a blank (`--api-key ...` on a command line), or a dash
 * between blanks in prose (`acme token - '...'`); validate decides which needs what.
 */
const separators = (blankType: string): string =>
  String.raw`[ \t]-(?=[ \t])|:\s{0,3}&?[A-Za-z_][\w.]{0,30}\s{0,3}=(?!=)|[ \t]{1,2}${blankType}[ \t]{1,2}=(?!=)|:{1,3}=|[.?]=|=>|=(?!=)|:|,|>(?:[ \t]{0,3}\r?\n[ \t]{0,16})?|[ \t]{1,3}value=|[ \t]`;
/** The separators, a blank-typed declaration's word only a type or a word for a credential (BLANK_TYPE). */
export const SEPARATORS = separators(BLANK_TYPE);
/**
 * For the generic rule, whose match starts at the credential word inside the key (so no word
 * before the key can hide it), any word: `token EU = '...'` (a region after the name) too.
 */
const GENERIC_SEPARATORS = separators(String.raw`[A-Za-z_][\w.]{0,30}`);
const ASSIGN = assignment(GENERIC_SEPARATORS);
/**
 * The name's tail (unless `tail` is false), an optional closing quote, then one of `separators`
 * (the `sep` group), with up to three `blank` characters each side (any white space, or a class
 * without line breaks).
 */
export function assignment(separators: string, blank = String.raw`\s`, tail = true): string {
  const nameTail = tail ? String.raw`(?=(?<tail>[A-Za-z0-9_]{0,20}))\k<tail>` : '';
  return String.raw`${nameTail}(?<close>\\?["'\x60])?${blank}{0,3}(?<sep>${separators})${blank}{0,3}`;
}
/**
 * The value, after an optional opening quote and the scheme of a header value kept whole
 * (`auth_token: "Bearer <token>"`): the scheme is not part of the secret.
 */
export const VALUE = value('[A-Za-z0-9+/=_.~!@#%^&*-]');
/** VALUE with another character class for the secret. */
export function value(charset: string): string {
  return String.raw`(?<q>\\?["'\x60]|)(?:(?:Bearer|Token|Basic)[ \t]{1,2}(?=[A-Za-z0-9+/=_.~-]{16}))?(?<secret>${charset}{16,1000})`;
}

/** A key ending in a name for an API key or token as such: `api_key`, `ACME_API_TOKEN`, `X-Api-Key`. */
const API_KEY_NAME = /(?:^|[^A-Za-z0-9])api[_-]?(?:key|token)s?$/i;

/** Names that hold something other than the secret itself. */
const NOT_SECRET_NAME =
  /(?:^|[_.-])(?:url|uri|path|file|dir|name|type|id|endpoint|host|header|prefix|expir\w*|ttl|length|len|count|field|hint|policy|env|var|hash|sha\d*|digest|checksum|integrity|public|pub|publishable|placeholder|example|sample|dummy|fake|mock|test|regex|pattern|format|version|key_?id|salt_?rounds)$/i;
/**
 * What stands right before the name: `PUBLIC_`, `TEST_`, and anti-forgery tokens, per-session
 * values a form or header echoes (`csrf-token`, `csrfmiddlewaretoken`, Rails' `authenticity_token`,
 * ASP.NET's `__RequestVerificationToken`).
 */
const NOT_SECRET_PREFIX =
  /(?:(?:public|publishable|test|fake|mock|dummy|example|sample)[_.-]?|(?:csrf|xsrf|authenticity|requestverification)[A-Za-z_.-]*)$/i;

/**
 * A name that says its value is wrong on purpose (`invalidToken`, `WRONG_PASSWORD`,
 * `nonMatchingToken`): a test's negative case. Read on the identifier before the credential word,
 * camelCase split, so `bad` counts only as a word of its own.
 */
const WRONG_ON_PURPOSE =
  /(?:^|_)(?:invalid|wrong|bad|bogus|incorrect|malformed|mismatched|non_?matching|not_?matching)_?$/;

function namedWrongOnPurpose(before: string): boolean {
  const ident = /[A-Za-z0-9_]*$/.exec(before)?.[0] ?? '';
  return WRONG_ON_PURPOSE.test(ident.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
}

/**
 * An unquoted value is only a literal in `KEY=value` files (.env, properties, INI, shell, Makefile,
 * Dockerfile): the assignment opens its line, or (with `=`) a line of a file held in a string
 * (`"config.ini": "API_KEY=...\nDEBUG=1"`) or an argument of a command line (`--set KEY=...`). In
 * code it is an expression (`token = scanner.next()`).
 */
function opensLine(input: string, at: number, sep: string): boolean {
  const line = lineBefore(input, at);
  if (/^\s*(?:(?:export|ENV|ARG)\s+)?[A-Za-z0-9_.-]*$/.test(line)) return true;
  // A command line's `KEY=value` argument: `--set db.password=...` (Helm), `-e API_TOKEN=...`
  // (Docker), `--build-arg`, `--env`, `--var`.
  if (sep === '=' && /(?:^|\s)-{1,2}[A-Za-z][\w-]{0,20}[ \t]+[A-Za-z0-9_.-]*$/.test(line)) return true;
  return sep === '=' && /(?:\\[nr]|")[A-Za-z0-9_.-]*$/.test(line);
}

/** The text of the line holding `at`, up to `at`. */
function lineBefore(input: string, at: number): string {
  return input.slice(input.lastIndexOf('\n', at - 1) + 1, at);
}

/** What may follow an unquoted value: a blank, a comment, `;`, an escaped line end, a string's end. */
const UNQUOTED_END = /^(?:$|[\s#;"]|\\[nr])/;

/**
 * Whether the separator and quotes make this an assignment of a literal: quoted values must be
 * closed by the same quote; `,` and ` value=` only join a quoted key to a quoted value; `>` only
 * opens an element whose text is the value; a blank only follows a command-line flag.
 */
function isLiteralAssignment(m: RegExpExecArray, quote: string, sep: string): boolean {
  const end = m.index + m[0].length;
  if ((quote.startsWith('\\') || m.groups?.['close']?.startsWith('\\')) && inLongLine(m.input, m.index)) return false;
  const after = m.input.slice(end, end + 2);
  if (/value=$/.test(sep)) return Boolean(m.groups?.['close']) && quote !== '' && after.startsWith(quote);
  // `,` joins a call's first two arguments (`define('KEY', '...')`), never items of a list.
  if (sep === ',') return keyOpensCall(m.input, m.index) && quote !== '' && after.startsWith(quote);
  // The element's text alone on its line ends at a line break, then the closing tag.
  if (sep.startsWith('>'))
    return (
      quote === '' && (sep === '>' ? after.startsWith('<') : /^[ \t]*\r?\n[ \t]*<\//.test(m.input.slice(end, end + 40)))
    );
  // A dash joins a quoted value only: `token - x` is arithmetic.
  if (sep.trim() === '-') return quote !== '' && after.startsWith(quote);
  if (/^[ \t]$/.test(sep)) {
    const before = m.input.slice(Math.max(0, m.index - 40), m.index);
    return /(?:^|\s)--?[A-Za-z0-9-]*$/.test(before) && (quote ? after.startsWith(quote) : UNQUOTED_END.test(after));
  }
  if (quote) return after.startsWith(quote);
  return opensLine(m.input, m.index, sep) && UNQUOTED_END.test(after);
}

/**
 * True inside a line of more than GENERATED_LINE characters: a source map or a serialized blob,
 * whose escaped strings copy source files (`sourcesContent`) that are scanned on their own.
 */
function inLongLine(input: string, at: number): boolean {
  // Windows of GENERATED_LINE characters each side, so a long line costs a bounded look per match.
  const from = Math.max(0, at - GENERATED_LINE);
  const nlBefore = input.slice(from, at).lastIndexOf('\n');
  const start = nlBefore < 0 ? (from === 0 ? -1 : -Infinity) : from + nlBefore;
  const nlAfter = input.slice(at, at + GENERATED_LINE).indexOf('\n');
  const end = nlAfter < 0 ? (at + GENERATED_LINE >= input.length ? input.length : Infinity) : at + nlAfter;
  return end - start > GENERATED_LINE;
}
const GENERATED_LINE = 4000;

/** True when the quoted key the name sits in is a call's first argument: `(` then the quote. */
function keyOpensCall(input: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[A-Za-z0-9_.-]/.test(input[i - 1]!)) i--;
  return /\(\s{0,3}["'\x60]$/.test(input.slice(Math.max(0, i - 5), i));
}

/** Keyboard rows: four keys in a row along one (`asdf`, `qwer`, `1234`) is a walk, not randomness. */
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Every four keys in a row on one keyboard row: the walk check looks windows up here. */
const KEYBOARD_WALKS = new Set(KEYBOARD_ROWS.flatMap((row) => [...row.slice(3)].map((_, i) => row.slice(i, i + 4))));

/** Share of the value's characters that sit in keyboard walks (`asdfqwer1234asdf`: all of them). */
function keyboardWalkShare(value: string): number {
  const lower = value.toLowerCase();
  // Characters covered so far: windows overlap, so count each character once.
  let covered = 0;
  let coveredTo = 0;
  for (let i = 0; i + 4 <= lower.length; i++) {
    if (!KEYBOARD_WALKS.has(lower.slice(i, i + 4))) continue;
    covered += i + 4 - Math.max(i, coveredTo);
    coveredTo = i + 4;
  }
  return covered / Math.max(1, value.length);
}

/**
 * What people type when a test or a document needs a password: the word itself, plain or in
 * leetspeak and mixed case (`mysecretpassword1`, `AmAz0n+SqSsEcReT`), or a stand-in word more than
 * once (`fake12fakeab`). Random text holds `secret` about once in 10^9 positions.
 */
function spellsItself(value: string): boolean {
  const plain = value.toLowerCase().replace(/[0134579@$]/g, (c) => LEET[c]!);
  // Not as a segment of a token's own format (`secret_...`, `pi_..._secret_...`).
  return (
    /(?<![_-])(?:secret|passw(?:or)?d|passphrase)(?![_-])/.test(plain) || /(fake|dummy|sample|test).*\1/.test(plain)
  );
}
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '9': 'g',
  '@': 'a',
  $: 's',
};

/** A host name (`api.acme.com`, `4f2a9c.billing.internal`): where a credential is sent, not one. */
const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|dev|app|co|ai|cloud|edu|gov|info|biz|me|us|uk|de|fr|eu|local|internal|localhost|test|example|invalid)$/;

/**
 * Whether a value under a credential's name looks generated rather than written: not a path, a
 * word or identifier, a host, a walk or a sequence. A UUID only counts where the key names the
 * provider (`uuidOk`): many providers issue one as the key, and many other things are UUIDs.
 */
export function looksRandom(value: string, quoted: boolean, uuidOk = false): boolean {
  if (/^[~.]?\//.test(value)) return false; // a path
  // Hashes and public keys; publishable keys and key ids, which name an account or app (Stripe's
  // `pk_`, Lob's `live_pub_`, Razorpay's `rzp_live_` key id, Ramp's `ramp_id_`): their secret is
  // reported, not them.
  if (
    /^(?:sha(?:1|256|384|512)-|ssh-(?:rsa|ed25519)|pk_(?:live|test)_|(?:live|test)_pub_|rzp_(?:live|test)_|ramp_id_)/i.test(
      value,
    )
  )
    return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return uuidOk;
  // A printf conversion (`%s`, `%d`, `%v`, `%c` not followed by a hex digit, so not `%2F` or `%cd`
  // percent-encoding): a format string the secret is put into at run time, not the secret.
  if (/%[sdvcq](?![0-9A-Fa-f])/.test(value)) return false;
  if (/^[a-z]+(?:[._-][a-z]+)*$/i.test(value)) return false; // words, identifiers, dotted names
  if (/^[_$]*[A-Za-z][a-z]+(?:[A-Z][a-z]+)+$/.test(value)) return false; // camelCase names: _noLineTerminatorAfterNode
  if (/^[a-z]+(?:[._-][a-z0-9]+)+$/.test(value) && shannonEntropy(value) < 4) return false; // slugs: prod-db-credentials-9
  // Resource names: three or more parts, each a word, a number or a word and a number
  // (cmp2-qat-1208358310, kv-prod-001); random ids in groups (s1k5frmd-hqx6-h27w) mix them.
  if (/^(?:[a-z]{1,12}[0-9]{0,4}|[0-9]{1,12})(?:[._-](?:[a-z]{1,12}[0-9]{0,4}|[0-9]{1,12})){2,}$/.test(value))
    return false;
  if (HOST_NAME.test(value)) return false;
  if (keyboardWalkShare(value) >= 0.5 || spellsItself(value)) return false;
  if (!/\d/.test(value) && !/[A-Z]/.test(value)) return false;
  const bits = shannonEntropy(value);
  return quoted ? bits >= 3.2 : bits >= 3.2 && /\d/.test(value) && /[A-Za-z]/.test(value);
}

/**
 * The literal-assignment check (see isLiteralAssignment) of a match of `assignment(...)` then
 * VALUE, for rules that name the key differently.
 */
export function assignsLiteral(m: RegExpExecArray): boolean {
  return isLiteralAssignment(m, m.groups?.['q'] ?? '', m.groups?.['sep'] ?? '');
}

/** A JWT whose claims are a documentation or test example (jwt.io's): the JWT rule's call. */
function isExampleJwt(value: string): boolean {
  if (!value.startsWith('eyJ')) return false;
  const jwt = decodeJwt(value);
  return jwt !== undefined && isExample(jwt.claims);
}

export const generic: RuleFamily = {
  id: 'generic',
  providers: {
    generic: { name: 'the issuing service', revokeUrl: '' },
  },
  rules: [
    {
      id: 'generic-credential-assignment',
      title: 'Credential in a credential-named assignment',
      provider: 'generic',
      severity: 'warning',
      // Every spelling NAME accepts (the gate is a literal, case-folded substring test).
      keywords: [
        'secret',
        'token',
        'passw',
        'pwd',
        'passphrase',
        'credential',
        'api_key',
        'api-key',
        'apikey',
        'access_key',
        'access-key',
        'accesskey',
        'private_key',
        'private-key',
        'privatekey',
        'auth_key',
        'auth-key',
        'authkey',
        'creds',
      ],
      pattern: new RegExp(`(?<name>${NAME})${ASSIGN}${VALUE}`, 'i'),
      // A match starts at its name, which starts with a keyword: the pattern runs only there.
      runsNear: { before: 0, after: 0, barrier: '$();<[]{}|', ahead: 160 },
      priority: 0,
      minEntropy: 0,
      validate: (secret, m) => {
        const name = m.groups?.['name'] ?? '';
        const tail = m[0].slice(name.length).match(/^[A-Za-z0-9_]*/)?.[0] ?? '';
        // camelCase to snake_case, so `secretName` ends in `_name` like `SECRET_NAME` does.
        if (NOT_SECRET_NAME.test(`${name}${tail}`.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))) return false;
        const before = m.input.slice(Math.max(0, m.index - 24), m.index);
        if (NOT_SECRET_PREFIX.test(before) || namedWrongOnPurpose(before)) return false;
        const quote = m.groups?.['q'] ?? '';
        if (!isLiteralAssignment(m, quote, m.groups?.['sep'] ?? '')) return false;
        // A key naming a provider whose credentials have documented shapes (`meraki_api_key`,
        // `poloniex secret`).
        const key = `${/(?:[A-Za-z][\w.-]*[ \t])?[\w.-]*$/.exec(before)?.[0] ?? ''}${name}${tail}`;
        const named = providerOfKey(key);
        if (named && !fitsProviderShape(named.provider, secret, key)) return false;
        // A UUID is a key where the name says API key or token (`api_token`, `X-Api-Key`): many
        // services issue one; under `token` or `secret` alone it is as often an id.
        return looksRandom(secret, quote !== '', API_KEY_NAME.test(key)) && !isExampleJwt(secret);
      },
      format: String.raw`[A-Za-z0-9+/=_.~!@#%^&*-]{16,256}`,
      samples: {
        found: [
          String.raw`(?:(?:secret|token|passw(?:or)?d|passphrase|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?))[A-Za-z0-9_]{0,20}["'\x60]?\s{0,3}(?::\s{0,3}[A-Za-z_][\w.]{0,30}\s{0,3}=|:=|=>|=|:)\s{0,3}(?:["'\x60]?)(?:[A-Za-z0-9+/=_.~!@#%^&*-]{16,256})`,
        ],
        notFound: [
          String.raw`(?:(?:secret|token|passw(?:or)?d|passphrase|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?))[A-Za-z0-9_]{0,20}["'\x60]?\s{0,3}(?::\s{0,3}[A-Za-z_][\w.]{0,30}\s{0,3}=|:=|=>|=|:)\s{0,3}(?:["'\x60]?)(?:[A-Za-z0-9+/=_.~!@#%^&*-]{8})`,
          String.raw`(?:(?:secret|token|passw(?:or)?d|passphrase|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?))[A-Za-z0-9_]{0,20}["'\x60]?\s{0,3}(?::\s{0,3}[A-Za-z_][\w.]{0,30}\s{0,3}=|:=|=>|=|:)\s{0,3}(?:["'\x60]?)(?:x{16})`,
        ],
      },
      peers: { gitleaks: ['generic-api-key'], trufflehog: ['generic'] },
    },
  ],
};
