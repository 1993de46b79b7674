/**
 * The command line a server entry starts, as one token list whatever the client's shape:
 * `"command": "npx", "args": [...]`, a command array (opencode), a command object (Zed), a
 * command string with spaces, or Goose's `cmd`. Each token keeps its node and range in the file.
 */
import { entry, type ObjectNode, type StringNode } from './parse/node.js';

export interface ArgToken {
  node: StringNode;
  /** The token is `node.value.slice(from, to)`. */
  from: number;
  to: number;
  text: string;
  /** Where it sits in the entry, e.g. `args[2]`. */
  path: string;
}

const whole = (node: StringNode, path: string): ArgToken => ({
  node,
  from: 0,
  to: node.value.length,
  text: node.value,
  path,
});

export function serverArgv(server: ObjectNode): ArgToken[] {
  const out: ArgToken[] = [];
  const command = entry(server, 'command') ?? entry(server, 'cmd');
  if (command?.kind === 'string') out.push(...words(command, 'command'));
  if (command?.kind === 'array') {
    command.items.forEach((n, i) => n.kind === 'string' && out.push(whole(n, `command[${i}]`)));
  }
  if (command?.kind === 'object') {
    const path = entry(command, 'path');
    if (path?.kind === 'string') out.push(whole(path, 'command.path'));
    const args = entry(command, 'args');
    if (args?.kind === 'array')
      args.items.forEach((n, i) => n.kind === 'string' && out.push(whole(n, `command.args[${i}]`)));
  }
  const args = entry(server, 'args');
  if (args?.kind === 'array') args.items.forEach((n, i) => n.kind === 'string' && out.push(whole(n, `args[${i}]`)));
  return out;
}

/** A command written as one string (`"npx -y pkg --token abc"`): its words, with their ranges. */
function words(node: StringNode, path: string): ArgToken[] {
  const out: ArgToken[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(node.value)) !== null) {
    out.push({ node, from: m.index, to: m.index + m[0].length, text: m[0], path });
  }
  return out;
}
