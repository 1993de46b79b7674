/**
 * `mcp-untrusted-server`: with `mcp.trustedServers` configured, a server whose package, image or
 * host is not on that list. Off when no list is configured: who is trusted is the team's call.
 */
import micromatch from 'micromatch';
import { textSpan } from '../parse/node.js';
import { SERVER_URL_KEYS } from '../servers.js';
import { packageOf } from './packages.js';
import type { PolicyCheck } from './types.js';

const URL_SLOTS = new Set(SERVER_URL_KEYS);

export const untrustedServer: PolicyCheck = (ctx) => {
  const trusted = ctx.settings.trustedServers;
  if (!trusted || trusted.length === 0) return [];
  const pkg = packageOf(ctx.argv);
  if (pkg) {
    if (micromatch.isMatch(pkg.name, trusted, { nocase: true })) return [];
    return [
      {
        ruleId: 'mcp-untrusted-server',
        ...textSpan(ctx.text, pkg.token.node, pkg.token.from, pkg.token.to),
        message: `Server "${ctx.server.name}" runs ${pkg.name}, which is not in mcp.trustedServers: use the official server or add it to the list after review.`,
      },
    ];
  }
  const urlSlot = ctx.slots.find((s) => URL_SLOTS.has(s.path));
  if (!urlSlot) return [];
  const value = urlSlot.node.value.slice(urlSlot.from, urlSlot.to);
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?([^:/?#\s]+)/i.exec(value)?.[1];
  if (!host || micromatch.isMatch(host, trusted, { nocase: true })) return [];
  return [
    {
      ruleId: 'mcp-untrusted-server',
      ...textSpan(ctx.text, urlSlot.node, urlSlot.from, urlSlot.to),
      message: `Server "${ctx.server.name}" is hosted at ${host}, which is not in mcp.trustedServers: use the provider's official endpoint or add it after review.`,
    },
  ];
};
