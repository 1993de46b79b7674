/**
 * The cross-repository identity of a secret: HMAC-SHA256 under the organisation key. Shards on
 * different runners that share the key give the same credential the same id, so `merge` lists it
 * once with every location; without the key the id says nothing about the value. The key comes
 * from `MCP_LEAK_GUARD_ORG_KEY` (a repository or organisation secret); without it, one derived
 * from the organisation's name keeps ids stable but is only as secret as that name.
 */
import { createHash, createHmac } from 'node:crypto';

export const ORG_KEY_ENV = 'MCP_LEAK_GUARD_ORG_KEY';

export function orgKey(env: NodeJS.ProcessEnv, scope: string): string {
  const given = env[ORG_KEY_ENV];
  if (given) return given;
  return createHash('sha256').update(`mcp-leak-guard/org:${scope}`).digest('hex');
}

export function secretId(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex').slice(0, 24);
}
