/**
 * A client's way to reference a secret, with the variable it would be: `${env:VAR}` becomes
 * `${env:GITHUB_PERSONAL_ACCESS_TOKEN}` for that env slot, so the advice can be pasted as is.
 */
import { adviceFor, type McpClient } from './clients.js';

/** The variable name for a slot: the env key itself, else one made from the server's name. */
export function variableFor(slotPath: string, server: string): string {
  const env = /^(?:env|envs|environment)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(slotPath);
  if (env) return env[1]!;
  const base =
    server
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toUpperCase() || 'MCP';
  return `${/^[0-9]/.test(base) ? `_${base}` : base}_TOKEN`;
}

export function referenceAdvice(client: McpClient, slotPath: string, server: string): string {
  const name = variableFor(slotPath, server);
  let byName = built.get(client);
  if (!byName) built.set(client, (byName = new Map()));
  let advice = byName.get(name);
  if (advice === undefined) {
    // Every server of a large config asks again (mostly for the same variable); names made from
    // server names can be many, so the memory stays bounded.
    if (byName.size >= MAX_BUILT) byName.clear();
    byName.set(name, (advice = adviceFor(client).replace(/\bVAR\b/g, name)));
  }
  return advice;
}

const built = new WeakMap<McpClient, Map<string, string>>();
const MAX_BUILT = 1000;
