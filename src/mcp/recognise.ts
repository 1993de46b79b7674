/**
 * Which client a file belongs to: by its path first (the clients table), else by what it holds.
 * A file of no known path is only parsed when its text names a server container, so ordinary
 * JSON, YAML and TOML (package.json, lockfiles, CI files) cost one substring search.
 */
import micromatch from 'micromatch';
import { formatOfPath } from './parse/index.js';
import { CLIENTS, clientById, TOKEN_CACHES, UNKNOWN_CLIENT, type McpClient } from './clients.js';
import { containerOf, MCP_ONLY_CONTAINER, SERVER_MARKER, SHARED_CONTAINER } from './servers.js';
import { repositoryGlob } from './user-paths.js';

export interface Recognition {
  client: McpClient;
  /** A personal, user-level config or token cache: it does not belong in a repository. */
  personal: boolean;
  /** Matched by path (a parse failure is then worth a note). */
  byPath: boolean;
  /** The file name is common elsewhere: the file is the client's only when it holds MCP servers. */
  needsServers?: boolean;
  /** A token cache or credential store rather than a config. */
  tokenCache?: boolean;
}

const MM = { dot: true, nocase: true } as const;

interface CompiledGlob {
  recognition: Recognition;
  glob: string;
  /** Compiled on the first path that holds `needle`: most globs never meet one, and compiling is the cost. */
  test?: (p: string) => boolean;
  /** Characters the glob fixes (wildcards left out): the most specific match wins. */
  specificity: number;
  /** The glob's longest literal part, lower-cased: a path without it cannot match (a cheap gate). */
  needle: string;
}

let compiled: { globs: CompiledGlob[] } | undefined;

/** The table's globs, each compiled once when first needed: every scanned file is tested against them. */
function matchers(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const globs: { glob: string; recognition: Recognition }[] = [
    ...TOKEN_CACHES.map((c) => ({
      glob: repositoryGlob(c.path),
      recognition: { client: clientById(c.client), personal: true, byPath: true, tokenCache: true },
    })),
    ...CLIENTS.flatMap((client) =>
      [
        ...client.userFiles.map((glob) => ({ glob, personal: true })),
        ...client.projectFiles.map((glob) => ({ glob, personal: false })),
      ].map(({ glob, personal }) => ({
        glob,
        recognition: {
          client,
          personal,
          byPath: true,
          ...(client.sharedNames?.includes(glob) ? { needsServers: true } : {}),
        },
      })),
    ),
  ];
  compiled = {
    globs: globs.map(({ glob, recognition }) => ({
      recognition,
      glob,
      specificity: glob.replace(/\*\*\/|[*?]|\{[^}]*\}/g, '').length,
      needle: longestLiteral(glob).toLowerCase(),
    })),
  };
  return compiled;
}

function longestLiteral(glob: string): string {
  // Without the leading `**/`: a file at the repository root has no slash before its name.
  return glob
    .replace(/^\*\*\//, '')
    .split(/\*\*|[*?]|\{[^}]*\}/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

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

/** The most specific glob of the table that matches; on a tie, the first (token caches, then table order). */
function recognise(path: string): Recognition | undefined {
  const p = path.replace(/\\/g, '/');
  const m = matchers();
  const lower = p.toLowerCase();
  let best: CompiledGlob | undefined;
  for (const g of m.globs) {
    if (!lower.includes(g.needle)) continue;
    g.test ??= micromatch.matcher(g.glob, MM);
    if (g.test(p) && (!best || g.specificity > best.specificity)) best = g;
  }
  return best?.recognition;
}

/**
 * Whether a file of no known path is worth parsing: it names an MCP-only container, or a shared
 * container and a server key. Most JSON/YAML/TOML (package.json, lockfiles, CI files) fails this
 * at once, and parsing is by far the larger cost.
 */
export function mayHoldServers(text: string): boolean {
  // Literal gates first: \b-led alternations scan every position of every config-format file,
  // where `includes` skips through at memory speed (every MCP-only key holds `mcp` or
  // `context_servers`; every server marker holds `cmd`, `command` or `Url`).
  return (
    ((text.includes('mcp') || text.includes('context_servers')) && MCP_ONLY_CONTAINER.test(text)) ||
    ((text.includes('cmd') || text.includes('command') || text.includes('Url')) &&
      SERVER_MARKER.test(text) &&
      SHARED_CONTAINER.test(text))
  );
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
 * servers (`CONTAINERS` says which client a key implies). A client that keeps servers only in
 * user-level files (Goose) makes such a file in a repository a copy of a personal config.
 */
export function recogniseByContainer(containerKey: string, hasInputs: boolean): Omit<Recognition, 'byPath'> {
  const id = containerKey === 'servers' && hasInputs ? 'vscode' : containerOf(containerKey)?.client;
  const client = id ? clientById(id) : UNKNOWN_CLIENT;
  return { client, personal: client !== UNKNOWN_CLIENT && client.projectFiles.length === 0 };
}
