/**
 * Where this device keeps MCP client configs and token caches, from the clients table, per OS.
 * Templates: `~` is the home folder; `$XDG_CONFIG_HOME` defaults to `~/.config`, `%APPDATA%` to
 * `~/AppData/Roaming`, `$CODEX_HOME` to `~/.codex`, `$CLAUDE_CONFIG_DIR` to `~/.claude`,
 * `$CONTINUE_GLOBAL_DIR` to `~/.continue`. The OS is a parameter, so a mounted home of
 * another machine can be audited, and tests need no other OS.
 */
import path from 'node:path';
import { CLIENTS, type McpClient } from '../mcp/clients.js';

export type DeviceOs = 'darwin' | 'linux' | 'win32';

export interface DeviceFile {
  client: string;
  path: string;
  /** A token cache: any file in it is a credential. */
  cache?: boolean;
}

/** Token caches MCP clients and bridges keep beside their configs (folders end with `/`). */
const TOKEN_CACHES: readonly { client: string; path: string }[] = [
  { client: 'mcp-remote', path: '~/.mcp-auth/' },
  { client: 'Gemini CLI', path: '~/.gemini/mcp-oauth-tokens.json' },
  { client: 'Codex', path: '$CODEX_HOME/auth.json' },
  { client: 'Claude Code', path: '$CLAUDE_CONFIG_DIR/.credentials.json' },
];

export interface DeviceEnv {
  home: string;
  env: Readonly<Record<string, string | undefined>>;
}

export function expandTemplate(template: string, os: DeviceOs, { home, env }: DeviceEnv): string {
  const p = os === 'win32' ? path.win32 : path.posix;
  const vars: Record<string, string> = {
    '~': home,
    $XDG_CONFIG_HOME: env['XDG_CONFIG_HOME'] || p.join(home, '.config'),
    '%APPDATA%': env['APPDATA'] || p.join(home, 'AppData', 'Roaming'),
    $CODEX_HOME: env['CODEX_HOME'] || p.join(home, '.codex'),
    $CLAUDE_CONFIG_DIR: env['CLAUDE_CONFIG_DIR'] || p.join(home, '.claude'),
    $CONTINUE_GLOBAL_DIR: env['CONTINUE_GLOBAL_DIR'] || p.join(home, '.continue'),
  };
  const [head, ...rest] = template.split('/');
  const root = vars[head!] ?? head!;
  return p.join(root, ...rest.filter(Boolean)) + (template.endsWith('/') ? p.sep : '');
}

export function deviceFiles(os: DeviceOs, denv: DeviceEnv): DeviceFile[] {
  const out: DeviceFile[] = [];
  const seen = new Set<string>();
  const add = (f: DeviceFile): void => {
    if (seen.has(f.path)) return;
    seen.add(f.path);
    out.push(f);
  };
  for (const client of CLIENTS as readonly McpClient[]) {
    for (const t of client.userPaths[os] ?? []) add({ client: client.name, path: expandTemplate(t, os, denv) });
  }
  for (const c of TOKEN_CACHES) add({ client: c.client, path: expandTemplate(c.path, os, denv), cache: true });
  return out;
}
