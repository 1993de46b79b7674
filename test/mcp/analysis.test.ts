import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import type { ScanUnit } from '../../src/core/types.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';
import { ALNUM, p, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const scan = (unit: ScanUnit, mcp: Record<string, unknown> = {}) =>
  new Engine(resolveConfig(mcp === undefined ? undefined : { mcp }), {
    mcpAnalyzer: analyzeMcp,
    extraRules: MCP_RULES,
  }).scan(unit);
const server = (entry: object, key = 'mcpServers') => JSON.stringify({ [key]: { svc: entry } }, null, 2);
const ids = async (path: string, text: string, mcp?: Record<string, unknown>) =>
  (await scan({ path, text }, mcp)).findings.map((f) => f.ruleId).sort();

describe('provider tokens in MCP slots', () => {
  it("keeps the provider rule id and adds the client, server, slot and the client's reference advice", async () => {
    const pat = githubTokens.githubPat('mcp-slot');
    const text = server({
      command: 'npx',
      args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'],
      env: { GITHUB_PERSONAL_ACCESS_TOKEN: pat },
    });
    const { findings, mcp } = await scan({ path: '.vscode/mcp.json', text: text.replace('mcpServers', 'servers') });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'github-pat',
      mcp: { client: 'VS Code', server: 'svc', slot: 'env.GITHUB_PERSONAL_ACCESS_TOKEN' },
    });
    expect(findings[0]!.remediation).toContain('${input:');
    expect(findings[0]!.remediation).toContain('github.com/settings/tokens');
    expect(mcp?.servers).toEqual([
      { name: 'svc', references: 0, literals: 1, kind: 'source hosting', tier: 'consider-carefully' },
    ]);
  });

  it('counts a provider token in a slot whose name says nothing as a literal too', async () => {
    const key = googleTokens.googleApiKey('mcp-odd-name');
    const { findings, mcp } = await scan({
      path: '.mcp.json',
      text: server({ command: 'maps-mcp', env: { MAPS: key } }),
    });
    expect(findings.map((f) => f.ruleId)).toEqual(['google-api-key']);
    expect(mcp?.servers[0]?.literals).toBe(1);
  });
});

describe('positions through escapes', () => {
  it('maps a value after \\u escapes and a nested JSON string back to the exact column', async () => {
    const v = randomChars(ALNUM, 30, 'esc');
    const text = `{"mcpServers": {"s": {"command": "x", "env": {"NOTE": "caf\\u00e9 \\"q\\"", "SVC_TOKEN": "${v}",\n "H": "{\\"X-Api-Key\\": \\"${v.slice(0, 20)}Zz9\\"}"}}}}`;
    const { findings } = await scan({ path: '.mcp.json', text });
    const cols = findings.map((f) => [f.line, f.column, f.endColumn, f.mcp?.slot]);
    const first = text.indexOf(v);
    const second = text.indexOf(`${v.slice(0, 20)}Zz9`);
    const lineStart = text.lastIndexOf('\n', second) + 1;
    expect(cols).toEqual([
      [1, first + 1, first + 31, 'env.SVC_TOKEN'],
      [2, second - lineStart + 1, second - lineStart + 24, 'env.H.X-Api-Key'],
    ]);
  });
});

describe('references are never findings', () => {
  it.each([
    [
      'Codex bearer_token_env_var',
      '.codex/config.toml',
      '[mcp_servers.x]\nurl = "https://mcp.acme.dev/mcp"\nbearer_token_env_var = "ACME_TOKEN"\n',
    ],
    [
      'VS Code input',
      '.vscode/mcp.json',
      '{"servers": {"x": {"url": "https://a.dev/mcp", "headers": {"Authorization": "Bearer ${input:tok}"}}}}',
    ],
    ['envFile', '.cursor/mcp.json', '{"mcpServers": {"x": {"command": "x", "envFile": "${workspaceFolder}/.env"}}}'],
    [
      'Continue secret',
      '.continue/mcpServers/a.yaml',
      'mcpServers:\n  - name: a\n    command: a\n    env:\n      API_KEY: ${{ secrets.A_KEY }}\n',
    ],
  ])('%s', async (_n, path, text) => {
    const result = await scan({ path, text });
    expect(result.findings.filter((f) => f.category === 'secret')).toEqual([]);
    expect(result.mcp?.servers[0]?.references).toBeGreaterThanOrEqual(1);
  });
});

describe('Markdown', () => {
  it('finds a literal in an MCP config pasted in a README code block, at its position', async () => {
    const v = randomChars(ALNUM, 36, 'md');
    const md = `# Setup\n\nAdd this:\n\n\`\`\`json\n{\n  "mcpServers": {\n    "acme": {"command": "acme-mcp", "env": {"ACME_API_KEY": "${v}"}}\n  }\n}\n\`\`\`\n`;
    const { findings, mcp } = await scan({ path: 'README.md', text: md });
    expect(findings.map((f) => [f.ruleId, f.line, f.mcp?.client])).toEqual([
      ['mcp-literal-credential', 8, 'MCP config'],
    ]);
    expect(findings[0]!.column).toBe(md.split('\n')[7]!.indexOf(v) + 1);
    expect(mcp?.file).toBe('README.md');
  });

  it('does not call a README personal even when it shows a Codex config', async () => {
    const md = '```toml\n[mcp_servers.a]\ncommand = "a"\n```\n';
    expect(await ids('docs/codex.md', md)).toEqual([]);
  });
});

describe('malformed and hostile files', () => {
  const pat = () => githubTokens.githubPat('malformed');
  it.each([
    ['.mcp.json', () => `{"mcpServers": {"a": {"command": "x", "env": {"T": "${pat()}"}}`, 'JSON'],
    ['.continue/config.yaml', () => `mcpServers:\n  - name: a\n    env: {T: "${pat()}"\n  bad: [\n`, 'YAML'],
    ['.codex/config.toml', () => `[mcp_servers.a\nenv = { T = "${pat()}" }\n`, 'TOML'],
  ])('%s: rules still find the token and a note names the parse error', async (path, text, format) => {
    const result = await scan({ path, text: text() });
    expect(result.findings.map((f) => f.ruleId)).toContain('github-pat');
    expect(result.notes).toEqual([
      expect.objectContaining({ file: path, message: expect.stringContaining(`as ${format}`) }),
    ]);
  });

  it('refuses JSON nested 100,000 deep with a note instead of overflowing the stack', async () => {
    const text = `{"mcpServers": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = await scan({ path: '.mcp.json', text });
    expect(result.notes[0]?.message).toMatch(/nested more than \d+ levels/);
  });

  it('does not expand a YAML alias bomb', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    lines.push('mcpServers:', '  bomb:', '    command: x', '    args: *l');
    const started = process.hrtime.bigint();
    const result = await scan({ path: 'librechat.yaml', text: lines.join('\n') });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5000);
    expect(result.mcp?.servers.map((s) => s.name)).toEqual(['bomb']);
  });

  it('leaves ordinary JSON, YAML and an OpenAPI servers list alone', async () => {
    expect(await ids('package.json', '{"name": "x", "servers": ["a"]}')).toEqual([]);
    expect(await ids('openapi.yaml', 'servers:\n  - url: http://api.internal.example.net/v1\n')).toEqual([]);
  });
});

describe('personal configs and token caches', () => {
  it('flags an MCP OAuth token cache whatever it holds', async () => {
    expect(await ids('.mcp-auth/mcp-remote-0.1.0/abc_tokens.json', '{"access_token": "short"}')).toEqual([
      'mcp-user-config-committed',
    ]);
  });
  it('needs servers in a file whose name is common (mcp_settings.json)', async () => {
    expect(await ids('tools/mcp_settings.json', '{"timeout": 5}')).toEqual([]);
    expect(await ids('tools/mcp_settings.json', server({ serverUrl: 'https://a.dev/mcp' }))).toEqual([
      'mcp-user-config-committed',
    ]);
  });
  it('decides mcp_config.json by its folder, not its name: Windsurf personal, Antigravity project, elsewhere neither', async () => {
    const remote = server({ serverUrl: 'https://a.dev/mcp' });
    expect(await ids('.codeium/windsurf/mcp_config.json', remote)).toEqual(['mcp-user-config-committed']);
    expect(await ids('.agents/mcp_config.json', remote)).toEqual([]);
    expect(await ids('tools/mcp_config.json', remote)).toEqual([]);
  });
  it('flags by path even in a history patch (added lines only)', async () => {
    const result = await scan({ path: 'claude_desktop_config.json', text: '  "x": 1\n', lineMap: [7] });
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['mcp-user-config-committed', 7]]);
  });
});

describe('policy checks', () => {
  const argvServer = (args: string[], command = 'npx') => server({ command, args });
  it.each([
    ['npx without a version', argvServer(['-y', '@acme/mcp'])],
    ['npx @latest', argvServer(['-y', '@acme/mcp@latest'])],
    ['npx with a range', argvServer(['-y', 'acme-mcp@^1.2.0'])],
    ['uvx without ==', argvServer(['acme-mcp'], 'uvx')],
    ['docker image without a tag', argvServer(['run', '-i', '--rm', '-e', 'T', 'ghcr.io/acme/mcp'], 'docker')],
    ['docker :latest', argvServer(['run', '-i', 'ghcr.io/acme/mcp:latest'], 'docker')],
    ['command string', server({ command: 'npx -y acme-mcp' })],
  ])('mcp-unpinned-server: %s', async (_n, text) => {
    expect(await ids('.mcp.json', text)).toEqual(['mcp-unpinned-server']);
  });

  it.each([
    ['npx exact', argvServer(['-y', '@acme/mcp@1.2.3'])],
    ['uvx ==', argvServer(['acme-mcp==0.4.1'], 'uvx')],
    ['uvx --from', argvServer(['--from', 'acme-mcp==0.4.1', 'acme'], 'uvx')],
    ['docker digest', argvServer(['run', '-i', `ghcr.io/acme/mcp@sha256:${'ab12'.repeat(16)}`], 'docker')],
    ['docker tag after a registry port', argvServer(['run', 'registry.local:5000/acme/mcp:1.0'], 'docker')],
    ['a local script', argvServer(['./server.js'], 'node')],
  ])('pinned or local: %s', async (_n, text) => {
    expect(await ids('.mcp.json', text)).toEqual([]);
  });

  it('mcp-untrusted-server only with a trusted list, matching packages and hosts by glob', async () => {
    const text = argvServer(['-y', '@evil/mcp@1.0.0']);
    expect(await ids('.mcp.json', text)).toEqual([]);
    const trusted = { trustedServers: ['@modelcontextprotocol/*', '*.githubcopilot.com'] };
    expect(await ids('.mcp.json', text, trusted)).toEqual(['mcp-untrusted-server']);
    expect(await ids('.mcp.json', argvServer(['-y', '@modelcontextprotocol/server-memory@1.0.0']), trusted)).toEqual(
      [],
    );
    expect(await ids('.mcp.json', server({ url: 'https://api.githubcopilot.com/mcp/' }), trusted)).toEqual([]);
    expect(await ids('.mcp.json', server({ url: 'https://mcp.unknown.dev/' }), trusted)).toEqual([
      'mcp-untrusted-server',
    ]);
  });

  it('mcp-insecure-transport for plain http off loopback', async () => {
    expect(await ids('.mcp.json', server({ url: 'http://mcp.acme.dev/sse' }))).toEqual(['mcp-insecure-transport']);
    expect(await ids('.mcp.json', server({ url: 'http://localhost:3000/mcp' }))).toEqual([]);
    expect(await ids('.mcp.json', server({ url: 'http://127.0.0.1:8080/sse' }))).toEqual([]);
    expect(await ids('.mcp.json', argvServer(['-y', 'mcp-remote@0.1.18', 'http://mcp.acme.dev/sse']))).toEqual([
      'mcp-insecure-transport',
    ]);
  });

  it('mcp-production-database for production hosts and write access', async () => {
    const pw = randomChars(ALNUM, 20, 'db');
    const prod = argvServer([
      '-y',
      '@acme/postgres-mcp@1.0.0',
      p('postgresql://ro:', pw, '@orders-prod.db.acme.net/orders'),
    ]);
    expect(await ids('.mcp.json', prod)).toEqual(['database-url-password', 'mcp-production-database']);
    const staging = argvServer(['-y', '@acme/postgres-mcp@1.0.0', 'postgresql://orders-staging.db.acme.net/orders']);
    expect(await ids('.mcp.json', staging)).toEqual([]);
    const write = server({ command: 'uvx', args: ['postgres-mcp==0.3.0', '--access-mode=unrestricted'] });
    expect(await ids('.mcp.json', write)).toEqual(['mcp-production-database']);
    const ro = server({ command: 'uvx', args: ['mysql-mcp==1.0.0'], env: { MYSQL_READ_ONLY: 'false' } });
    expect(await ids('.mcp.json', ro)).toEqual(['mcp-production-database']);
    const custom = { productionPatterns: ['^db-main\\b'] };
    expect(await ids('.mcp.json', argvServer(['-y', 'pg-mcp@1.0.0', 'postgres://db-main.acme.net/x']), custom)).toEqual(
      ['mcp-production-database'],
    );
  });

  it('mcp-broad-scope names the narrow scope', async () => {
    const text = server({
      command: 'uvx',
      args: ['gmail-mcp==1.0.0', '--scopes', 'https://mail.google.com/ https://www.googleapis.com/auth/drive.file'],
    });
    const { findings } = await scan({ path: '.mcp.json', text });
    expect(findings.map((f) => f.ruleId)).toEqual(['mcp-broad-scope']);
    expect(findings[0]!.message).toContain('gmail.readonly');
    expect(await ids('.mcp.json', server({ command: 'x', env: { GITHUB_SCOPES: 'repo read:org' } }))).toEqual([
      'mcp-broad-scope',
    ]);
    expect(await ids('.mcp.json', server({ command: 'x', env: { GITHUB_REPO: 'repo' } }))).toEqual([]);
  });

  it('every rule can be switched off or re-graded in the config', async () => {
    const text = argvServer(['-y', '@acme/mcp']);
    const off = new Engine(resolveConfig({ rules: { 'mcp-unpinned-server': 'off' } }), { mcpAnalyzer: analyzeMcp });
    expect((await off.scan({ path: '.mcp.json', text })).findings).toEqual([]);
    const err = new Engine(resolveConfig({ rules: { 'mcp-unpinned-server': 'error' } }), { mcpAnalyzer: analyzeMcp });
    expect((await err.scan({ path: '.mcp.json', text })).findings[0]?.severity).toBe('error');
  });
});
