/** `mcp-leak-guard clients`: the MCP clients whose configs are recognised, and where they live. */
import { CLIENTS, clientById, type McpClient } from '../../mcp/clients.js';
import { parseListArgs, type CliIO } from '../io.js';

export const CLIENTS_USAGE = `Usage: mcp-leak-guard clients [--format text|markdown|json]

Lists the MCP clients whose config files are recognised: project files (meant to be shared),
personal files (never belong in a repository), the format, and how each client references a
secret instead of holding it.
`;

export async function clientsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const format = parseListArgs(argv, CLIENTS_USAGE, io);
  if (!format) return 0;
  io.stdout.write(
    format === 'json' ? `${JSON.stringify(CLIENTS, null, 2)}\n` : renderClients(CLIENTS, format === 'markdown'),
  );
  return 0;
}

const files = (globs: readonly string[]): string => globs.map((g) => g.replace(/^\*\*\//, '')).join(', ');

export function renderClients(clients: readonly McpClient[], markdown: boolean): string {
  if (markdown) {
    const cell = (s: string): string => s.replace(/\|/g, '\\|');
    const code = (globs: readonly string[]): string =>
      globs.length ? globs.map((g) => `\`${g.replace(/^\*\*\//, '')}\``).join(', ') : '–';
    const list = (items: readonly string[]): string => (items.length ? items.map((i) => `\`${i}\``).join(', ') : '–');
    const rows = clients.map(
      (c) =>
        `| [${c.name}](${c.sources[0]!.url})${c.legacy ? ` (legacy since ${c.legacy.since}: use ${clientById(c.legacy.successor).name})` : ''} | ${code(c.projectFiles)} | ${code(c.userFiles)} | ${cell(personalPaths(c))} | ${c.format}: ${cell(list(c.containers))} | ${cell(list(c.references))} ${cell(c.reference)} | ${cell(sources(c))} |`,
    );
    return `| client | project files | personal files | personal paths per OS | format: servers key | keep the secret out | sources (confidence: facts) |\n| --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  }
  return `${clients
    .map(
      (c) =>
        `${c.name} (${c.format}: ${c.containers.join(', ')})${c.legacy ? ` legacy, successor ${clientById(c.legacy.successor).name}` : ''}\n  project:  ${files(c.projectFiles) || '-'}\n  personal: ${files(c.userFiles) || '-'}\n  sources:  ${sources(c)}`,
    )
    .join('\n')}\n`;
}

const OS_NAMES = { darwin: 'macOS', linux: 'Linux', win32: 'Windows' } as const;

function personalPaths(c: McpClient): string {
  const parts = (Object.keys(OS_NAMES) as (keyof typeof OS_NAMES)[])
    .filter((os) => c.userPaths[os]?.length)
    .map((os) => `${OS_NAMES[os]}: ${c.userPaths[os]!.map((p) => `\`${p}\``).join(', ')}`);
  return parts.join('; ') || '–';
}

function sources(c: McpClient): string {
  return c.sources.map((s) => `${s.url} (${s.confidence}: ${s.facts.join(', ')})`).join('; ');
}
