/**
 * The credential slots of one server entry: every place a client passes a value to the server
 * that could carry a credential (env, headers, args, URLs, credential-named fields, JSON nested in
 * a string). Each slot says whether it holds a reference, a literal credential, or a plain value.
 */
import { shannonEntropy } from '../core/entropy.js';
import { isCredentialName, isLiteralSecret, isReferenceValue } from './credential-names.js';
import { serverArgv, type ArgToken } from './argv.js';
import { parseJson } from './parse/json.js';
import { entry, type ConfigNode, type ObjectNode, type StringNode } from './parse/node.js';
import { SERVER_URL_KEYS } from './servers.js';

export type SlotState = 'literal' | 'reference' | 'value';

export interface Slot {
  /** Where in the server entry, e.g. `env.GITHUB_TOKEN`, `headers.Authorization`, `args[3]`. */
  path: string;
  /** The string node that holds the value in the file. */
  node: StringNode;
  /** The judged value is `node.value.slice(from, to)`. */
  from: number;
  to: number;
  state: SlotState;
  /** The name the value was given (env var, header, flag, query parameter), when it has one. */
  name?: string;
}

const ENV_KEYS = ['env', 'envs', 'environment'];
const HEADER_KEYS = ['headers', 'http_headers'];
/** Keys whose value names an environment variable or file: always a reference. */
const REFERENCE_KEYS = [
  'bearer_token_env_var',
  'envFile',
  'env_file',
  'env_keys',
  'env_vars',
  'env_http_headers',
  'env_key',
  'api_key_env',
];
/** Authorization schemes whose parameter is the credential. */
const AUTH_SCHEME = /^(?:Bearer|Basic|token|Token|Bot|ApiKey|Api-Key|Key|Digest|OAuth)\s+/;

/** `argv`: the server's command line when the caller has it already (`serverArgv`). */
export function serverSlots(server: ObjectNode, argv: readonly ArgToken[] = serverArgv(server)): Slot[] {
  const out: Slot[] = [];
  for (const key of ENV_KEYS) mapSlots(entry(server, key), key, out, 'env');
  for (const key of HEADER_KEYS) mapSlots(entry(server, key), key, out, 'header');
  mapSlots(entry(entry(server, 'requestOptions'), 'headers'), 'requestOptions.headers', out, 'header');
  for (const key of SERVER_URL_KEYS) {
    const v = entry(server, key);
    if (v?.kind === 'string') urlSlots(v, 0, v.value.length, key, out);
  }
  for (const key of REFERENCE_KEYS) {
    const v = entry(server, key);
    if (v?.kind === 'string') out.push({ path: key, node: v, from: 0, to: v.value.length, state: 'reference' });
    else if (v)
      for (const s of stringsIn(v)) out.push({ path: key, node: s, from: 0, to: s.value.length, state: 'reference' });
  }
  // Zed keeps env under its command object.
  mapSlots(entry(entry(server, 'command'), 'env'), 'command.env', out, 'env');
  argSlots(argv, out);
  // Scope lists (`"scopes": [...]`, `"oauth": {"scopes": ...}`) are plain values the scope check reads.
  for (const [key, node] of [
    ['scopes', entry(server, 'scopes')],
    ['oauth.scopes', entry(entry(server, 'oauth'), 'scopes')],
  ] as const) {
    for (const s of node ? stringsIn(node) : [])
      out.push({ path: key, name: key, node: s, from: 0, to: s.value.length, state: 'value' });
  }
  // Credential-named fields of the entry itself or its `settings` (`"apiKey": "..."`).
  for (const [obj, prefix] of [
    [server, ''],
    [entry(server, 'settings'), 'settings.'],
  ] as const) {
    if (obj?.kind !== 'object') continue;
    for (const e of obj.entries) {
      if (e.value.kind === 'string' && isCredentialName(e.key) && !REFERENCE_KEYS.includes(e.key)) {
        out.push(judged(`${prefix}${e.key}`, e.value, 0, e.value.value.length, true));
      }
    }
  }
  return out;
}

/** A `{NAME: value}` map of env vars or headers. */
function mapSlots(node: ConfigNode | undefined, prefix: string, out: Slot[], kind: 'env' | 'header'): void {
  if (node?.kind !== 'object') return;
  for (const e of node.entries) {
    if (e.value.kind !== 'string') continue;
    namedValue(e.value, 0, e.value.value.length, e.key, `${prefix}.${e.key}`, out, kind === 'header');
  }
}

/** One named value: a header (scheme stripped), a nested JSON object, a URL, or a plain value. */
function namedValue(
  node: StringNode,
  from: number,
  to: number,
  name: string,
  path: string,
  out: Slot[],
  header: boolean,
): void {
  const value = node.value.slice(from, to);
  const trimmed = value.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}') && nestedSlots(node, from, value, path, out)) return;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    urlSlots(node, from, to, path, out);
    return;
  }
  if (header && /^(?:proxy-)?authorization$/i.test(name)) {
    const scheme = AUTH_SCHEME.exec(value);
    const start = from + (scheme ? scheme[0].length : 0);
    out.push(judged(path, node, start, to, true, name));
    return;
  }
  out.push(judged(path, node, from, to, isCredentialName(name), name));
}

/** JSON inside a string (e.g. `OPENAPI_MCP_HEADERS`): its entries are slots too. */
function nestedSlots(node: StringNode, from: number, value: string, path: string, out: Slot[]): boolean {
  const parsed = parseJson(value);
  const root = parsed.roots[0];
  if (parsed.error || root?.kind !== 'object') return false;
  for (const e of root.entries) {
    if (e.value.kind !== 'string') continue;
    // Inner offsets are into the decoded outer value; an inner value with escapes maps to its literal.
    const inner = e.value;
    const start = from + inner.bodyStart;
    const end = start + inner.value.length;
    const exact = node.value.slice(start, end) === inner.value;
    namedValue(
      node,
      exact ? start : from + inner.start,
      exact ? end : from + inner.end,
      e.key,
      `${path}.${e.key}`,
      out,
      true,
    );
  }
  return true;
}

/** A URL: the password in its user info, credential-named query parameters, key-like path parts. */
function urlSlots(node: StringNode, from: number, to: number, path: string, out: Slot[]): void {
  const url = node.value.slice(from, to);
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@\s]*@)?([^/?#\s]*)([^?#\s]*)(\?[^#\s]*)?/i.exec(url);
  if (!m) return;
  if (isReferenceValue(url) && !m[2] && !m[5]) {
    out.push({ path, node, from, to, state: 'reference' });
    return;
  }
  out.push({ path, node, from, to, state: 'value' });
  const userinfo = m[2];
  if (userinfo && userinfo.includes(':')) {
    const start = from + m[1]!.length + userinfo.indexOf(':') + 1;
    out.push(judged(`${path}.password`, node, start, from + m[1]!.length + userinfo.length - 1, true));
  }
  const pathPart = m[4] ?? '';
  let offset = from + m[1]!.length + (userinfo?.length ?? 0) + m[3]!.length;
  for (const seg of pathPart.split('/')) {
    if (looksLikeKeySegment(seg))
      out.push({ path: `${path}.path`, node, from: offset, to: offset + seg.length, state: 'literal' });
    offset += seg.length + 1;
  }
  const query = m[5];
  if (!query) return;
  let qOffset = from + m[0].length - query.length + 1;
  for (const pair of query.slice(1).split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) {
      const name = decodeName(pair.slice(0, eq));
      const start = qOffset + eq + 1;
      out.push(judged(`${path}?${name}`, node, start, qOffset + pair.length, isCredentialName(name), name));
    }
    qOffset += pair.length + 1;
  }
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * A URL path segment that is a key, as some hosted MCP servers put one there: long, mixed case
 * and digits, high entropy (UUIDs and hex ids are lower case and are not taken).
 */
function looksLikeKeySegment(seg: string): boolean {
  return (
    seg.length >= 24 &&
    seg.length <= 200 &&
    /^[A-Za-z0-9_-]+$/.test(seg) &&
    /[A-Z]/.test(seg) &&
    /[a-z]/.test(seg) &&
    /\d/.test(seg) &&
    shannonEntropy(seg) >= 4
  );
}

/** Flags, `KEY=value` pairs, `-e KEY=value`, `--header "Name: value"`, and URLs in an argv list. */
function argSlots(args: readonly ArgToken[], out: Slot[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    const flagEq = /^(--?[A-Za-z][\w-]*)=/.exec(a.text);
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(a.text);
    if (flagEq) {
      namedValue(a.node, a.from + flagEq[0].length, a.to, flagEq[1]!, a.path, out, false);
    } else if (/^--?[A-Za-z][\w-]*$/.test(a.text) && next && !next.text.startsWith('-')) {
      if (/^(?:-H|--header)$/.test(a.text) && /^[\w-]+:/.test(next.text)) {
        const colon = next.text.indexOf(':');
        const lead = /^:\s*/.exec(next.text.slice(colon))![0].length;
        namedValue(next.node, next.from + colon + lead, next.to, next.text.slice(0, colon), next.path, out, true);
        i++;
      } else if (/^(?:-e|--env)$/.test(a.text) && /^[A-Za-z_]\w*=/.test(next.text)) {
        const eq = next.text.indexOf('=');
        namedValue(next.node, next.from + eq + 1, next.to, next.text.slice(0, eq), next.path, out, false);
        i++;
      } else {
        // `--token V` is judged as a credential; `--scopes V`, `--port V` are named plain values.
        namedValue(next.node, next.from, next.to, a.text, next.path, out, false);
        i++;
      }
    } else if (assign) {
      namedValue(a.node, a.from + assign[0].length, a.to, assign[1]!, a.path, out, false);
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.text)) {
      urlSlots(a.node, a.from, a.to, a.path, out);
    } else {
      out.push({
        path: a.path,
        node: a.node,
        from: a.from,
        to: a.to,
        state: isReferenceValue(a.text) ? 'reference' : 'value',
      });
    }
  }
}

function judged(
  path: string,
  node: StringNode,
  from: number,
  to: number,
  credentialNamed: boolean,
  name?: string,
): Slot {
  const value = node.value.slice(from, to);
  let state: SlotState = 'value';
  if (isReferenceValue(value)) state = 'reference';
  // `"FIRECRAWL_API_KEY": "FIRECRAWL_API_KEY"`: a value equal to its own name is a stand-in.
  else if (credentialNamed && value !== name && isLiteralSecret(value, true)) state = 'literal';
  const slot: Slot = { path, node, from, to, state };
  if (name !== undefined) slot.name = name;
  return slot;
}

function stringsIn(node: ConfigNode): StringNode[] {
  if (node.kind === 'string') return [node];
  if (node.kind === 'array') return node.items.flatMap(stringsIn);
  if (node.kind === 'object') return node.entries.flatMap((e) => stringsIn(e.value));
  return [];
}
