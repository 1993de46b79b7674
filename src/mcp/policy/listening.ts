/**
 * `mcp-listening-server`: a local server told to listen where other machines can reach it
 * (`--host 0.0.0.0`, `HOST=::`, `docker -p 8080:8080` without a loopback address). An MCP server
 * should only make outbound connections; anyone on the network could call its tools.
 */
import { textSpan } from '../parse/node.js';
import type { PolicyCheck, PolicyHit } from './types.js';

const ANY_ADDRESS = /^(?:0\.0\.0\.0|::|\[::\]|\*)(?::\d+)?$/;
const HOST_FLAGS = new Set(['--host', '--bind', '--listen', '--hostname', '--address', '-H', '--addr']);
const HOST_VARS = /^(?:HOST|BIND|BIND_ADDRESS|LISTEN|LISTEN_ADDRESS|SERVER_HOST|MCP_HOST|ADDRESS)$/i;

export const listeningServer: PolicyCheck = (ctx) => {
  const out: PolicyHit[] = [];
  const hit = (node: Parameters<typeof textSpan>[1], from: number, to: number, what: string): void => {
    out.push({
      ruleId: 'mcp-listening-server',
      ...textSpan(ctx.text, node, from, to),
      message: `Server "${ctx.server.name}" listens on ${what}, reachable from other machines: bind it to 127.0.0.1 (an MCP server should only connect out).`,
    });
  };
  const argv = ctx.argv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = /^(--?[\w-]+)=(.+)$/.exec(a.text);
    if (eq && HOST_FLAGS.has(eq[1]!) && ANY_ADDRESS.test(eq[2]!)) hit(a.node, a.from, a.to, eq[2]!);
    const next = argv[i + 1];
    if (HOST_FLAGS.has(a.text) && next && ANY_ADDRESS.test(next.text)) hit(next.node, next.from, next.to, next.text);
    // docker -p HOSTPORT:CONTAINERPORT publishes on every interface unless an address is given.
    if ((a.text === '-p' || a.text === '--publish') && next && /^\d+:\d+(?:\/\w+)?$/.test(next.text)) {
      hit(next.node, next.from, next.to, `all interfaces (docker -p ${next.text})`);
    }
  }
  for (const slot of ctx.slots) {
    if (!slot.name || !HOST_VARS.test(slot.name)) continue;
    const value = slot.node.value.slice(slot.from, slot.to).trim();
    if (ANY_ADDRESS.test(value)) hit(slot.node, slot.from, slot.to, value);
  }
  return out;
};
