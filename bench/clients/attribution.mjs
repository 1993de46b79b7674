// Per-file attribution on a repository holding one config for each of 23 client files of late
// 2026: a random literal in each, and decoys in the clients' reference syntaxes beside it.
//   npm run build && node bench/clients/attribution.mjs [path/to/cli.js ...]
// Prints, per file and per CLI given (default: this checkout's dist/cli.js), the client the scan
// named, whether it called the file personal, and whether it found the literal and left the decoys.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const literal = () => randomBytes(24).toString('base64').replace(/[+/=]/g, 'x');
const DECOYS = {
  FILE_TOKEN: '{file:~/.config/acme/token}',
  USER_CONFIG_TOKEN: '${user_config.api_key}',
  PLUGIN_TOKEN: '${CLAUDE_PLUGIN_ROOT}/token',
  EXTENSION_TOKEN: '${extensionPath}/token',
  VSFILE_TOKEN: '${file:/run/secrets/acme}',
  CMD_TOKEN: '$(pass show acme)',
  NAME_TOKEN: 'SUPABASE_ACCESS_TOKEN',
};
const server = (value) => ({ command: 'acme-mcp', args: ['--port', '8080'], env: { ACME_API_KEY: value, ...DECOYS } });
const json = (doc) => `${JSON.stringify(doc, null, 2)}\n`;
const mcpServers = (v) => json({ mcpServers: { acme: server(v) } });
const toml = (v) =>
  `[mcp_servers.acme]\ncommand = "acme-mcp"\n\n[mcp_servers.acme.env]\nACME_API_KEY = "${v}"\n${Object.entries(DECOYS)
    .map(([k, d]) => `${k} = ${JSON.stringify(d)}`)
    .join('\n')}\n`;
const frontmatter = (v) =>
  `---\nname: triage\nmcp-servers:\n  acme:\n    type: local\n    command: acme-mcp\n    env:\n      ACME_API_KEY: ${v}\n${Object.entries(
    DECOYS,
  )
    .map(([k, d]) => `      ${k}: ${JSON.stringify(d)}`)
    .join('\n')}\n---\nTriage.\n`;

// [file, expected client, personal, content]
const FILES = [
  ['.github/mcp.json', 'GitHub Copilot CLI', false, mcpServers],
  ['.copilot/mcp-config.json', 'GitHub Copilot CLI', true, mcpServers],
  ['.github/agents/triage.agent.md', 'GitHub Copilot cloud agent', false, frontmatter],
  ['.mcp.json', 'Claude Code', false, mcpServers],
  [
    '.devcontainer/devcontainer.json',
    'VS Code',
    false,
    (v) => json({ customizations: { vscode: { mcp: { servers: { acme: server(v) } } } } }),
  ],
  ['.agents/mcp_config.json', 'Antigravity (IDE and CLI)', false, mcpServers],
  ['.gemini/antigravity-cli/mcp_config.json', 'Antigravity (IDE and CLI)', true, mcpServers],
  ['.devin/config.json', 'Devin (Desktop and CLI)', false, mcpServers],
  ['.devin/config.local.json', 'Devin (Desktop and CLI)', true, mcpServers],
  [
    'kilo.jsonc',
    'Kilo Code',
    false,
    (v) => json({ mcp: { acme: { type: 'local', command: ['acme-mcp'], environment: server(v).env } } }),
  ],
  ['.kiro/agents/reviewer.json', 'Kiro', false, (v) => json({ name: 'reviewer', mcpServers: { acme: server(v) } })],
  ['.codex/config.toml', 'Codex', false, toml],
  ['.vs/mcp.json', 'Visual Studio', true, (v) => json({ servers: { acme: server(v) } })],
  ['.claude-plugin/plugin.json', 'Claude Code', false, (v) => json({ name: 'acme', mcpServers: { acme: server(v) } })],
  [
    'manifest.json',
    'Claude Desktop extension (.mcpb)',
    false,
    (v) => json({ manifest_version: '0.2', name: 'acme', server: { type: 'node', mcp_config: server(v) } }),
  ],
  ['.junie/mcp/mcp.json', 'JetBrains Junie / Air', false, mcpServers],
  ['.qwen/settings.json', 'Qwen Code', false, mcpServers],
  ['.amp/settings.json', 'Amp', false, (v) => json({ 'amp.mcpServers': { acme: server(v) } })],
  ['.warp/.mcp.json', 'Warp', false, mcpServers],
  ['.trae/mcp.json', 'Trae', false, mcpServers],
  ['.factory/mcp.json', 'Factory Droid', false, mcpServers],
  ['.tabnine/agent/settings.json', 'Tabnine agent', false, mcpServers],
  ['.mcphub/servers.json', 'mcphub.nvim', false, mcpServers],
];

const dir = mkdtempSync(path.join(tmpdir(), 'mlg-clients-'));
const planted = new Map();
for (const [file, , , make] of FILES) {
  const v = literal();
  planted.set(file, v);
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), make(v));
}
execFileSync('git', ['init', '-q'], { cwd: dir });
const clis = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [new URL('../../dist/cli.js', import.meta.url).pathname];
for (const cli of clis) {
  let out;
  try {
    out = execFileSync(process.execPath, [cli, 'scan', dir, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  } catch (e) {
    out = e.stdout;
  }
  const report = JSON.parse(out);
  const rel = (f) => path.relative(dir, path.resolve(dir, f));
  let attributed = 0,
    personalRight = 0,
    found = 0,
    decoysReported = 0;
  console.log(`\n${cli}`);
  console.log('| file | expected client | named client | personal (expected) | literal found | decoys reported |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [file, client, personal] of FILES) {
    const fs = report.findings.filter((f) => rel(f.file) === file);
    const summary = (report.mcp?.files ?? report.mcp ?? []).find?.((m) => rel(m.file) === file);
    const named = summary?.client ?? fs.find((f) => f.mcp?.client)?.mcp.client ?? '–';
    const isPersonal = fs.some((f) => f.ruleId === 'mcp-user-config-committed');
    const lines = fs.filter((f) => f.category === 'secret');
    const hit = lines.length > 0;
    const decoys = lines.length - (hit ? 1 : 0);
    attributed += named === client;
    personalRight += isPersonal === personal;
    found += hit;
    decoysReported += decoys;
    console.log(`| ${file} | ${client} | ${named} | ${isPersonal} (${personal}) | ${hit} | ${decoys} |`);
  }
  console.log(
    `attributed ${attributed}/${FILES.length}, personal/project right ${personalRight}/${FILES.length}, literals found ${found}/${FILES.length}, decoys reported ${decoysReported}`,
  );
}
rmSync(dir, { recursive: true, force: true });
