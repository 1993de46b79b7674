/**
 * Finds MCP server entries in a parsed config, whatever the client: a container key (the one list
 * is `CONTAINERS` below) holding a map (or, as in Continue, a list) of entries that look like
 * servers (a command, a URL, a transport type).
 */
import { entry, type ConfigEntry, type ConfigNode, type ObjectNode, type Span } from './parse/node.js';
import { escapeRegExp } from '../core/regexp.js';

export interface ServerEntry {
  name: string;
  node: ObjectNode;
  /** The server's name as written (its key, or its `name` value in a list). */
  nameSpan: Span;
  /** The key that held it, e.g. `mcpServers`. */
  container: string;
  /** `projects./path.mcpServers` and the like, for messages. */
  path: string;
}

export interface Container {
  key: string;
  /** Only MCP configs use this key: naming it is reason enough to parse a file. */
  mcpOnly: boolean;
  /** May hold a list of servers with `name` fields instead of a map. */
  lists?: boolean;
  /** Holds one server rather than a map of them (a desktop extension's `server.mcp_config`). */
  single?: boolean;
  /** The client (id in the clients table) a file of no known path holding this key belongs to. */
  client?: string;
}

/** Every key that holds MCP servers, across clients (the clients table says which client uses which). */
export const CONTAINERS: readonly Container[] = [
  { key: 'mcpServers', mcpOnly: true, lists: true },
  { key: 'context_servers', mcpOnly: true, client: 'zed' },
  { key: 'mcp_servers', mcpOnly: true, lists: true, client: 'codex' },
  { key: 'amp.mcpServers', mcpOnly: true, client: 'amp' },
  { key: 'mcp-servers', mcpOnly: true, client: 'copilot-agent' },
  { key: 'mcp_config', mcpOnly: true, single: true, client: 'claude-desktop-extension' },
  { key: 'servers', mcpOnly: false },
  { key: 'extensions', mcpOnly: false, client: 'goose' },
  { key: 'mcp', mcpOnly: false, client: 'opencode' },
];
const BY_KEY = new Map(CONTAINERS.map((c) => [c.key, c]));
export const containerOf = (key: string): Container | undefined => BY_KEY.get(key);

const alternation = (keys: readonly string[]): string => keys.map(escapeRegExp).join('|');
/** Names an MCP-only container anywhere in a text. */
export const MCP_ONLY_CONTAINER = new RegExp(
  `\\b(?:${alternation(CONTAINERS.filter((c) => c.mcpOnly).map((c) => c.key))})\\b`,
);
/** Names a container other tools use too (`servers`, `extensions`, `mcp`), written as a key. */
export const SHARED_CONTAINER = new RegExp(
  `["']?\\b(?:${alternation(CONTAINERS.filter((c) => !c.mcpOnly).map((c) => c.key))})\\b["']?\\s{0,4}[:=]`,
);

/** The keys a remote server's URL sits under, across clients. */
export const SERVER_URL_KEYS: readonly string[] = ['url', 'serverUrl', 'httpUrl', 'uri', 'endpoint'];
/** Keys only a server entry has (generic URL keys such as `url` are left out), written as a key. */
export const SERVER_MARKER = /["']?\b(?:command|cmd|serverUrl|httpUrl)\b["']?\s{0,4}[:=]/;
const SERVER_SHAPE_KEYS = ['command', 'cmd', 'args', ...SERVER_URL_KEYS, 'transport'];
const TRANSPORT_TYPES = new Set([
  'stdio',
  'sse',
  'http',
  'streamable-http',
  'streamablehttp',
  'local',
  'remote',
  'ws',
  'websocket',
  'builtin',
]);
/** How far down a file containers are looked for (Claude Code nests them under `projects.<dir>`). */
const MAX_CONTAINER_DEPTH = 6;

export function looksLikeServer(node: ConfigNode): node is ObjectNode {
  if (node.kind !== 'object') return false;
  if (SERVER_SHAPE_KEYS.some((k) => entry(node, k) !== undefined)) return true;
  const type = entry(node, 'type');
  return type?.kind === 'string' && TRANSPORT_TYPES.has(type.value.toLowerCase());
}

export function findServers(root: ConfigNode): ServerEntry[] {
  const out: ServerEntry[] = [];
  const rootName = entry(root, 'name');
  const visit = (node: ConfigNode, path: string, depth: number): void => {
    if (depth > MAX_CONTAINER_DEPTH || node.kind !== 'object') return;
    for (const e of node.entries) {
      const here = path ? `${path}.${e.key}` : e.key;
      if (BY_KEY.has(e.key)) {
        const found = BY_KEY.get(e.key)!.single
          ? singleServer(e, rootName?.kind === 'string' ? rootName.value : e.key, here)
          : serversIn(e.value, e.key, here);
        if (found.length > 0) {
          out.push(...found);
          continue;
        }
      }
      if (e.value.kind === 'object' && !looksLikeServer(e.value)) visit(e.value, here, depth + 1);
    }
  };
  visit(root, '', 0);
  return out;
}

function singleServer(e: ConfigEntry, name: string, path: string): ServerEntry[] {
  return looksLikeServer(e.value) ? [{ name, node: e.value, nameSpan: e.keySpan, container: e.key, path }] : [];
}

/**
 * Entries of an MCP-only container are servers even without a command or URL: Zed's extension
 * servers carry only `settings`, and a disabled entry may carry only its `env`.
 */
const CONFIG_ONLY_KEYS = ['settings', 'env', 'headers'];

function serversIn(node: ConfigNode, container: string, path: string): ServerEntry[] {
  const mcpOnly = BY_KEY.get(container)?.mcpOnly === true;
  const isServer = (v: ConfigNode): boolean =>
    looksLikeServer(v) || (mcpOnly && CONFIG_ONLY_KEYS.some((k) => entry(v, k)?.kind === 'object'));
  if (node.kind === 'object') {
    return node.entries
      .filter((e) => isServer(e.value))
      .map((e) => ({ name: e.key, node: e.value as ObjectNode, nameSpan: e.keySpan, container, path }));
  }
  // Lists of servers are Continue's `mcpServers` form; other lists (an OpenAPI `servers` list of
  // URLs) are not MCP.
  if (node.kind === 'array' && BY_KEY.get(container)?.lists) {
    return node.items.filter(looksLikeServer).map((item, i) => {
      const name = entry(item, 'name');
      return {
        name: name?.kind === 'string' ? name.value : `#${i + 1}`,
        node: item,
        nameSpan: name ?? { start: item.start, end: item.start },
        container,
        path,
      };
    });
  }
  return [];
}

/** Top-level sections of a client config that hold credentials outside its MCP servers. */
const CREDENTIAL_SECTIONS: readonly string[] = ['model_providers'];

/** Each entry of a credential section (`[model_providers.azure]`), walked for slots like a server. */
export function credentialSections(root: ConfigNode): ServerEntry[] {
  const out: ServerEntry[] = [];
  for (const key of CREDENTIAL_SECTIONS) {
    const section = entry(root, key);
    if (section?.kind !== 'object') continue;
    for (const e of section.entries) {
      if (e.value.kind === 'object') {
        out.push({ name: `${key}.${e.key}`, node: e.value, nameSpan: e.keySpan, container: key, path: key });
      }
    }
  }
  return out;
}
