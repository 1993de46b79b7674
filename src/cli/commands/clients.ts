/** `mcp-leak-guard clients`: the MCP clients whose configs are recognised, and where they live. */
import { CLIENTS, type McpClient } from '../../mcp/clients.js';
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

/**
 * Personal files: the names recognised in a repository, then the user-level paths `audit`
 * checks on this device (per OS), so a client whose personal config has a generic name
 * (Cursor's and VS Code's mcp.json) does not read as having none.
 */
function personalFiles(c: McpClient): string[] {
  const paths = Object.values(c.userPaths).flatMap((list) => list ?? []);
  return [...new Set([...c.userFiles.map((g) => g.replace(/^\*\*\//, '')), ...paths])];
}

export function renderClients(clients: readonly McpClient[], markdown: boolean): string {
  if (markdown) {
    const cell = (s: string): string => s.replace(/\|/g, '\\|');
    const code = (globs: readonly string[]): string =>
      globs.length ? globs.map((g) => `\`${g.replace(/^\*\*\//, '')}\``).join(', ') : '–';
    const rows = clients.map(
      (c) =>
        `| [${c.name}](${c.source}) | ${code(c.projectFiles)} | ${code(personalFiles(c))} | ${c.format} | ${cell(c.reference)} |`,
    );
    return `| client | project files | personal files | format | keep the secret out |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  }
  return `${clients
    .map(
      (c) =>
        `${c.name} (${c.format})\n  project:  ${files(c.projectFiles) || '-'}\n  personal: ${personalFiles(c).join(', ') || '-'}\n  source:   ${c.source}`,
    )
    .join('\n')}\n`;
}
