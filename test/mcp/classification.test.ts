/** Every path of the clients table, held to its client and to personal versus project. */
import { describe, expect, it } from '@jest/globals';
import { adviceFor, CLIENTS, clientById, UNKNOWN_CLIENT, type Fact } from '../../src/mcp/clients.js';
import { recogniseByPath } from '../../src/mcp/recognise.js';
import { CONTAINERS } from '../../src/mcp/servers.js';

/** A file a glob stands for: at the repository root, or deeper. */
const example = (glob: string, under = ''): string =>
  under +
  glob
    .replace(/^\*\*\//, '')
    .replace(/\{([^,}]*)[^}]*\}/g, '$1')
    .replace(/\*/g, 'team');

const classified = (path: string) => {
  const r = recogniseByPath(path);
  return r && { client: r.client.id, personal: r.personal };
};

describe('each path of the table is its client’s, project or personal', () => {
  const rows = CLIENTS.flatMap((c) => [
    ...c.projectFiles.map((g) => [c.id, g, false] as const),
    ...c.userFiles.map((g) => [c.id, g, true] as const),
  ]);
  it.each(rows)('%s: %s (personal: %s)', (id, glob, personal) => {
    for (const under of ['', 'apps/web/']) {
      expect([example(glob, under), classified(example(glob, under))]).toEqual([
        example(glob, under),
        { client: id, personal },
      ]);
    }
  });

  it('no glob belongs to two clients', () => {
    const globs = rows.map(([, g]) => g);
    expect(globs.filter((g, i) => globs.indexOf(g) !== i)).toEqual([]);
  });

  it.each([
    ['.agents/mcp_config.json', 'antigravity', false],
    ['.devin/config.json', 'devin', false],
    ['.codex/config.toml', 'codex', false],
    ['.warp/.mcp.json', 'warp', false],
    ['.mcp.json', 'claude-code', false],
    ['.github/mcp.json', 'copilot-cli', false],
    ['kilo.jsonc', 'kilo-code', false],
    ['.copilot/mcp-config.json', 'copilot-cli', true],
    ['.devin/config.local.json', 'devin', true],
    ['.vs/mcp.json', 'visual-studio', true],
    ['.config/opencode/opencode.json', 'opencode', true],
    ['.config/zed/settings.json', 'zed', true],
    ['home/.codeium/windsurf/mcp_config.json', 'windsurf', true],
    ['dotfiles/.config/goose/secrets.yaml', 'goose', true],
    ['dotfiles/.local/share/opencode/mcp-auth.json', 'opencode', true],
  ] as const)('%s is %s (personal: %s)', (path, id, personal) => {
    expect(classified(path)).toEqual({ client: id, personal });
  });

  it('a bare mcp_config.json is no client’s by its name alone', () => {
    expect(recogniseByPath('tools/mcp_config.json')).toBeUndefined();
  });
});

describe('the table states its facts with sources', () => {
  it.each(CLIENTS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const facts = new Set<Fact>(c.sources.flatMap((s) => s.facts));
    if (c.projectFiles.length) expect([c.id, facts.has('project files')]).toEqual([c.id, true]);
    if (c.userFiles.length || Object.keys(c.userPaths).length)
      expect([c.id, facts.has('personal files')]).toEqual([c.id, true]);
    expect([c.id, facts.has('container'), c.containers.length > 0]).toEqual([c.id, true, true]);
    if (c.references.length) expect([c.id, facts.has('references')]).toEqual([c.id, true]);
    for (const glob of c.sharedNames ?? []) expect([...c.projectFiles, ...c.userFiles]).toContain(glob);
  });

  it('a retired client is still recognised and its advice names its successor', () => {
    const legacy = CLIENTS.filter((c) => c.legacy);
    expect(legacy.map((c) => c.id).sort()).toEqual(['amazon-q', 'gemini-cli', 'roo-code', 'windsurf']);
    for (const c of legacy) {
      const next = clientById(c.legacy!.successor);
      expect(next).not.toBe(UNKNOWN_CLIENT);
      expect(next.legacy).toBeUndefined();
      expect(adviceFor(c)).toContain(next.name);
      expect(c.sources.some((s) => s.facts.includes('status'))).toBe(true);
    }
  });

  it('a container that implies a client is listed by that client', () => {
    for (const k of CONTAINERS.filter((k) => k.client)) {
      expect([k.key, clientById(k.client!).containers.some((c) => c.includes(k.key))]).toEqual([k.key, true]);
    }
  });
});
