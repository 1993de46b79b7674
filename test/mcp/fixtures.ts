/**
 * Generated MCP client configs: for each client, its file path and format, servers in the client's
 * own shape with a literal credential planted in every slot kind, and decoys of every reference and
 * placeholder kind beside them. The planted values are random (no rule knows their format), so
 * only the slot analysis can find them; tests locate them in the text to know the exact positions.
 */
import { stringify as toYaml } from 'yaml';
import { ALNUM, p, randomChars } from '../helpers/tokens/random.js';

export interface Planted {
  value: string;
  server: string;
  slot: string;
}

export interface ClientFixture {
  client: string;
  path: string;
  text: string;
  planted: Planted[];
  /** The file is a personal config: `mcp-user-config-committed` is expected too. */
  personal: boolean;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

interface Shape {
  client: string;
  path: string;
  format: 'json' | 'jsonc' | 'yaml' | 'toml' | 'frontmatter';
  personal?: boolean;
  /** The command line is one list (`"command": ["npx", ...]`), as in OpenCode and Kilo Code. */
  commandList?: boolean;
  /** Wraps the servers map into the file's document. */
  wrap: (servers: Record<string, Json>) => Json;
  urlKey?: string;
  envKey?: string;
  /** Builds a stdio server from a command line and env. */
  stdio?: (argv: string[], env: Record<string, string>) => Record<string, Json>;
  /** Extra references only this client understands. */
  references?: Record<string, string>;
  listServers?: boolean;
}

const secret = (seed: string): string => randomChars(ALNUM, 32, `mcp-fixture:${seed}`);

/** Reference and placeholder decoys every client must leave alone. */
export const DECOYS: Record<string, string> = {
  INPUT_TOKEN: '${input:api-token}',
  ENV_COLON_TOKEN: '${env:SERVICE_TOKEN}',
  BRACED_TOKEN: '${SERVICE_TOKEN}',
  DEFAULTED_TOKEN: '${SERVICE_TOKEN:-}',
  DOLLAR_TOKEN: '$SERVICE_TOKEN',
  OPENCODE_TOKEN: '{env:SERVICE_TOKEN}',
  CONTINUE_TOKEN: '${{ secrets.SERVICE_TOKEN }}',
  ANGLE_API_KEY: '<your-api-key>',
  YOUR_API_KEY: 'YOUR_API_KEY_HERE',
  MASKED_SECRET: 'xxxxxxxxxxxxxxxxxxxx',
  CHANGEME_PASSWORD: 'changeme',
  TOKEN_URL: 'https://auth.example.com/oauth/token',
  KEY_PATH: '/home/dev/.config/service/key.pem',
  GITHUB_OWNER: 'acme-corp',
  AWS_REGION: 'eu-west-1',
  LOG_LEVEL: 'debug',
  // Reference syntaxes of the clients added in late 2026.
  FILE_REF_TOKEN: '{file:~/.config/acme/token}',
  USER_CONFIG_TOKEN: '${user_config.api_key}',
  PLUGIN_ROOT_TOKEN: '${CLAUDE_PLUGIN_ROOT}/token',
  EXTENSION_PATH_TOKEN: '${extensionPath}/token',
  VSCODE_FILE_TOKEN: '${file:/run/secrets/acme}',
  MCPHUB_CMD_TOKEN: '$: cmd:op read op://vault/acme/token',
  SHELL_CMD_TOKEN: '$(pass show acme/token)',
  COPILOT_SECRET_TOKEN: '$COPILOT_MCP_ACME_TOKEN',
  // Stand-ins seen in committed configs: a variable's name, a value equal to its own key.
  ENV_NAME_TOKEN: 'SUPABASE_ACCESS_TOKEN',
  SELF_NAMED_API_KEY: 'SELF_NAMED_API_KEY',
};

const SHAPES: readonly Shape[] = [
  {
    client: 'Claude Desktop',
    path: 'claude_desktop_config.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ mcpServers: s }),
  },
  { client: 'Claude Code', path: '.mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'Claude Code',
    path: 'home/.claude.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ numStartups: 3, projects: { '/home/dev/app': { mcpServers: s } } }),
  },
  { client: 'Cursor', path: '.cursor/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'VS Code',
    path: '.vscode/mcp.json',
    format: 'jsonc',
    wrap: (s) => ({ inputs: [{ type: 'promptString', id: 'api-token', password: true }], servers: s }),
  },
  {
    client: 'VS Code',
    path: '.vscode/settings.json',
    format: 'jsonc',
    wrap: (s) => ({ 'editor.tabSize': 2, mcp: { servers: s } }),
  },
  { client: 'Visual Studio', path: '.vs/mcp.json', format: 'json', personal: true, wrap: (s) => ({ servers: s }) },
  {
    client: 'Windsurf',
    path: '.codeium/windsurf/mcp_config.json',
    format: 'json',
    personal: true,
    urlKey: 'serverUrl',
    wrap: (s) => ({ mcpServers: s }),
  },
  {
    client: 'Cline',
    path: 'cline_mcp_settings.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ mcpServers: s }),
  },
  { client: 'Roo Code', path: '.roo/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'Continue',
    path: '.continue/config.yaml',
    format: 'yaml',
    listServers: true,
    wrap: (s) => ({
      name: 'team',
      version: '1.0.0',
      mcpServers: Object.entries(s).map(([name, v]) => ({ name, ...(v as object) })),
    }),
  },
  {
    client: 'Zed',
    path: '.zed/settings.json',
    format: 'jsonc',
    wrap: (s) => ({ theme: 'One Dark', context_servers: s }),
    stdio: (argv, env) => ({ source: 'custom', command: { path: argv[0]!, args: argv.slice(1), env } }),
  },
  {
    client: 'Gemini CLI',
    path: '.gemini/settings.json',
    format: 'json',
    urlKey: 'httpUrl',
    wrap: (s) => ({ mcpServers: s }),
  },
  {
    client: 'Codex',
    path: '.codex/config.toml',
    format: 'toml',
    wrap: (s) => ({ model: 'o3', mcp_servers: s }),
    references: { BEARER: 'bearer_token_env_var' },
  },
  { client: 'Amazon Q Developer', path: '.amazonq/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'Goose',
    path: '.config/goose/config.yaml',
    format: 'yaml',
    personal: true,
    envKey: 'envs',
    urlKey: 'uri',
    wrap: (s) => ({ GOOSE_PROVIDER: 'anthropic', extensions: s }),
    stdio: (argv, env) => ({ type: 'stdio', enabled: true, cmd: argv[0]!, args: argv.slice(1), envs: env }),
  },
  { client: 'LibreChat', path: 'librechat.yaml', format: 'yaml', wrap: (s) => ({ version: '1.2.1', mcpServers: s }) },
  {
    client: 'opencode',
    path: 'opencode.json',
    format: 'json',
    envKey: 'environment',
    wrap: (s) => ({ $schema: 'https://opencode.ai/config.json', mcp: s }),
    commandList: true,
    stdio: (argv, env) => ({ type: 'local', command: argv, environment: env }),
  },
  { client: 'Kiro', path: '.kiro/settings/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  // Clients and files added for late 2026.
  {
    client: 'opencode',
    path: 'dotfiles/.config/opencode/opencode.json',
    format: 'json',
    personal: true,
    envKey: 'environment',
    commandList: true,
    wrap: (s) => ({ mcp: s }),
    stdio: (argv, env) => ({ type: 'local', command: argv, environment: env }),
  },
  {
    client: 'Kilo Code',
    path: 'kilo.jsonc',
    format: 'jsonc',
    envKey: 'environment',
    commandList: true,
    wrap: (s) => ({ $schema: 'https://app.kilo.ai/config.json', mcp: s }),
    stdio: (argv, env) => ({ type: 'local', command: argv, environment: env }),
  },
  {
    client: 'Kiro',
    path: '.kiro/agents/reviewer.json',
    format: 'json',
    wrap: (s) => ({ name: 'reviewer', prompt: 'Review.', mcpServers: s }),
  },
  {
    client: 'Claude Code',
    path: '.claude-plugin/plugin.json',
    format: 'json',
    wrap: (s) => ({ name: 'acme', version: '1.0.0', mcpServers: s }),
  },
  { client: 'Claude Code', path: 'it/claude-code/managed-mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  { client: 'GitHub Copilot CLI', path: '.github/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'GitHub Copilot CLI',
    path: 'home/.copilot/mcp-config.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ mcpServers: s }),
  },
  {
    client: 'GitHub Copilot cloud agent',
    path: '.github/agents/triage.agent.md',
    format: 'frontmatter',
    wrap: (s) => ({ name: 'triage', description: 'Triage issues', 'mcp-servers': s }),
  },
  {
    client: 'GitHub Copilot for JetBrains / Eclipse',
    path: '.github/copilot/mcp.json',
    format: 'json',
    wrap: (s) => ({ servers: s }),
  },
  {
    client: 'GitHub Copilot for JetBrains / Eclipse',
    path: 'home/.config/github-copilot/intellij/mcp.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ servers: s }),
  },
  {
    client: 'VS Code',
    path: '.devcontainer/devcontainer.json',
    format: 'jsonc',
    wrap: (s) => ({
      name: 'app',
      image: 'mcr.microsoft.com/devcontainers/base:ubuntu',
      customizations: { vscode: { mcp: { servers: s } } },
    }),
  },
  {
    client: 'Antigravity (IDE and CLI)',
    path: '.agents/mcp_config.json',
    format: 'json',
    urlKey: 'serverUrl',
    wrap: (s) => ({ mcpServers: s }),
  },
  {
    client: 'Antigravity (IDE and CLI)',
    path: 'home/.gemini/antigravity-cli/mcp_config.json',
    format: 'json',
    personal: true,
    urlKey: 'serverUrl',
    wrap: (s) => ({ mcpServers: s }),
  },
  {
    client: 'Gemini CLI',
    path: 'gemini-extension.json',
    format: 'json',
    urlKey: 'httpUrl',
    wrap: (s) => ({ name: 'acme', version: '1.0.0', mcpServers: s }),
  },
  { client: 'Devin (Desktop and CLI)', path: '.devin/config.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'Devin (Desktop and CLI)',
    path: '.devin/config.local.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ mcpServers: s }),
  },
  { client: 'Visual Studio', path: 'home/.vs/mcp.json', format: 'json', personal: true, wrap: (s) => ({ servers: s }) },
  {
    client: 'Zed',
    path: 'dotfiles/.config/zed/settings.json',
    format: 'jsonc',
    personal: true,
    wrap: (s) => ({ context_servers: s }),
    stdio: (argv, env) => ({ source: 'custom', command: { path: argv[0]!, args: argv.slice(1), env } }),
  },
  { client: 'JetBrains Junie / Air', path: '.junie/mcp/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'Qwen Code',
    path: '.qwen/settings.json',
    format: 'json',
    urlKey: 'httpUrl',
    wrap: (s) => ({ mcpServers: s }),
  },
  { client: 'Amp', path: '.amp/settings.json', format: 'json', wrap: (s) => ({ 'amp.mcpServers': s }) },
  { client: 'Warp', path: '.warp/.mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'Crush',
    path: 'crush.json',
    format: 'json',
    wrap: (s) => ({ $schema: 'https://charm.land/crush.json', mcp: s }),
  },
  {
    client: 'Augment (Auggie)',
    path: 'home/.augment/settings.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ mcpServers: s }),
  },
  { client: 'Trae', path: '.trae/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  { client: 'Factory Droid', path: '.factory/mcp.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  { client: 'Tabnine agent', path: '.tabnine/agent/settings.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'LM Studio',
    path: 'home/.lmstudio/mcp.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ mcpServers: s }),
  },
  {
    client: 'AnythingLLM',
    path: 'storage/plugins/anythingllm_mcp_servers.json',
    format: 'json',
    personal: true,
    wrap: (s) => ({ mcpServers: s }),
  },
  { client: 'mcphub.nvim', path: '.mcphub/servers.json', format: 'json', wrap: (s) => ({ mcpServers: s }) },
  {
    client: 'Mistral Vibe',
    path: '.vibe/config.toml',
    format: 'toml',
    listServers: true,
    wrap: (s) => ({
      active_model: 'devstral',
      mcp_servers: Object.entries(s).map(([name, v]) => ({ name, ...(v as object) })),
    }),
  },
];

export function clientFixtures(): ClientFixture[] {
  return SHAPES.map((shape) => build(shape));
}

function build(shape: Shape): ClientFixture {
  const planted: Planted[] = [];
  const plant = (server: string, slot: string): string => {
    const value = secret(`${shape.path}:${server}:${slot}`);
    planted.push({ value, server, slot });
    return value;
  };
  const envKey = shape.envKey ?? 'env';
  const urlKey = shape.urlKey ?? 'url';
  const argsPrefix = shape.commandList ? 'command' : shape.client === 'Zed' ? 'command.args' : 'args';
  const argBase = shape.commandList ? 1 : 0;
  const argv = ['npx', '-y', '@acme/mcp-server@1.4.2'];
  const localArgs = [...argv.slice(1)];
  const flagIndex = localArgs.length + argBase;
  localArgs.push(`--api-key=${plant('local', `${argsPrefix}[${flagIndex}]`)}`);
  localArgs.push('--token');
  localArgs.push(plant('local', `${argsPrefix}[${flagIndex + 2}]`));
  localArgs.push('--region', 'eu-west-1');
  const env: Record<string, string> = {
    SERVICE_API_KEY: plant('local', `${envPath(shape)}.SERVICE_API_KEY`),
    ...DECOYS,
  };
  const stdio = shape.stdio ?? ((a, e) => ({ command: a[0]!, args: a.slice(1), [envKey]: e }));
  const local = stdio([argv[0]!, ...localArgs], env);

  const headersKey = shape.client === 'Codex' ? 'http_headers' : 'headers';
  const remote: Record<string, Json> = {
    [urlKey]: `https://mcp.acme.dev/v1/mcp?team=core&api_key=${plant('remote', `${urlKey}?api_key`)}`,
    [headersKey]: {
      Authorization: `Bearer ${plant('remote', `${headersKey}.Authorization`)}`,
      'X-API-Key': '${env:ACME_KEY}',
      'X-Request-Source': 'assistant',
    },
  };
  if (shape.references?.['BEARER']) remote['bearer_token_env_var'] = 'ACME_REMOTE_TOKEN';
  if (shape.commandList) remote['type'] = 'remote';

  const nestedEnv = {
    OPENAPI_MCP_HEADERS: JSON.stringify({
      Authorization: `Bearer ${plant('openapi', `${envPath(shape)}.OPENAPI_MCP_HEADERS.Authorization`)}`,
    }),
  };
  const openapi = stdio(['npx', '-y', '@acme/openapi-mcp@2.0.1'], nestedEnv);

  const doc = shape.wrap({ local, remote, openapi } as Record<string, Json>);
  const text = serialise(doc, shape.format);
  return { client: shape.client, path: shape.path, text, planted, personal: shape.personal ?? false };
}

function envPath(shape: Shape): string {
  if (shape.client === 'Zed') return 'command.env';
  return shape.envKey ?? 'env';
}

function serialise(doc: Json, format: Shape['format']): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(doc, null, 2)}\n`;
    case 'jsonc':
      // Comments and a trailing comma, as these files are written by hand.
      return `// ${p('team', ' settings')}\n${JSON.stringify(doc, null, 2).replace(/\n}$/, ',\n}')}\n`;
    case 'yaml':
      return toYaml(doc);
    case 'toml':
      return toToml(doc as Record<string, Json>);
    case 'frontmatter':
      return `---\n${toYaml(doc)}---\nYou triage issues.\n`;
  }
}

/** Enough TOML for a Codex config: scalars and arrays at the top, one table per server. */
function toToml(doc: Record<string, Json>): string {
  const lines: string[] = [];
  const value = (v: Json): string => {
    if (Array.isArray(v)) return `[${v.map(value).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${key(k)} = ${value(x)}`)
        .join(', ')} }`;
    }
    return JSON.stringify(v);
  };
  const key = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
  for (const [k, v] of Object.entries(doc))
    if (typeof v !== 'object' || v === null) lines.push(`${key(k)} = ${value(v)}`);

  // One server: its scalars under its header, then `env` as a sub-table (one line per variable).
  const server = (header: string, table: string, entries: Record<string, Json>): void => {
    lines.push('', header);
    const tables: [string, Json][] = [];
    for (const [sk, sv] of Object.entries(entries)) {
      if (sv !== null && typeof sv === 'object' && !Array.isArray(sv) && sk === 'env') tables.push([sk, sv]);
      else lines.push(`${key(sk)} = ${value(sv)}`);
    }
    for (const [tk, tv] of tables) {
      lines.push('', `[${table}.${tk}]`);
      for (const [ek, ev] of Object.entries(tv as Record<string, Json>)) lines.push(`${key(ek)} = ${value(ev)}`);
    }
  };
  for (const [k, v] of Object.entries(doc)) {
    if (typeof v !== 'object' || v === null) continue;
    // A list of servers is an array of tables (`[[mcp_servers]]`).
    if (Array.isArray(v)) for (const item of v) server(`[[${k}]]`, k, item as Record<string, Json>);
    else
      for (const [name, entries] of Object.entries(v))
        server(`[${k}.${key(name)}]`, `${k}.${key(name)}`, entries as Record<string, Json>);
  }
  return `${lines.join('\n')}\n`;
}
