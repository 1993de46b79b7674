/**
 * The MCP clients this project knows: where each keeps its config (in a project and per user, per
 * OS), the format, where the servers are, and how the client lets a config reference a secret
 * instead of holding it. `source` is the documentation each entry was checked against; the
 * clients table in docs/clients.md is generated from this one.
 *
 * Path patterns are micromatch globs over repository-relative paths. User paths are templates:
 * `~` is the home folder, `$XDG_CONFIG_HOME` defaults to `~/.config`, `%APPDATA%` to
 * `~/AppData/Roaming`, `$CODEX_HOME` to `~/.codex`, `$CLAUDE_CONFIG_DIR` to `~/.claude` and
 * `$CONTINUE_GLOBAL_DIR` to `~/.continue` (see `src/audit/paths.ts`).
 */
import type { ConfigFormat } from './parse/index.js';

export interface McpClient {
  id: string;
  name: string;
  format: ConfigFormat;
  /** Project-level configs, meant to be committed and shared. */
  projectFiles: readonly string[];
  /** Personal, user-level configs (and token caches): never belong in a repository. */
  userFiles: readonly string[];
  /** Where the user-level config lives on each OS (for `audit`). */
  userPaths: Readonly<Partial<Record<'darwin' | 'linux' | 'win32', readonly string[]>>>;
  /** How to keep the secret out of this client's config. */
  reference: string;
  source: string;
}

export const CLIENTS: readonly McpClient[] = [
  {
    id: 'claude-desktop',
    name: 'Claude Desktop',
    format: 'json',
    projectFiles: [],
    userFiles: ['**/claude_desktop_config.json'],
    userPaths: {
      darwin: ['~/Library/Application Support/Claude/claude_desktop_config.json'],
      win32: ['%APPDATA%/Claude/claude_desktop_config.json'],
      linux: ['$XDG_CONFIG_HOME/Claude/claude_desktop_config.json'],
    },
    reference:
      "Claude Desktop has no secret reference syntax: keep the token only in your user-level claude_desktop_config.json (mode 0600), never in a repository, or use the server's OAuth flow (a remote connector) instead of a static token.",
    source: 'https://modelcontextprotocol.io/quickstart/user',
  },
  {
    id: 'claude-code',
    name: 'Claude Code',
    format: 'json',
    projectFiles: ['**/.mcp.json', '**/.claude/settings.json'],
    userFiles: ['**/.claude.json', '**/.claude/settings.local.json', '**/.claude/.credentials.json'],
    userPaths: {
      darwin: ['~/.claude.json', '$CLAUDE_CONFIG_DIR/settings.json'],
      linux: ['~/.claude.json', '$CLAUDE_CONFIG_DIR/settings.json'],
      win32: ['~/.claude.json', '$CLAUDE_CONFIG_DIR/settings.json'],
    },
    reference:
      'In .mcp.json write "${VAR}" (or "${VAR:-default}") and set VAR in your environment; Claude Code expands it in command, args, env, url and headers.',
    source: 'https://docs.anthropic.com/en/docs/claude-code/mcp',
  },
  {
    id: 'cursor',
    name: 'Cursor',
    format: 'json',
    projectFiles: ['**/.cursor/mcp.json'],
    userFiles: [],
    userPaths: { darwin: ['~/.cursor/mcp.json'], linux: ['~/.cursor/mcp.json'], win32: ['~/.cursor/mcp.json'] },
    reference:
      'Write "${env:VAR}" in .cursor/mcp.json (or point "envFile" at an untracked .env file) and set VAR outside the repository.',
    source: 'https://docs.cursor.com/context/model-context-protocol',
  },
  {
    id: 'vscode',
    name: 'VS Code',
    format: 'json',
    projectFiles: ['**/.vscode/mcp.json', '**/.vscode/settings.json', '**/*.code-workspace'],
    userFiles: [],
    userPaths: {
      darwin: [
        '~/Library/Application Support/Code/User/mcp.json',
        '~/Library/Application Support/Code/User/settings.json',
      ],
      linux: ['$XDG_CONFIG_HOME/Code/User/mcp.json', '$XDG_CONFIG_HOME/Code/User/settings.json'],
      win32: ['%APPDATA%/Code/User/mcp.json', '%APPDATA%/Code/User/settings.json'],
    },
    reference:
      'Declare an "inputs" entry ({"type": "promptString", "id": "token", "password": true}) and write "${input:token}": VS Code prompts once and keeps the value in its secret storage. "${env:VAR}" and "envFile" also work.',
    source: 'https://code.visualstudio.com/docs/copilot/customization/mcp-servers',
  },
  {
    id: 'visual-studio',
    name: 'Visual Studio',
    format: 'json',
    projectFiles: ['**/.vs/mcp.json'],
    userFiles: [],
    userPaths: { win32: ['~/.mcp.json'] },
    reference: 'Use "inputs" with "${input:id}" as in VS Code, or an "envFile" that is not committed.',
    source: 'https://learn.microsoft.com/en-us/visualstudio/ide/mcp-servers',
  },
  {
    id: 'windsurf',
    name: 'Windsurf',
    format: 'json',
    projectFiles: [],
    userFiles: ['**/.codeium/windsurf/mcp_config.json', '**/mcp_config.json'],
    userPaths: {
      darwin: ['~/.codeium/windsurf/mcp_config.json'],
      linux: ['~/.codeium/windsurf/mcp_config.json'],
      win32: ['~/.codeium/windsurf/mcp_config.json'],
    },
    reference: 'Write "${env:VAR}" in mcp_config.json and set VAR in your environment.',
    source: 'https://docs.windsurf.com/windsurf/cascade/mcp',
  },
  {
    id: 'cline',
    name: 'Cline',
    format: 'json',
    projectFiles: [],
    userFiles: ['**/cline_mcp_settings.json'],
    userPaths: {
      darwin: [
        '~/Library/Application Support/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
      ],
      linux: ['$XDG_CONFIG_HOME/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'],
      win32: ['%APPDATA%/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'],
    },
    reference:
      'Cline has no secret reference syntax: keep the token only in the user-level cline_mcp_settings.json (mode 0600), never in a repository.',
    source: 'https://docs.cline.bot/mcp/configuring-mcp-servers',
  },
  {
    id: 'roo-code',
    name: 'Roo Code',
    format: 'json',
    projectFiles: ['**/.roo/mcp.json'],
    userFiles: ['**/mcp_settings.json'],
    userPaths: {
      darwin: [
        '~/Library/Application Support/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json',
      ],
      linux: ['$XDG_CONFIG_HOME/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'],
      win32: ['%APPDATA%/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'],
    },
    reference: 'Write "${env:VAR}" in .roo/mcp.json and set VAR in your environment.',
    source: 'https://docs.roocode.com/features/mcp/using-mcp-in-roo',
  },
  {
    id: 'continue',
    name: 'Continue',
    format: 'yaml',
    projectFiles: ['**/.continue/config.yaml', '**/.continue/mcpServers/*.{yaml,yml,json}'],
    userFiles: [],
    userPaths: {
      darwin: ['$CONTINUE_GLOBAL_DIR/config.yaml'],
      linux: ['$CONTINUE_GLOBAL_DIR/config.yaml'],
      win32: ['$CONTINUE_GLOBAL_DIR/config.yaml'],
    },
    reference:
      'Write "${{ secrets.NAME }}" and store NAME as a Continue secret (Hub or a local .env outside the repository).',
    source: 'https://docs.continue.dev/customize/deep-dives/mcp',
  },
  {
    id: 'zed',
    name: 'Zed',
    format: 'json',
    projectFiles: ['**/.zed/settings.json'],
    userFiles: ['**/.config/zed/settings.json'],
    userPaths: { darwin: ['~/.config/zed/settings.json'], linux: ['$XDG_CONFIG_HOME/zed/settings.json'] },
    reference:
      'Keep context_servers credentials in your user-level ~/.config/zed/settings.json (never in .zed/settings.json), or start the server through a wrapper that reads the token from your environment.',
    source: 'https://zed.dev/docs/ai/mcp',
  },
  {
    id: 'gemini-cli',
    name: 'Gemini CLI',
    format: 'json',
    projectFiles: ['**/.gemini/settings.json'],
    userFiles: ['**/.gemini/mcp-oauth-tokens.json', '**/.gemini/oauth_creds.json'],
    userPaths: {
      darwin: ['~/.gemini/settings.json', '~/.gemini/mcp-oauth-tokens.json'],
      linux: ['~/.gemini/settings.json', '~/.gemini/mcp-oauth-tokens.json'],
      win32: ['~/.gemini/settings.json', '~/.gemini/mcp-oauth-tokens.json'],
    },
    reference: 'Write "$VAR" or "${VAR}" in settings.json; Gemini CLI expands it from your environment.',
    source: 'https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md',
  },
  {
    id: 'codex',
    name: 'Codex',
    format: 'toml',
    // Codex reads MCP servers from the user-level config only; a copy in a repository is personal.
    projectFiles: [],
    userFiles: ['**/.codex/config.toml', '**/.codex/auth.json'],
    userPaths: {
      darwin: ['$CODEX_HOME/config.toml'],
      linux: ['$CODEX_HOME/config.toml'],
      win32: ['$CODEX_HOME/config.toml'],
    },
    reference:
      'For an HTTP server set bearer_token_env_var = "VAR" (or env_http_headers); for a stdio server list the variable in env_vars so Codex passes it from your environment.',
    source: 'https://github.com/openai/codex/blob/main/docs/config.md',
  },
  {
    id: 'amazon-q',
    name: 'Amazon Q Developer',
    format: 'json',
    projectFiles: ['**/.amazonq/mcp.json', '**/.amazonq/default.json'],
    // Newer Q CLI versions keep servers in agent files; mcp.json is read when an agent asks for it.
    userFiles: ['**/.aws/amazonq/mcp.json', '**/.aws/amazonq/cli-agents/*.json'],
    userPaths: {
      darwin: ['~/.aws/amazonq/mcp.json', '~/.aws/amazonq/cli-agents/'],
      linux: ['~/.aws/amazonq/mcp.json', '~/.aws/amazonq/cli-agents/'],
      win32: ['~/.aws/amazonq/mcp.json', '~/.aws/amazonq/cli-agents/'],
    },
    reference: 'Leave the variable out of "env" and export it in the shell that starts Q, so the server inherits it.',
    source: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html',
  },
  {
    id: 'goose',
    name: 'Goose',
    format: 'yaml',
    projectFiles: [],
    userFiles: ['**/.config/goose/config.yaml'],
    userPaths: {
      darwin: ['~/.config/goose/config.yaml'],
      linux: ['$XDG_CONFIG_HOME/goose/config.yaml'],
      win32: ['%APPDATA%/Block/goose/config/config.yaml'],
    },
    reference:
      'List the variable under "env_keys" and store its value with `goose configure`, which keeps it in the system keyring.',
    source: 'https://block.github.io/goose/docs/getting-started/using-extensions',
  },
  {
    id: 'librechat',
    name: 'LibreChat',
    format: 'yaml',
    projectFiles: ['**/librechat.yaml', '**/librechat.yml'],
    userFiles: [],
    userPaths: {},
    reference: 'Write "${VAR}" in librechat.yaml and set VAR in the server\'s untracked .env file.',
    source: 'https://www.librechat.ai/docs/configuration/librechat_yaml/object_structure/mcp_servers',
  },
  {
    id: 'opencode',
    name: 'opencode',
    format: 'json',
    projectFiles: ['**/opencode.json', '**/opencode.jsonc'],
    userFiles: [],
    userPaths: {
      darwin: ['~/.config/opencode/opencode.json'],
      linux: ['$XDG_CONFIG_HOME/opencode/opencode.json'],
      win32: ['~/.config/opencode/opencode.json'],
    },
    reference: 'Write "{env:VAR}" (or "{file:path}" to a file outside the repository) in opencode.json.',
    source: 'https://opencode.ai/docs/mcp-servers/',
  },
  {
    id: 'kiro',
    name: 'Kiro',
    format: 'json',
    projectFiles: ['**/.kiro/settings/mcp.json'],
    userFiles: [],
    userPaths: {
      darwin: ['~/.kiro/settings/mcp.json'],
      linux: ['~/.kiro/settings/mcp.json'],
      win32: ['~/.kiro/settings/mcp.json'],
    },
    reference: 'Write "${VAR}" in the env block and set VAR in your environment.',
    source: 'https://kiro.dev/docs/mcp/configuration/',
  },
];

/** A config recognised by its content only (a Markdown example, an unknown tool's file). */
export const UNKNOWN_CLIENT: McpClient = {
  id: 'mcp',
  name: 'MCP config',
  format: 'json',
  projectFiles: [],
  userFiles: [],
  userPaths: {},
  reference:
    'Reference it from the environment (e.g. "${VAR}") the way your MCP client documents, instead of writing it.',
  source: 'https://modelcontextprotocol.io',
};

/** MCP token caches and credential stores: always personal. */
export const TOKEN_CACHE_FILES: readonly string[] = ['**/.mcp-auth/**'];
