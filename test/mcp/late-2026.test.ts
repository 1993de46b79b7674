/**
 * Shapes MCP clients took in late 2026 (new containers, frontmatter, extension manifests, TOML
 * server lists, dev containers), their reference syntaxes, and classes of real committed configs:
 * credentials outside MCP servers, install guides without a wrapper, and stand-ins that are not
 * values (an env var name, a value equal to its own key).
 */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';
import { CLIENTS } from '../../src/mcp/clients.js';
import { isReferenceValue } from '../../src/mcp/credential-names.js';
import { ALNUM, jwt, randomChars } from '../helpers/tokens/random.js';

const engine = new Engine(resolveConfig(undefined), { mcpAnalyzer: analyzeMcp, extraRules: MCP_RULES });
const key = (seed: string): string => randomChars(ALNUM, 32, `late-2026:${seed}`);
const scan = (path: string, text: string) => engine.scan({ path, text });
/** Literal findings as [rule, line, client, server, slot]. */
async function literals(path: string, text: string) {
  const r = await scan(path, text);
  return r.findings
    .filter((f) => f.category === 'secret')
    .map((f) => [f.ruleId, f.line, f.mcp?.client, f.mcp?.server, f.mcp?.slot]);
}
const lineOf = (text: string, value: string): number => text.slice(0, text.indexOf(value)).split('\n').length;

describe('new containers and shapes', () => {
  it('amp.mcpServers in an Amp settings file', async () => {
    const v = key('amp');
    const text = JSON.stringify(
      { 'amp.mcpServers': { acme: { command: 'acme-mcp', env: { ACME_API_KEY: v } } } },
      null,
      2,
    );
    expect(await literals('.amp/settings.json', text)).toEqual([
      ['mcp-literal-credential', lineOf(text, v), 'Amp', 'acme', 'env.ACME_API_KEY'],
    ]);
    // By content alone (a VS Code settings file Amp also reads).
    expect((await scan('notes/settings.json', text)).mcp?.client).toBe('Amp');
  });

  it('mcp-servers in the frontmatter of a Copilot agent file', async () => {
    const v = key('agent');
    const text = [
      '---',
      'name: triage',
      'description: Triage issues',
      'mcp-servers:',
      '  acme:',
      '    type: local',
      '    command: acme-mcp',
      '    env:',
      `      ACME_TOKEN: ${v}`,
      '      OTHER_TOKEN: $COPILOT_MCP_OTHER_TOKEN',
      '---',
      'You triage issues.',
      '',
    ].join('\n');
    expect(await literals('.github/agents/triage.agent.md', text)).toEqual([
      ['mcp-literal-credential', 9, 'GitHub Copilot cloud agent', 'acme', 'env.ACME_TOKEN'],
    ]);
  });

  it('server.mcp_config of a Claude Desktop extension manifest; ${user_config.KEY} is a reference', async () => {
    const v = key('mcpb');
    const manifest = {
      manifest_version: '0.2',
      name: 'acme',
      version: '1.0.0',
      server: {
        type: 'node',
        entry_point: 'server/index.js',
        mcp_config: {
          command: 'node',
          args: ['${__dirname}/server/index.js'],
          env: { ACME_API_KEY: '${user_config.api_key}', ACME_SECRET: v },
        },
      },
      user_config: { api_key: { type: 'string', sensitive: true, required: true } },
    };
    const text = JSON.stringify(manifest, null, 2);
    expect(await literals('manifest.json', text)).toEqual([
      ['mcp-literal-credential', lineOf(text, v), 'Claude Desktop extension (.mcpb)', 'acme', 'env.ACME_SECRET'],
    ]);
    // Another tool's manifest.json is not an MCP config and gets no note.
    const chrome = await scan('ext/manifest.json', '{"manifest_version": 3, "name": "x", ');
    expect([chrome.findings, chrome.notes ?? []]).toEqual([[], []]);
  });

  it('[[mcp_servers]] arrays of tables (Mistral Vibe)', async () => {
    const v = key('vibe');
    const text = `[[mcp_servers]]\nname = "acme"\ntransport = "http"\nurl = "https://mcp.acme.dev/mcp"\nheaders = { Authorization = "Bearer ${v}" }\n`;
    expect(await literals('.vibe/config.toml', text)).toEqual([
      ['mcp-literal-credential', 5, 'Mistral Vibe', 'acme', 'headers.Authorization'],
    ]);
    // The documented way: the key's variable named in api_key_env.
    const keyed = (await scan('.vibe/config.toml', `${text}api_key_env = "ACME_API_KEY"\n`)).mcp?.servers[0];
    expect(keyed).toMatchObject({ name: 'acme', references: 1, literals: 1 });
  });

  it('customizations.vscode.mcp.servers of a dev container', async () => {
    const v = key('devcontainer');
    const text = JSON.stringify(
      {
        name: 'app',
        image: 'mcr.microsoft.com/devcontainers/base:ubuntu',
        customizations: {
          vscode: {
            mcp: { servers: { acme: { type: 'http', url: 'https://mcp.acme.dev/mcp', headers: { 'X-API-Key': v } } } },
          },
        },
      },
      null,
      2,
    );
    expect(await literals('.devcontainer/devcontainer.json', text)).toEqual([
      ['mcp-literal-credential', lineOf(text, v), 'VS Code', 'acme', 'headers.X-API-Key'],
    ]);
    // A dev container without MCP servers is not an MCP config.
    const plain = await scan('.devcontainer/devcontainer.json', '{"name": "app", "image": "debian"');
    expect([plain.findings, plain.notes ?? []]).toEqual([[], []]);
  });

  it('kilo.jsonc `mcp` (the OpenCode shape)', async () => {
    const v = key('kilo');
    const text = `// team config\n${JSON.stringify({ mcp: { acme: { type: 'remote', url: 'https://mcp.acme.dev', headers: { Authorization: `Bearer ${v}`, 'X-Other': '{file:~/.config/kilo/token}' } } } }, null, 2)}\n`;
    expect(await literals('kilo.jsonc', text)).toEqual([
      ['mcp-literal-credential', lineOf(text, v), 'Kilo Code', 'acme', 'headers.Authorization'],
    ]);
  });

  it("Zed's extension servers carry only settings", async () => {
    const v = key('zed');
    const text = JSON.stringify(
      { context_servers: { 'mcp-server-github': { settings: { github_personal_access_token: v } } } },
      null,
      2,
    );
    expect(await literals('.config/zed/settings.json', text)).toEqual([
      ['mcp-literal-credential', lineOf(text, v), 'Zed', 'mcp-server-github', 'settings.github_personal_access_token'],
    ]);
  });
});

describe('reference syntaxes are never reported', () => {
  const syntaxes = new Set([
    '{file:~/.config/x/token}',
    '${user_config.api_key}',
    '${CLAUDE_PLUGIN_ROOT}/bin/token',
    '${extensionPath}/token',
    '${file:/run/secrets/token}',
    '$: cmd:op read op://vault/acme/token',
    '$(pass show acme/token)',
    '$(cat ~/.config/acme/token)',
    ...CLIENTS.flatMap((c) => c.references),
  ]);
  it.each([...syntaxes])('%s', async (ref) => {
    expect(isReferenceValue(ref)).toBe(true);
    const text = JSON.stringify(
      {
        mcpServers: {
          acme: {
            command: 'acme-mcp',
            args: ['--api-key', ref],
            env: { ACME_API_KEY: ref },
            headers: { Authorization: `Bearer ${ref}` },
          },
        },
      },
      null,
      2,
    );
    const r = await scan('.mcp.json', text);
    expect(r.findings.filter((f) => f.category === 'secret')).toEqual([]);
    expect(r.mcp?.servers[0]?.references).toBeGreaterThanOrEqual(2);
  });
});

describe('classes from real committed configs', () => {
  it('Codex: a key in [model_providers.<name>] is found; env_key names a variable', async () => {
    const v = key('codex-provider');
    const text = [
      'model = "gpt-5"',
      'model_provider = "azure"',
      '',
      '[model_providers.azure]',
      'name = "Azure"',
      'base_url = "https://acme.openai.azure.com/openai"',
      'env_key = "AZURE_OPENAI_API_KEY"',
      `http_headers = { "api-key" = "${v}" }`,
      '',
      '[mcp_servers.docs]',
      'command = "docs-mcp"',
      '',
    ].join('\n');
    expect(await literals('.codex/config.toml', text)).toEqual([
      ['mcp-literal-credential', 8, 'Codex', 'model_providers.azure', 'http_headers.api-key'],
    ]);
  });

  it('an install guide: a Supabase JWT in a KEY=VALUE block and in a JSON block without mcpServers', async () => {
    const role = jwt(
      {
        iss: 'supabase',
        ref: randomChars(ALNUM, 20, 'ref').toLowerCase(),
        role: 'service_role',
        iat: 1717000000,
        exp: 2032576000,
      },
      'supabase-guide',
    );
    const other = jwt(
      { iss: 'supabase', ref: 'acmeproject', role: 'service_role', iat: 1717000001, exp: 2032576001 },
      'supabase-guide-2',
    );
    const guide = [
      '# Supabase MCP server',
      '',
      'Set the environment:',
      '',
      '```bash',
      'export SUPABASE_URL=https://acme.supabase.co',
      `export SUPABASE_SERVICE_ROLE_KEY=${role}`,
      '```',
      '',
      'Then add it to your client:',
      '',
      '```json',
      JSON.stringify(
        {
          supabase: {
            command: 'npx',
            args: ['-y', '@supabase/mcp-server-supabase@0.5.0'],
            env: { SUPABASE_KEY: other },
          },
        },
        null,
        2,
      ),
      '```',
      '',
    ].join('\n');
    const found = await literals('docs/install.md', guide);
    expect(found).toEqual(
      expect.arrayContaining([
        ['supabase-service-role-key', 7, 'MCP config', '(environment)', 'env.SUPABASE_SERVICE_ROLE_KEY'],
        ['supabase-service-role-key', lineOf(guide, other), 'MCP config', 'supabase', 'env.SUPABASE_KEY'],
      ]),
    );
    expect(found).toHaveLength(2);
    // The same blocks in a guide that is not about MCP are left to the secret rules.
    const plain = guide.replace(/MCP|mcp/g, 'tool');
    expect(await literals('docs/other.md', plain)).toEqual([
      ['supabase-service-role-key', 7, undefined, undefined, undefined],
      ['supabase-service-role-key', lineOf(plain, other), undefined, undefined, undefined],
    ]);
  });

  it('false positives closed: an env var name as a value, a value equal to its own key, a bracketed placeholder', async () => {
    const text = JSON.stringify(
      {
        mcpServers: {
          supabase: {
            command: 'npx',
            args: ['-y', '@supabase/mcp-server-supabase@0.5.0', '--access-token', 'SUPABASE_ACCESS_TOKEN'],
          },
          firecrawl: {
            command: 'npx',
            args: ['-y', 'firecrawl-mcp@1.0.0'],
            env: { FIRECRAWL_API_KEY: 'FIRECRAWL_API_KEY' },
          },
          postgres: {
            command: 'npx',
            args: [
              '-y',
              '@modelcontextprotocol/server-postgres@0.6.2',
              'postgresql://postgres:[YOUR-PASSWORD]@db.acme.supabase.co:5432/postgres',
            ],
          },
        },
      },
      null,
      2,
    );
    expect(await literals('.mcp.json', text)).toEqual([]);
  });
});
