/** The per-server safe-use checks, and the descriptions of every MCP rule. */
import type { RuleInfo } from '../../core/types.js';
import { broadScope } from './broad-scope.js';
import { productionDatabase } from './production-db.js';
import { insecureTransport } from './transport.js';
import type { PolicyCheck } from './types.js';
import { unpinnedServer } from './unpinned.js';
import { untrustedServer } from './untrusted.js';

export const SERVER_CHECKS: readonly PolicyCheck[] = [
  unpinnedServer,
  untrustedServer,
  productionDatabase,
  broadScope,
  insecureTransport,
];

export const MCP_RULES: readonly RuleInfo[] = [
  {
    id: 'mcp-literal-credential',
    title: 'Literal credential in an MCP config',
    category: 'secret',
    severity: 'error',
    description:
      'A credential-named slot (env, header, argument, URL) of an MCP server holds a literal value instead of a reference.',
  },
  {
    id: 'mcp-user-config-committed',
    title: 'Personal MCP config in the repository',
    category: 'mcp-config',
    severity: 'error',
    description:
      'A user-level MCP client config or token cache (Claude Desktop, Cline, Windsurf, Codex, Goose, ...) is in the repository.',
  },
  {
    id: 'mcp-unpinned-server',
    title: 'MCP server without a pinned version',
    category: 'policy',
    severity: 'warning',
    description: 'npx/uvx/docker start the server without an exact version or digest.',
  },
  {
    id: 'mcp-untrusted-server',
    title: 'MCP server outside the trusted list',
    category: 'policy',
    severity: 'warning',
    description: 'The server package, image or host is not in mcp.trustedServers (only checked when that list is set).',
  },
  {
    id: 'mcp-production-database',
    title: 'MCP server on a production database',
    category: 'policy',
    severity: 'warning',
    description: 'A database server points at a production-looking host or database, or is given write access.',
  },
  {
    id: 'mcp-broad-scope',
    title: 'Broad OAuth scope for an MCP server',
    category: 'policy',
    severity: 'warning',
    description:
      'The config asks for an OAuth scope far wider than an assistant needs; the message names the narrower one.',
  },
  {
    id: 'mcp-insecure-transport',
    title: 'MCP server over plain http',
    category: 'policy',
    severity: 'warning',
    description: 'A remote (non-loopback) server is reached over http://.',
  },
];
