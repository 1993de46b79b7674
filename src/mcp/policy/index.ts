/** The per-server safe-use checks, and the descriptions of every MCP rule. */
import type { RuleInfo } from '../../core/types.js';
import { autoApproveWrite } from './auto-approve.js';
import { broadScope } from './broad-scope.js';
import { broadFilesystem } from './filesystem.js';
import { listeningServer } from './listening.js';
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
  autoApproveWrite,
  broadFilesystem,
  listeningServer,
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
    id: 'mcp-live-broad-scope',
    title: 'Live token with broad scopes in an MCP config',
    category: 'policy',
    severity: 'error',
    description:
      'With --verify: a live GitHub, GitLab or Slack token in an MCP server config has scopes far wider than an assistant needs (repo, admin:org, delete_repo, api, admin.*); the message names the narrower one.',
  },
  {
    id: 'mcp-insecure-transport',
    title: 'MCP server over plain http',
    category: 'policy',
    severity: 'warning',
    description: 'A remote (non-loopback) server is reached over http://.',
  },
  {
    id: 'mcp-auto-approve-write',
    title: 'MCP write tools auto-approved',
    category: 'policy',
    severity: 'warning',
    description:
      'autoApprove / alwaysAllow / trust: true, or a Claude Code permissions.allow entry, lets tools that write, send or delete run without review.',
  },
  {
    id: 'mcp-broad-filesystem',
    title: 'Filesystem server on the whole home folder',
    category: 'policy',
    severity: 'warning',
    description: 'A filesystem server is given `/`, `~` or the home folder instead of a project folder.',
  },
  {
    id: 'mcp-listening-server',
    title: 'MCP server listening on the network',
    category: 'policy',
    severity: 'warning',
    description:
      'A local server binds 0.0.0.0 / :: (or docker publishes its port on all interfaces): other machines can call its tools.',
  },
  {
    id: 'mcp-sensitive-server',
    title: 'MCP server on a "don\'t connect" system',
    category: 'policy',
    severity: 'warning',
    description:
      'The server reaches a system an assistant should not be connected to (secrets managers, live payments, production databases, cloud admin, regulated data); set its tier under mcp.serverTiers if this is reviewed.',
  },
];
