/**
 * Is a slot's name one that holds a credential, and is its value a literal one? An MCP config's
 * slot names are the strongest signal there is (`GITHUB_PERSONAL_ACCESS_TOKEN`, `X-API-Key`), so a
 * literal value there is reported even when no provider rule knows its format.
 */
import { shannonEntropy } from '../core/entropy.js';
import { containsReference, isPlaceholder, isReference } from '../core/placeholders.js';
import { remembered } from '../core/remember.js';

/** Last words that make a name a credential's, whatever precedes them. */
const CREDENTIAL_WORDS = new Set([
  'key',
  'pat',
  'auth',
  'sig',
  'signature',
  'dsn',
  'pwd',
  'pass',
  'creds',
  'cookie',
  'jwt',
  'bearer',
  'authorization',
  'session',
]);
/** Fragments that make any last word a credential's (`PGPASSWORD`, `apitoken`). */
const CREDENTIAL_FRAGMENTS = [
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'apikey',
  'credential',
  'privatekey',
  'accesskey',
];
/** Last words that name something about a credential, not the credential itself. */
const NOT_CREDENTIAL = new Set([
  'id',
  'ids',
  'url',
  'uri',
  'path',
  'file',
  'dir',
  'directory',
  'host',
  'hostname',
  'port',
  'endpoint',
  'region',
  'name',
  'user',
  'username',
  'email',
  'type',
  'mode',
  'enabled',
  'expiry',
  'expires',
  'ttl',
  'length',
  'header',
  'prefix',
  'format',
  'version',
  'scope',
  'scopes',
  'timeout',
  'count',
  'limit',
  'size',
  'location',
  'domain',
  'kind',
  'hint',
  'algorithm',
  'encoding',
  'provider',
  'method',
  'level',
  'var',
  'env',
  'field',
  'store',
]);

export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Every server of a config asks again for the same few names (`GITHUB_TOKEN`, `Authorization`).
export const isCredentialName: (name: string) => boolean = remembered(judgeName);

function judgeName(name: string): boolean {
  const w = words(name);
  const last = w[w.length - 1];
  if (last === undefined || NOT_CREDENTIAL.has(last)) return false;
  if (last === 'string' && w.includes('connection')) return true;
  return CREDENTIAL_WORDS.has(last) || CREDENTIAL_FRAGMENTS.some((f) => last.includes(f));
}

/**
 * Reference syntaxes MCP clients add to the shared ones: opencode/Kilo `{file:path}` (and
 * `{env:VAR}` inside a longer value), mcphub.nvim `$: cmd:<command>`, Crush `$(command)`.
 * (`${user_config.KEY}`, `${CLAUDE_PLUGIN_ROOT}`, `${extensionPath}` and `${file:...}` are
 * `${...}` references the shared list knows.)
 */
const MCP_REFERENCES: readonly RegExp[] = [/\{(?:env|file):[^}\s]+\}/, /^\s*\$:\s*cmd:/, /\$\([^)\n]+\)/];

/** The value refers to a secret kept elsewhere (`${VAR}`, `${input:x}`, `{env:X}`, ...). */
export function isReferenceValue(value: string): boolean {
  return isReference(value) || containsReference(value) || MCP_REFERENCES.some((re) => re.test(value));
}

/** `SUPABASE_ACCESS_TOKEN`: the name of an environment variable that holds a credential, not the credential. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
export const isCredentialVariableName = (value: string): boolean => ENV_NAME.test(value) && isCredentialName(value);

const WORDLIKE = /^[a-z]+(?:[-_][a-z]+)*$/;
const NON_SECRET_WORDS = new Set(['true', 'false', 'yes', 'no', 'null', 'none', 'undefined', 'on', 'off']);

/**
 * A literal value in a credential slot that could be the credential: not a reference or
 * placeholder, not a path, URL, flag, number or plain word, and not too regular. `notReference`:
 * the caller knows `isReferenceValue(value)` is false.
 */
export function isLiteralSecret(value: string, notReference = false): boolean {
  const v = value.trim();
  if (v.length < 8 || v.length > 4096) return false;
  if ((!(notReference && v === value) && isReferenceValue(v)) || isPlaceholder(v) || isCredentialVariableName(v))
    return false;
  if (/\s/.test(v) || NON_SECRET_WORDS.has(v.toLowerCase())) return false;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(v) || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return false;
  if (/^\d{1,15}$/.test(v) || v.startsWith('-')) return false;
  if (WORDLIKE.test(v) && v.length < 24) return false;
  return shannonEntropy(v) >= 2.5;
}
