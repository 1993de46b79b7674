import { describe, expect, it } from '@jest/globals';
import { deviceFiles, expandTemplate } from '../../src/audit/paths.js';
import { TOKEN_CACHES } from '../../src/mcp/clients.js';
import { mayHoldServers, recogniseByPath } from '../../src/mcp/recognise.js';
import { CONTAINERS } from '../../src/mcp/servers.js';
import { repositoryGlob } from '../../src/mcp/user-paths.js';

describe('one list each: token caches, containers', () => {
  it('derives the repository glob of a user-level template', () => {
    expect(repositoryGlob('$CODEX_HOME/auth.json')).toBe('**/.codex/auth.json');
    expect(repositoryGlob('~/.mcp-auth/')).toBe('**/.mcp-auth/**');
    expect(repositoryGlob('$XDG_DATA_HOME/opencode/mcp-auth.json')).toBe('**/.local/share/opencode/mcp-auth.json');
    expect(repositoryGlob('/etc/claude-code/managed-mcp.json')).toBe('**/claude-code/managed-mcp.json');
  });

  it('every token cache is personal when committed and audited on the device, from the same entry', () => {
    const device = deviceFiles('linux', { home: '/h', env: {} });
    for (const cache of TOKEN_CACHES) {
      const committed = repositoryGlob(cache.path)
        .replace(/^\*\*\//, 'home/dev/')
        .replace(/\/\*\*$/, '/server/tokens.json');
      expect([cache.path, recogniseByPath(committed)]).toEqual([
        cache.path,
        expect.objectContaining({ personal: true, tokenCache: true }),
      ]);
      const onDevice = expandTemplate(cache.path, 'linux', { home: '/h', env: {} });
      expect(device).toContainEqual(expect.objectContaining({ path: onDevice, cache: true }));
    }
    expect(device.filter((f) => f.cache)).toHaveLength(TOKEN_CACHES.length);
  });

  it('a text naming any MCP-only container is worth parsing; a shared one needs a server key too', () => {
    for (const c of CONTAINERS) {
      const text = `{"${c.key}": {"x": {"command": "run"}}}`;
      expect([c.key, mayHoldServers(text)]).toEqual([c.key, true]);
      expect([c.key, mayHoldServers(`{"${c.key}": {"x": {"port": 1}}}`)]).toEqual([c.key, c.mcpOnly]);
    }
  });
});
