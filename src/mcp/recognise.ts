/**
 * Which client a file belongs to: by its path first (the clients table), else by what it holds.
 * A file of no known path is only parsed when its text names a server container, so ordinary
 * JSON, YAML and TOML (package.json, lockfiles, CI files) cost one substring search.
 */
import micromatch from 'micromatch';
import { formatOfPath } from './parse/index.js';
import { CLIENTS, clientById, TOKEN_CACHES, UNKNOWN_CLIENT, type McpClient } from './clients.js';
import { MCP_ONLY_CONTAINER, SERVER_MARKER, SHARED_CONTAINER } from './servers.js';
import { repositoryGlob } from './user-paths.js';

export interface Recognition {
  client: McpClient;
  /** A personal, user-level config or token cache: it does not belong in a repository. */
  personal: boolean;
  /** Matched by path (a parse failure is then worth a note). */
  byPath: boolean;
  /** The personal-config rule needs servers in the file (the name alone is too common). */
  personalNeedsServers?: boolean;
  /** A token cache or credential store rather than a config. */
  tokenCache?: boolean;
}

const MM = { dot: true, nocase: true } as const;
/** Personal-config names common enough elsewhere that the file must also hold MCP servers. */
const AMBIGUOUS_PERSONAL = new Set(['**/mcp_config.json', '**/mcp_settings.json', '**/.config/zed/settings.json']);

interface CompiledClient {
  client: McpClient;
  personal: readonly { glob: string; test: (p: string) => boolean }[];
  project: (p: string) => boolean;
}

let compiled:
  { tokenCaches: { client: McpClient; test: (p: string) => boolean }[]; clients: CompiledClient[] } | undefined;

/** Globs compiled once: every scanned file is tested against them, so compiling per call is the cost. */
function matchers(): NonNullable<typeof compiled> {
  const never = (): boolean => false;
  compiled ??= {
    tokenCaches: TOKEN_CACHES.map((c) => ({
      client: clientById(c.client),
      test: micromatch.matcher(repositoryGlob(c.path), MM),
    })),
    clients: CLIENTS.map((client) => ({
      client,
      personal: client.userFiles.map((glob) => ({ glob, test: micromatch.matcher(glob, MM) })),
      project:
        client.projectFiles.length > 0 ? anyOf(client.projectFiles.map((g) => micromatch.matcher(g, MM))) : never,
    })),
  };
  return compiled;
}

const anyOf =
  (tests: ((p: string) => boolean)[]) =>
  (p: string): boolean =>
    tests.some((t) => t(p));

/** History scans ask about the same paths thousands of times. */
const byPathCache = new Map<string, Recognition | undefined>();
const CACHE_LIMIT = 20_000;

export function recogniseByPath(path: string): Recognition | undefined {
  if (byPathCache.has(path)) return byPathCache.get(path);
  const r = recognise(path);
  if (byPathCache.size >= CACHE_LIMIT) byPathCache.clear();
  byPathCache.set(path, r);
  return r;
}

function recognise(path: string): Recognition | undefined {
  const p = path.replace(/\\/g, '/');
  const m = matchers();
  const cache = m.tokenCaches.find((c) => c.test(p));
  if (cache) return { client: cache.client, personal: true, byPath: true, tokenCache: true };
  for (const c of m.clients) {
    const hit = c.personal.find((g) => g.test(p));
    if (hit)
      return { client: c.client, personal: true, byPath: true, personalNeedsServers: AMBIGUOUS_PERSONAL.has(hit.glob) };
  }
  for (const c of m.clients) if (c.project(p)) return { client: c.client, personal: false, byPath: true };
  return undefined;
}

/**
 * Whether a file of no known path is worth parsing: it names an MCP-only container, or a shared
 * container and a server key. Most JSON/YAML/TOML (package.json, lockfiles, CI files) fails this
 * at once, and parsing is by far the larger cost.
 */
export function mayHoldServers(text: string): boolean {
  return MCP_ONLY_CONTAINER.test(text) || (SERVER_MARKER.test(text) && SHARED_CONTAINER.test(text));
}

/**
 * Whether a changed file should be read whole for the MCP analysis, judged from its path and the
 * lines a patch adds to it: a known config path, or a config-format file that names a container.
 */
export function needsWholeDocument(path: string, addedText: string): boolean {
  if (recogniseByPath(path)) return true;
  return formatOfPath(path) !== undefined && mayHoldServers(addedText);
}

/**
 * The client a content-recognised config most likely belongs to, from the key that held its
 * servers. Codex and Goose keep MCP servers only in user-level files, so such a file in a
 * repository is a copy of a personal config.
 */
export function recogniseByContainer(containerKey: string, hasInputs: boolean): Omit<Recognition, 'byPath'> {
  switch (containerKey) {
    case 'mcp_servers':
      return { client: clientById('codex'), personal: true };
    case 'extensions':
      return { client: clientById('goose'), personal: true };
    case 'context_servers':
      return { client: clientById('zed'), personal: false };
    case 'servers':
      return { client: hasInputs ? clientById('vscode') : UNKNOWN_CLIENT, personal: false };
    case 'mcp':
      return { client: clientById('opencode'), personal: false };
    default:
      return { client: UNKNOWN_CLIENT, personal: false };
  }
}
