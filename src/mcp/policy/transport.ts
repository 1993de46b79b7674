/** `mcp-insecure-transport`: a remote server reached over plain http: tokens and data cross the network in clear. */
import { textSpan } from '../parse/node.js';
import { SERVER_URL_KEYS } from '../servers.js';
import type { PolicyCheck } from './types.js';

const URL_SLOTS = new Set(SERVER_URL_KEYS);
const LOOPBACK = /^(?:localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|host\.docker\.internal)$/i;

function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

export const insecureTransport: PolicyCheck = (ctx) => {
  const out = [];
  for (const slot of ctx.slots) {
    // The server's own URL slot, or a URL argument (bridges such as mcp-remote take it there).
    const isUrlSlot = URL_SLOTS.has(slot.path) || (/^(?:args|command)/.test(slot.path) && slot.state === 'value');
    if (!isUrlSlot) continue;
    const value = slot.node.value.slice(slot.from, slot.to);
    const m = /^http:\/\/(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^:/?#\s]+)/i.exec(value);
    if (!m || isLoopbackHost(m[1]!)) continue;
    out.push({
      ruleId: 'mcp-insecure-transport',
      ...textSpan(ctx.text, slot.node, slot.from, slot.to),
      message: `Server "${ctx.server.name}" is reached over plain http at ${m[1]}: credentials and tool data travel unencrypted. Use https.`,
    });
  }
  return out;
};
