/**
 * The MCP clients this project knows: where each keeps its config (in a project and per user, per
 * OS), the format, the key that holds the servers, and how the client lets a config reference a
 * secret instead of holding it. Every fact carries the source it was taken from and how sure that
 * source is; the clients table in docs/clients.md is generated from this one.
 *
 * Path patterns are micromatch globs over repository-relative paths; each glob belongs to one
 * client (the most specific glob wins, so `.warp/.mcp.json` is Warp's, not Claude Code's). A file
 * another client also reads is listed under `alsoReads`, for the reader. User paths are templates:
 * `~` is the home folder and a leading variable (`$XDG_CONFIG_HOME`, `%APPDATA%`, `$CODEX_HOME`, ...)
 * moves a folder; the variables and their defaults are listed once in `src/mcp/user-paths.ts`.
 */
import type { ConfigFormat } from './parse/index.js';

/** `vendor docs`: the client's own documentation; `source code`: read in its code; `second-hand`: a guide or article. */
export type Confidence = 'vendor docs' | 'source code' | 'second-hand';
export type Fact = 'project files' | 'personal files' | 'container' | 'references' | 'status';

export interface Source {
  url: string;
  confidence: Confidence;
  /** The facts of the entry this source supports. */
  facts: readonly Fact[];
}

type OsPaths = Readonly<Partial<Record<'darwin' | 'linux' | 'win32', readonly string[]>>>;

export interface McpClient {
  id: string;
  name: string;
  format: ConfigFormat | 'markdown';
  /** Project-level configs, meant to be committed and shared. */
  projectFiles: readonly string[];
  /** Personal, user-level configs: never belong in a repository. */
  userFiles: readonly string[];
  /**
   * Globs above whose file name other tools use too (`manifest.json`, `devcontainer.json`): such a
   * file is this client's only when it holds MCP servers.
   */
  sharedNames?: readonly string[];
  /** Where the user-level config lives on each OS (for `audit`), system-wide managed files included. */
  userPaths: OsPaths;
  /** The key (dotted for nesting) that holds the servers. */
  containers: readonly string[];
  /** Reference values the client expands instead of a literal (never reported). */
  references: readonly string[];
  /** How to keep the secret out of this client's config. */
  reference: string;
  /** Files this client reads that the table attributes to another client. */
  alsoReads?: readonly string[];
  /** A retired or renamed client: still recognised, its successor named in the advice. */
  legacy?: { since: string; successor: string };
  sources: readonly Source[];
}

const ALL: readonly Fact[] = ['project files', 'personal files', 'container', 'references'];
const everywhere = (...paths: string[]): OsPaths => ({ darwin: paths, linux: paths, win32: paths });
const docs = (url: string, facts: readonly Fact[] = ALL): Source => ({ url, confidence: 'vendor docs', facts });
const code = (url: string, facts: readonly Fact[]): Source => ({ url, confidence: 'source code', facts });
const secondHand = (url: string, facts: readonly Fact[]): Source => ({ url, confidence: 'second-hand', facts });

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
    containers: ['mcpServers'],
    references: [],
    reference:
      'claude_desktop_config.json has no secret reference syntax: keep the token only in your user-level file (mode 0600), never in a repository; or install the server as a desktop extension, whose sensitive settings Claude Desktop keeps in the OS keychain; or use a remote connector with OAuth.',
    sources: [
      docs('https://modelcontextprotocol.io/quickstart/user'),
      docs('https://support.claude.com/en/articles/12922929', ['references']),
    ],
  },
  {
    id: 'claude-desktop-extension',
    name: 'Claude Desktop extension (.mcpb)',
    format: 'json',
    projectFiles: ['**/manifest.json'],
    userFiles: [],
    sharedNames: ['**/manifest.json'],
    userPaths: {},
    containers: ['server.mcp_config'],
    references: ['${user_config.api_key}', '${__dirname}/server/index.js', '${HOME}'],
    reference:
      'Declare the value in "user_config" with "sensitive": true and write "${user_config.api_key}" in server.mcp_config.env: Claude Desktop asks for it at install and keeps it in the OS keychain.',
    sources: [
      docs('https://www.anthropic.com/engineering/desktop-extensions'),
      docs('https://support.claude.com/en/articles/12922929', ['references']),
      code('https://github.com/anthropics/mcpb/blob/main/MANIFEST.md', ['container', 'references']),
    ],
  },
  {
    id: 'claude-code',
    name: 'Claude Code',
    format: 'json',
    projectFiles: ['**/.mcp.json', '**/.claude/settings.json', '**/managed-mcp.json', '**/.claude-plugin/plugin.json'],
    userFiles: ['**/.claude.json', '**/.claude/settings.local.json'],
    userPaths: {
      darwin: [
        '~/.claude.json',
        '$CLAUDE_CONFIG_DIR/settings.json',
        '/Library/Application Support/ClaudeCode/managed-mcp.json',
      ],
      linux: ['~/.claude.json', '$CLAUDE_CONFIG_DIR/settings.json', '/etc/claude-code/managed-mcp.json'],
      win32: ['~/.claude.json', '$CLAUDE_CONFIG_DIR/settings.json', 'C:/Program Files/ClaudeCode/managed-mcp.json'],
    },
    containers: ['mcpServers', 'projects.<dir>.mcpServers'],
    references: [
      '${VAR}',
      '${VAR:-default}',
      '${CLAUDE_PLUGIN_ROOT}/server.js',
      '${user_config.api_key}',
      '$CLAUDE_PLUGIN_OPTION_API_KEY',
    ],
    reference:
      'In .mcp.json write "${VAR}" (or "${VAR:-default}") and set VAR in your environment; Claude Code expands it in command, args, env, url and headers. A plugin declares the value as a user option and writes "${user_config.KEY}".',
    sources: [
      docs('https://docs.anthropic.com/en/docs/claude-code/mcp'),
      docs('https://code.claude.com/docs/en/managed-mcp', ['project files', 'personal files']),
      secondHand('https://juejin.cn/post/7604889577937535003', ['project files', 'references']),
    ],
  },
  {
    id: 'cursor',
    name: 'Cursor',
    format: 'json',
    projectFiles: ['**/.cursor/mcp.json'],
    userFiles: [],
    userPaths: everywhere('~/.cursor/mcp.json'),
    containers: ['mcpServers'],
    references: ['${env:VAR}'],
    reference:
      'Write "${env:VAR}" in .cursor/mcp.json (or point "envFile" at an untracked .env file) and set VAR outside the repository.',
    sources: [docs('https://docs.cursor.com/context/model-context-protocol')],
  },
  {
    id: 'vscode',
    name: 'VS Code',
    format: 'json',
    projectFiles: [
      '**/.vscode/mcp.json',
      '**/.vscode/settings.json',
      '**/*.code-workspace',
      '**/.devcontainer/devcontainer.json',
      '**/.devcontainer/*/devcontainer.json',
      '**/.devcontainer.json',
    ],
    userFiles: [],
    sharedNames: [
      '**/.devcontainer/devcontainer.json',
      '**/.devcontainer/*/devcontainer.json',
      '**/.devcontainer.json',
      '**/*.code-workspace',
    ],
    userPaths: {
      darwin: [
        '~/Library/Application Support/Code/User/mcp.json',
        '~/Library/Application Support/Code/User/settings.json',
        '~/Library/Application Support/Code - Insiders/User/mcp.json',
      ],
      linux: [
        '$XDG_CONFIG_HOME/Code/User/mcp.json',
        '$XDG_CONFIG_HOME/Code/User/settings.json',
        '$XDG_CONFIG_HOME/Code - Insiders/User/mcp.json',
      ],
      win32: [
        '%APPDATA%/Code/User/mcp.json',
        '%APPDATA%/Code/User/settings.json',
        '%APPDATA%/Code - Insiders/User/mcp.json',
      ],
    },
    containers: ['servers', 'mcp.servers', 'customizations.vscode.mcp.servers'],
    references: ['${input:api-token}', '${env:VAR}'],
    reference:
      'Declare an "inputs" entry ({"type": "promptString", "id": "token", "password": true}) and write "${input:token}": VS Code prompts once and keeps the value in its secret storage. "${env:VAR}" and "envFile" also work (in the portable .mcp.json use "${VAR}": "${input:}" servers are not forwarded there).',
    alsoReads: ['.mcp.json', '~/.copilot/mcp-config.json'],
    sources: [
      docs('https://code.visualstudio.com/docs/copilot/customization/mcp-servers'),
      docs('https://code.visualstudio.com/docs/agents/reference/mcp-configuration', [
        'project files',
        'personal files',
        'references',
      ]),
      docs('https://github.com/microsoft/vscode-docs/blob/main/docs/copilot/customization/mcp-servers.md', [
        'project files',
        'container',
      ]),
    ],
  },
  {
    id: 'visual-studio',
    name: 'Visual Studio',
    format: 'json',
    projectFiles: [],
    // `.vs/` is Visual Studio's per-user folder; the shared file is `<solution>/.mcp.json`.
    userFiles: ['**/.vs/mcp.json'],
    userPaths: { win32: ['~/.mcp.json'] },
    containers: ['servers'],
    references: ['${input:api-token}'],
    reference:
      'Keep a credential out of the solution\'s .mcp.json: use "inputs" with "${input:id}" as in VS Code, or an "envFile" that is not committed. .vs/mcp.json is per user and does not belong in the repository.',
    alsoReads: ['<solution>/.mcp.json', '.vscode/mcp.json', '.cursor/mcp.json'],
    sources: [
      docs('https://github.com/MicrosoftDocs/visualstudio-docs/blob/main/docs/ide/mcp-servers.md', [
        'project files',
        'personal files',
        'container',
      ]),
      secondHand('https://learn.microsoft.com/en-us/visualstudio/ide/mcp-servers', ['references']),
    ],
  },
  {
    id: 'copilot-cli',
    name: 'GitHub Copilot CLI',
    format: 'json',
    projectFiles: ['**/.github/mcp.json'],
    userFiles: ['**/.copilot/mcp-config.json'],
    userPaths: everywhere('$COPILOT_HOME/mcp-config.json'),
    containers: ['mcpServers'],
    references: ['${VAR}'],
    reference:
      'Write "${VAR}" in command, args, env or headers and set VAR in your environment; keep personal servers in ~/.copilot/mcp-config.json.',
    alsoReads: ['.mcp.json'],
    sources: [
      code(
        'https://github.com/JetBrains/intellij-community/blob/master/plugins/mcp-server/src/com/intellij/mcpserver/clients/impl/GitHubCopilotCliClient.kt',
        ['project files', 'personal files', 'container'],
      ),
      secondHand('https://github.com/microsoft/apm/issues/2047', ['references']),
    ],
  },
  {
    id: 'copilot-agent',
    name: 'GitHub Copilot cloud agent',
    format: 'markdown',
    projectFiles: ['**/.github/agents/*.agent.md'],
    userFiles: [],
    userPaths: {},
    containers: ['mcp-servers (frontmatter)'],
    references: ['$COPILOT_MCP_API_KEY', '${COPILOT_MCP_API_KEY}'],
    reference:
      'Store the value as a COPILOT_MCP_* secret of the repository\'s "copilot" environment and write "$COPILOT_MCP_NAME"; the agent passes it to the server.',
    sources: [
      docs('https://docs.github.com/en/copilot/how-tos/use-copilot-agents/cloud-agent/extend-cloud-agent-with-mcp', [
        'project files',
        'references',
      ]),
      secondHand('https://github.com/microsoft/apm/blob/main/docs/targets-matrix.md', ['container']),
    ],
  },
  {
    id: 'copilot-jetbrains',
    name: 'GitHub Copilot for JetBrains / Eclipse',
    format: 'json',
    projectFiles: ['**/.github/copilot/mcp.json'],
    userFiles: ['**/github-copilot/intellij/mcp.json', '**/github-copilot/eclipse/mcp.json'],
    userPaths: {
      darwin: ['$XDG_CONFIG_HOME/github-copilot/intellij/mcp.json', '$XDG_CONFIG_HOME/github-copilot/eclipse/mcp.json'],
      linux: ['$XDG_CONFIG_HOME/github-copilot/intellij/mcp.json', '$XDG_CONFIG_HOME/github-copilot/eclipse/mcp.json'],
      win32: ['%LOCALAPPDATA%/github-copilot/intellij/mcp.json', '%LOCALAPPDATA%/github-copilot/eclipse/mcp.json'],
    },
    containers: ['servers'],
    references: [],
    reference:
      'No secret reference syntax is documented: keep the token only in your user-level github-copilot mcp.json (mode 0600), never in a repository.',
    sources: [
      code('https://github.com/microsoft/apm/blob/main/src/apm_cli/adapters/client/intellij.py', [
        'personal files',
        'container',
      ]),
      secondHand('https://github.com/microsoft/copilot-for-eclipse/issues/127', ['project files']),
    ],
  },
  {
    id: 'antigravity',
    name: 'Antigravity (IDE and CLI)',
    format: 'json',
    projectFiles: ['**/.agents/mcp_config.json', '**/.agent/mcp_config.json'],
    userFiles: [
      '**/.gemini/antigravity-cli/mcp_config.json',
      '**/.gemini/antigravity/mcp_config.json',
      '**/.gemini/config/mcp_config.json',
    ],
    userPaths: everywhere(
      '~/.gemini/antigravity-cli/mcp_config.json',
      '~/.gemini/antigravity/mcp_config.json',
      '~/.gemini/config/mcp_config.json',
    ),
    containers: ['mcpServers'],
    references: ['$VAR'],
    reference: 'Write "$VAR" in mcp_config.json and set VAR in your environment.',
    sources: [
      docs('https://github.com/google-gemini/gemini-cli/blob/main/docs/resources/migrating-to-antigravity-cli.md', [
        'project files',
        'container',
        'references',
      ]),
      secondHand('https://cua.ai/docs/use-cua-with/antigravity-cli', ['personal files']),
    ],
  },
  {
    id: 'gemini-cli',
    name: 'Gemini CLI',
    format: 'json',
    projectFiles: ['**/.gemini/settings.json', '**/gemini-extension.json'],
    userFiles: [],
    userPaths: {
      darwin: ['~/.gemini/settings.json', '/Library/Application Support/GeminiCli/settings.json'],
      linux: ['~/.gemini/settings.json', '/etc/gemini-cli/settings.json'],
      win32: ['~/.gemini/settings.json', 'C:/ProgramData/gemini-cli/settings.json'],
    },
    containers: ['mcpServers'],
    references: ['$VAR', '${VAR}', '${extensionPath}/server.js'],
    reference: 'Write "$VAR" or "${VAR}" in settings.json; Gemini CLI expands it from your environment.',
    legacy: { since: '2026-06-18 (personal accounts)', successor: 'antigravity' },
    sources: [
      docs('https://github.com/google-gemini/gemini-cli/blob/main/docs/tools/mcp-server.md'),
      docs('https://geminicli.com/docs/reference/configuration', ['personal files', 'project files']),
      secondHand('https://developer.mescius.com/blogs/google-antigravity-cli', ['status']),
    ],
  },
  {
    id: 'windsurf',
    name: 'Windsurf',
    format: 'json',
    projectFiles: [],
    userFiles: ['**/.codeium/windsurf/mcp_config.json'],
    userPaths: everywhere('~/.codeium/windsurf/mcp_config.json'),
    containers: ['mcpServers'],
    references: ['${env:VAR}'],
    reference: 'Write "${env:VAR}" in mcp_config.json and set VAR in your environment.',
    legacy: { since: '2026-06-02', successor: 'devin' },
    sources: [
      docs('https://docs.windsurf.com/windsurf/cascade/mcp'),
      docs('https://docs.devin.ai/desktop/cascade/mcp', ['personal files']),
      secondHand('https://skills-hub.ai/blog/devin-desktop-acp-2026', ['status']),
    ],
  },
  {
    id: 'devin',
    name: 'Devin (Desktop and CLI)',
    format: 'json',
    projectFiles: ['**/.devin/config.json', '**/.devin/mcp_config.json', '**/.cognition/config.json'],
    userFiles: ['**/.devin/config.local.json', '**/.config/devin/config.json', '**/.config/devin/mcp_config.json'],
    userPaths: everywhere('~/.config/devin/config.json', '~/.config/devin/mcp_config.json'),
    containers: ['mcpServers'],
    references: ['${env:VAR}'],
    reference:
      'Keep credentials out of the shared .devin/config.json: put the server\'s keys in .devin/config.local.json (git-ignored, personal) or ~/.config/devin/config.json; Devin Desktop also expands "${env:VAR}".',
    sources: [
      docs('https://docs.devin.ai/cli/extensibility/mcp/configuration', [
        'project files',
        'personal files',
        'container',
        'references',
      ]),
      secondHand('https://vaadin.com/blog/devin-desktop', ['project files', 'personal files']),
    ],
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
        '~/.cline/data/settings/cline_mcp_settings.json',
      ],
      linux: [
        '$XDG_CONFIG_HOME/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
        '~/.cline/data/settings/cline_mcp_settings.json',
      ],
      win32: [
        '%APPDATA%/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
        '~/.cline/data/settings/cline_mcp_settings.json',
      ],
    },
    containers: ['mcpServers'],
    references: [],
    reference:
      'Cline has no secret reference syntax: keep the token only in the user-level cline_mcp_settings.json (mode 0600), never in a repository.',
    sources: [
      docs('https://docs.cline.bot/mcp/configuring-mcp-servers'),
      secondHand('https://www.developersdigest.tech/reference/cline/config-files', ['personal files']),
    ],
  },
  {
    id: 'roo-code',
    name: 'Roo Code',
    format: 'json',
    projectFiles: ['**/.roo/mcp.json'],
    userFiles: ['**/mcp_settings.json'],
    sharedNames: ['**/mcp_settings.json'],
    userPaths: {
      darwin: [
        '~/Library/Application Support/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json',
      ],
      linux: ['$XDG_CONFIG_HOME/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'],
      win32: ['%APPDATA%/Code/User/globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'],
    },
    containers: ['mcpServers'],
    references: ['${env:VAR}'],
    reference: 'Write "${env:VAR}" in .roo/mcp.json and set VAR in your environment.',
    legacy: { since: '2026-05-15', successor: 'kilo-code' },
    sources: [
      docs('https://docs.roocode.com/features/mcp/using-mcp-in-roo'),
      docs('https://kilo.ai/articles/roo-to-kilo-migration-guide', ['status']),
    ],
  },
  {
    id: 'kilo-code',
    name: 'Kilo Code',
    format: 'json',
    projectFiles: [
      '**/kilo.json',
      '**/kilo.jsonc',
      '**/.kilo/kilo.json',
      '**/.kilo/kilo.jsonc',
      '**/.kilocode/mcp.json',
    ],
    userFiles: [
      '**/.config/kilo/kilo.json',
      '**/.config/kilo/kilo.jsonc',
      '**/kilocode.kilo-code/settings/mcp_settings.json',
      '**/.kilocode/cli/global/settings/mcp_settings.json',
    ],
    userPaths: {
      darwin: [
        '~/.config/kilo/kilo.jsonc',
        '~/Library/Application Support/Code/User/globalStorage/kilocode.kilo-code/settings/mcp_settings.json',
        '~/.kilocode/cli/global/settings/mcp_settings.json',
      ],
      linux: [
        '~/.config/kilo/kilo.jsonc',
        '$XDG_CONFIG_HOME/Code/User/globalStorage/kilocode.kilo-code/settings/mcp_settings.json',
        '~/.kilocode/cli/global/settings/mcp_settings.json',
      ],
      win32: [
        '~/.config/kilo/kilo.jsonc',
        '%APPDATA%/Code/User/globalStorage/kilocode.kilo-code/settings/mcp_settings.json',
        '~/.kilocode/cli/global/settings/mcp_settings.json',
      ],
    },
    containers: ['mcp', 'mcpServers (legacy .kilocode/mcp.json)'],
    references: ['{env:VAR}', '{file:~/.config/kilo/token}'],
    reference:
      'Write "{env:VAR}" (or "{file:path}" to a file outside the repository) in kilo.jsonc, as in OpenCode, whose config format Kilo Code uses.',
    sources: [
      docs('https://kilo.ai/articles/roo-to-kilo-migration-guide', ['project files', 'personal files', 'container']),
      secondHand('https://skills.sh/kilo-org/kilo-config', ['references']),
    ],
  },
  {
    id: 'continue',
    name: 'Continue',
    format: 'yaml',
    projectFiles: ['**/.continue/config.yaml', '**/.continue/mcpServers/*.{yaml,yml,json}'],
    userFiles: [],
    userPaths: everywhere('$CONTINUE_GLOBAL_DIR/config.yaml'),
    containers: ['mcpServers (a list)'],
    references: ['${{ secrets.SERVICE_TOKEN }}'],
    reference:
      'Write "${{ secrets.NAME }}" and store NAME as a Continue secret (Hub or a local .env outside the repository).',
    sources: [docs('https://docs.continue.dev/customize/deep-dives/mcp')],
  },
  {
    id: 'zed',
    name: 'Zed',
    format: 'json',
    projectFiles: ['**/.zed/settings.json'],
    userFiles: ['**/.config/zed/settings.json'],
    sharedNames: ['**/.config/zed/settings.json'],
    userPaths: {
      darwin: ['~/.config/zed/settings.json'],
      linux: ['$XDG_CONFIG_HOME/zed/settings.json'],
      win32: ['%APPDATA%/Zed/settings.json'],
    },
    containers: ['context_servers'],
    references: [],
    reference:
      'Keep context_servers credentials in your user-level ~/.config/zed/settings.json (never in .zed/settings.json), or start the server through a wrapper that reads the token from your environment; a remote server without an Authorization header uses OAuth.',
    sources: [
      docs('https://zed.dev/docs/ai/mcp'),
      code('https://github.com/zed-industries/zed/commit/951cf0c', ['personal files']),
    ],
  },
  {
    id: 'codex',
    name: 'Codex',
    format: 'toml',
    // Codex loads a project `.codex/config.toml` in trusted projects: a committed one is shared.
    projectFiles: ['**/.codex/config.toml'],
    userFiles: [],
    userPaths: everywhere('$CODEX_HOME/config.toml'),
    containers: ['mcp_servers', 'model_providers (credentials outside MCP)'],
    references: [],
    reference:
      'For an HTTP server set bearer_token_env_var = "VAR" (or env_http_headers); for a stdio server list the variable in env_vars so Codex passes it from your environment; a model provider takes env_key = "VAR".',
    sources: [
      docs('https://github.com/openai/codex/blob/main/docs/config.md', ['personal files', 'container', 'references']),
      code('https://github.com/microsoft/apm/blob/main/src/apm_cli/adapters/client/codex.py', ['project files']),
      secondHand('https://docs.rs/tuff-adapter-codex', ['project files']),
    ],
  },
  {
    id: 'mistral-vibe',
    name: 'Mistral Vibe',
    format: 'toml',
    projectFiles: ['**/.vibe/config.toml'],
    userFiles: [],
    userPaths: everywhere('$VIBE_HOME/config.toml'),
    containers: ['[[mcp_servers]] (a list)'],
    references: [],
    reference:
      'For an HTTP server set api_key_env = "VAR" (with api_key_header and api_key_format) instead of a literal header; for a stdio server export the variable in the shell that starts Vibe.',
    sources: [
      docs('https://docs.mistral.ai/vibe/code/cli/mcp-servers', ['container', 'references']),
      docs('https://docs.mistral.ai/mistral-vibe/terminal/configuration', ['project files', 'personal files']),
    ],
  },
  {
    id: 'kiro',
    name: 'Kiro',
    format: 'json',
    projectFiles: ['**/.kiro/settings/mcp.json', '**/.kiro/agents/*.json'],
    userFiles: [],
    userPaths: everywhere('~/.kiro/settings/mcp.json', '~/.kiro/agents/'),
    containers: ['mcpServers'],
    references: ['${VAR}'],
    reference: 'Write "${VAR}" in the env block and set VAR in your environment.',
    sources: [
      docs('https://kiro.dev/docs/mcp/configuration/'),
      docs('https://kiro.dev/docs/cli/mcp/configuration', ['project files', 'personal files']),
    ],
  },
  {
    id: 'amazon-q',
    name: 'Amazon Q Developer',
    format: 'json',
    projectFiles: ['**/.amazonq/mcp.json', '**/.amazonq/default.json'],
    // Newer Q CLI versions keep servers in agent files; mcp.json is read when an agent asks for it.
    userFiles: ['**/.aws/amazonq/mcp.json', '**/.aws/amazonq/cli-agents/*.json'],
    userPaths: everywhere('~/.aws/amazonq/mcp.json', '~/.aws/amazonq/cli-agents/'),
    containers: ['mcpServers'],
    references: [],
    reference: 'Leave the variable out of "env" and export it in the shell that starts Q, so the server inherits it.',
    legacy: { since: 'the Q Developer CLI became Kiro CLI', successor: 'kiro' },
    sources: [
      docs('https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html'),
      secondHand('https://openusage.sh/docs/providers/kiro', ['status']),
    ],
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
    containers: ['extensions'],
    references: [],
    reference:
      'List the variable under "env_keys" and store its value with `goose configure`, which keeps it in the system keyring (with the keyring off it lands in secrets.yaml, which is personal too).',
    sources: [
      docs('https://block.github.io/goose/docs/getting-started/using-extensions'),
      docs('https://block.github.io/goose/docs/guides/config-files', ['personal files']),
    ],
  },
  {
    id: 'librechat',
    name: 'LibreChat',
    format: 'yaml',
    projectFiles: ['**/librechat.yaml', '**/librechat.yml'],
    userFiles: [],
    userPaths: {},
    containers: ['mcpServers'],
    references: ['${VAR}'],
    reference: 'Write "${VAR}" in librechat.yaml and set VAR in the server\'s untracked .env file.',
    sources: [docs('https://www.librechat.ai/docs/configuration/librechat_yaml/object_structure/mcp_servers')],
  },
  {
    id: 'opencode',
    name: 'opencode',
    format: 'json',
    projectFiles: ['**/opencode.json', '**/opencode.jsonc'],
    userFiles: ['**/.config/opencode/opencode.json', '**/.config/opencode/opencode.jsonc'],
    userPaths: everywhere('~/.config/opencode/opencode.json'),
    containers: ['mcp'],
    references: ['{env:VAR}', '{file:~/.config/opencode/token}'],
    reference: 'Write "{env:VAR}" (or "{file:path}" to a file outside the repository) in opencode.json.',
    sources: [
      docs('https://opencode.ai/docs/mcp-servers/'),
      code('https://github.com/anomalyco/opencode/pull/5014', ['personal files']),
    ],
  },
  {
    id: 'junie',
    name: 'JetBrains Junie / Air',
    format: 'json',
    projectFiles: ['**/.junie/mcp/mcp.json', '**/.air/mcp.json'],
    userFiles: [],
    userPaths: everywhere('~/.junie/mcp/mcp.json'),
    containers: ['mcpServers'],
    references: [],
    reference:
      'No secret reference syntax: keep the token only in ~/.junie/mcp/mcp.json (mode 0600), or export it in the environment the IDE starts with.',
    alsoReads: ['.mcp.json'],
    sources: [
      docs('https://www.jetbrains.com/help/junie/model-context-protocol-mcp.html', ['container', 'references']),
      docs('https://www.jetbrains.com/help/air/mcp.html', ['project files']),
      secondHand('https://www.jetbrains.com/help/junie/model-context-protocol-mcp.html', [
        'project files',
        'personal files',
      ]),
    ],
  },
  {
    id: 'qwen-code',
    name: 'Qwen Code',
    format: 'json',
    projectFiles: ['**/.qwen/settings.json', '**/qwen-extension.json'],
    userFiles: [],
    userPaths: {
      darwin: ['~/.qwen/settings.json'],
      linux: ['~/.qwen/settings.json', '/etc/qwen-code/settings.json'],
      win32: ['~/.qwen/settings.json'],
    },
    containers: ['mcpServers'],
    references: ['$VAR', '${VAR}'],
    reference:
      'Write "$VAR" or "${VAR}" in settings.json and set VAR in your environment (as in Gemini CLI, which Qwen Code forks).',
    sources: [
      docs('https://qwenlm.github.io/qwen-code-docs/en/users/features/mcp', [
        'project files',
        'personal files',
        'container',
      ]),
      secondHand('https://github.com/QwenLM/qwen-code', ['references']),
    ],
  },
  {
    id: 'amp',
    name: 'Amp',
    format: 'json',
    projectFiles: ['**/.amp/settings.json', '**/.amp/settings.jsonc'],
    userFiles: ['**/.config/amp/settings.json', '**/.config/amp/settings.jsonc'],
    userPaths: {
      darwin: [
        '~/.config/amp/settings.json',
        '~/.config/amp/settings.jsonc',
        '/Library/Application Support/ampcode/managed-settings.json',
      ],
      linux: ['~/.config/amp/settings.json', '~/.config/amp/settings.jsonc', '/etc/ampcode/managed-settings.json'],
      win32: [
        '~/.config/amp/settings.json',
        '~/.config/amp/settings.jsonc',
        'C:/ProgramData/ampcode/managed-settings.json',
      ],
    },
    containers: ['amp.mcpServers'],
    references: [],
    reference:
      'No secret reference syntax is documented: keep the token in your user-level ~/.config/amp/settings.json, or export it in the environment Amp starts the server from.',
    alsoReads: ['.vscode/settings.json'],
    sources: [
      docs('https://sourcegraph.com/docs/api/mcp/client-integrations', ['container']),
      secondHand('https://www.developersdigest.tech/reference/amp/config-files', ['project files', 'personal files']),
    ],
  },
  {
    id: 'warp',
    name: 'Warp',
    format: 'json',
    projectFiles: ['**/.warp/.mcp.json'],
    userFiles: [],
    userPaths: everywhere('~/.warp/.mcp.json'),
    containers: ['mcpServers'],
    references: [],
    reference:
      'No secret reference syntax is documented: keep the token in Warp Drive or ~/.warp/.mcp.json, never in the repository.',
    sources: [
      docs('https://docs.warp.dev/knowledge-and-collaboration/mcp', ['container']),
      docs('https://skills.sh/warpdotdev/warp/agent-add-mcp', ['project files', 'personal files']),
    ],
  },
  {
    id: 'crush',
    name: 'Crush',
    format: 'json',
    projectFiles: ['**/crush.json', '**/.crush.json'],
    userFiles: ['**/.config/crush/crush.json'],
    userPaths: everywhere('~/.config/crush/crush.json', '~/.config/crush/crushrc'),
    containers: ['mcp'],
    references: ['$VAR', '$(cat ~/.config/crush/token)'],
    reference:
      'Write "$VAR" (or "$(command)" that prints the token) in crush.json, or pass --header with a variable in .crushrc; set it outside the repository.',
    sources: [
      docs('https://github.com/charmbracelet/crush/blob/main/docs/config/README.md', ['container', 'references']),
      secondHand('https://mintlify.com/charmbracelet/crush', ['project files', 'personal files']),
    ],
  },
  {
    id: 'augment',
    name: 'Augment (Auggie)',
    format: 'json',
    projectFiles: [],
    userFiles: ['**/.augment/settings.json', '**/augment-global-state/mcpServers.json'],
    userPaths: everywhere('~/.augment/settings.json'),
    containers: ['mcpServers'],
    references: [],
    reference: 'No secret reference syntax: keep the token only in ~/.augment/settings.json (mode 0600).',
    sources: [
      docs('https://www.augmentcode.com/changelog', ['personal files', 'container', 'references']),
      secondHand('https://www.augmentcode.com/changelog', ['personal files']),
    ],
  },
  {
    id: 'trae',
    name: 'Trae',
    format: 'json',
    projectFiles: ['**/.trae/mcp.json'],
    userFiles: ['**/Trae/User/mcp.json'],
    userPaths: {
      darwin: ['~/Library/Application Support/Trae/User/mcp.json'],
      linux: ['$XDG_CONFIG_HOME/Trae/User/mcp.json'],
      win32: ['%APPDATA%/Trae/User/mcp.json'],
    },
    containers: ['mcpServers'],
    references: [],
    reference: 'No secret reference syntax: keep the token in the user-level Trae mcp.json, not in .trae/mcp.json.',
    sources: [
      docs('https://www.volcengine.com/docs/86677/2137601', ['project files', 'container', 'references']),
      secondHand('https://github.com/pathintegral-institute/mcpm.sh/issues/92', ['personal files']),
    ],
  },
  {
    id: 'factory',
    name: 'Factory Droid',
    format: 'json',
    projectFiles: ['**/.factory/mcp.json'],
    userFiles: ['**/Factory Bridge/mcp.json'],
    userPaths: everywhere('~/.factory/mcp.json'),
    containers: ['mcpServers'],
    references: [],
    reference:
      'No secret reference syntax: keep the token in ~/.factory/mcp.json (mode 0600), not in .factory/mcp.json.',
    sources: [
      docs('https://docs.factory.ai/factory-bridge/model-context-protocol', [
        'container',
        'references',
        'personal files',
      ]),
      secondHand('https://docs.factory.ai/cli/configuration/mcp', ['project files', 'personal files']),
    ],
  },
  {
    id: 'tabnine',
    name: 'Tabnine agent',
    format: 'json',
    projectFiles: ['**/.tabnine/agent/settings.json'],
    userFiles: [],
    userPaths: everywhere('~/.tabnine/agent/settings.json'),
    containers: ['mcpServers'],
    references: [],
    reference: "Keep the token in ~/.tabnine/agent/settings.json, not in the project's .tabnine/agent/settings.json.",
    sources: [docs('https://docs.tabnine.com/main/getting-started/tabnine-agent/mcp-server-config')],
  },
  {
    id: 'lm-studio',
    name: 'LM Studio',
    format: 'json',
    projectFiles: [],
    userFiles: ['**/.lmstudio/mcp.json'],
    userPaths: everywhere('~/.lmstudio/mcp.json'),
    containers: ['mcpServers'],
    references: [],
    reference:
      'No secret reference syntax: the token stays in ~/.lmstudio/mcp.json (mode 0600), never in a repository.',
    sources: [
      docs('https://lmstudio.ai/docs/app/mcp', ['container', 'references']),
      secondHand('https://lmstudio.ai/docs/app/mcp', ['personal files']),
    ],
  },
  {
    id: 'anythingllm',
    name: 'AnythingLLM',
    format: 'json',
    projectFiles: [],
    userFiles: ['**/anythingllm_mcp_servers.json'],
    userPaths: {},
    containers: ['mcpServers'],
    references: [],
    reference:
      "No secret reference syntax: anythingllm_mcp_servers.json belongs to the server's storage folder, never in a repository.",
    sources: [docs('https://docs.anythingllm.com/mcp-compatibility/overview')],
  },
  {
    id: 'mcphub-nvim',
    name: 'mcphub.nvim',
    format: 'json',
    projectFiles: ['**/.mcphub/servers.json'],
    userFiles: ['**/.config/mcphub/servers.json'],
    userPaths: everywhere('~/.config/mcphub/servers.json'),
    containers: ['mcpServers'],
    references: ['${VAR}', '$: cmd:op read op://vault/item/token'],
    reference:
      'Write "${VAR}", leave the value "" (or null) to inherit it from the environment, or "$: cmd:<command>" that prints the token.',
    alsoReads: ['.vscode/mcp.json', '.cursor/mcp.json'],
    sources: [docs('https://github.com/ravitemer/mcphub.nvim/blob/main/doc/mcp/servers_json.md')],
  },
  {
    id: 'docker-mcp',
    name: 'Docker MCP Toolkit',
    format: 'yaml',
    projectFiles: [],
    userFiles: ['**/.docker/mcp/config.yaml', '**/.docker/mcp/registry.yaml', '**/.docker/mcp/tools.yaml'],
    userPaths: everywhere('~/.docker/mcp/config.yaml'),
    containers: ['<server> (config.yaml)'],
    references: [],
    reference: 'Store the value with `docker mcp secret set` (the OS keychain), never in ~/.docker/mcp/config.yaml.',
    sources: [docs('https://docs.docker.com/reference/cli/docker/mcp/')],
  },
  {
    id: 'mcpo',
    name: 'mcpo (Open WebUI)',
    format: 'json',
    // Any name given to --config: recognised by its content.
    projectFiles: [],
    userFiles: [],
    userPaths: {},
    containers: ['mcpServers'],
    references: [],
    reference: 'Keep server tokens out of the --config file: export them in the environment mcpo starts with.',
    sources: [
      docs('https://pypi.org/project/mcpo/', ['container', 'references']),
      secondHand('https://pypi.org/project/mcpo/', ['project files']),
    ],
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
  containers: [],
  references: [],
  reference:
    'Reference it from the environment (e.g. "${VAR}") the way your MCP client documents, instead of writing it.',
  sources: [docs('https://modelcontextprotocol.io')],
};

/**
 * Token caches and credential stores MCP clients and bridges keep beside their configs, as
 * user-level templates (folders end with `/`): always personal. `client` is a client id of the
 * table, or the name of a bridge that has no config of its own.
 */
export const TOKEN_CACHES: readonly { client: string; path: string }[] = [
  { client: 'mcp-remote', path: '~/.mcp-auth/' },
  { client: 'gemini-cli', path: '~/.gemini/mcp-oauth-tokens.json' },
  { client: 'gemini-cli', path: '~/.gemini/oauth_creds.json' },
  { client: 'codex', path: '$CODEX_HOME/auth.json' },
  { client: 'claude-code', path: '$CLAUDE_CONFIG_DIR/.credentials.json' },
  { client: 'goose', path: '$XDG_CONFIG_HOME/goose/secrets.yaml' },
  { client: 'opencode', path: '$XDG_DATA_HOME/opencode/mcp-auth.json' },
  // Where Vibe saves the API key it asks for at first start.
  { client: 'mistral-vibe', path: '$VIBE_HOME/.env' },
];

/** The client a token cache belongs to, or the unknown client for a bridge. */
export const clientById = (id: string): McpClient => CLIENTS.find((c) => c.id === id) ?? UNKNOWN_CLIENT;

/** What to tell the user about a client: its reference advice, and for a retired client its successor's. */
export function adviceFor(client: McpClient): string {
  if (!client.legacy) return client.reference;
  const next = clientById(client.legacy.successor);
  return `${client.reference} ${client.name} is retired (${client.legacy.since}); its successor is ${next.name}: ${next.reference}`;
}
