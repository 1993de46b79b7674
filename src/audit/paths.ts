/**
 * Where this device keeps MCP client configs and token caches, from the clients table, per OS.
 * Templates: `~` is the home folder; the variables and their defaults are `TEMPLATE_VARIABLES`
 * (src/mcp/user-paths.ts). The OS is a parameter, so a mounted home of another machine can be
 * audited, and tests need no other OS.
 */
import path from 'node:path';
import { CLIENTS, clientById, TOKEN_CACHES, UNKNOWN_CLIENT, type McpClient } from '../mcp/clients.js';
import { TEMPLATE_VARIABLES } from '../mcp/user-paths.js';

export type DeviceOs = 'darwin' | 'linux' | 'win32';

export interface DeviceFile {
  client: string;
  path: string;
  /** A token cache: any file in it is a credential. */
  cache?: boolean;
}

export interface DeviceEnv {
  home: string;
  env: Readonly<Record<string, string | undefined>>;
}

export function expandTemplate(template: string, os: DeviceOs, { home, env }: DeviceEnv): string {
  const p = os === 'win32' ? path.win32 : path.posix;
  const [head, ...rest] = template.split('/');
  const variable = TEMPLATE_VARIABLES[head!];
  // A system path (`/etc/...`) starts with an empty segment: keep it absolute.
  const root =
    head === '~'
      ? home
      : variable
        ? env[variable.env] || p.join(home, ...variable.underHome)
        : head === ''
          ? p.sep
          : head!;
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
  for (const c of TOKEN_CACHES) {
    const client = clientById(c.client);
    add({
      client: client === UNKNOWN_CLIENT ? c.client : client.name,
      path: expandTemplate(c.path, os, denv),
      cache: true,
    });
  }
  return out;
}
