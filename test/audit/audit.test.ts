import { afterAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deviceFiles, expandTemplate } from '../../src/audit/paths.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, tempDir, type TempRepo } from '../helpers/repo.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';

interface Report {
  findings: {
    ruleId: string;
    file: string;
    severity: string;
    mcp?: { client: string; server?: string; slot?: string };
  }[];
}
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function put(file: string, content: string, mode = 0o600): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, mode);
  return file;
}
const mcp = (env: Record<string, string>) => JSON.stringify({ mcpServers: { acme: { command: 'acme-mcp', env } } });
const audit = async (env: Record<string, string>, ...args: string[]) => {
  const r = await runCli(['audit', '--format', 'json', ...args], { cwd: tempDir('mlg-cwd-'), env });
  return { ...r, report: (r.stdout ? JSON.parse(r.stdout) : { findings: [] }) as Report };
};
const ids = (report: Report) => report.findings.map((f) => [f.ruleId, path.basename(f.file)]).sort();

describe('device paths per OS', () => {
  it('expands each OS layout from HOME and the variables that move it', () => {
    const linux = deviceFiles('linux', { home: '/home/u', env: { XDG_CONFIG_HOME: '/xdg', CODEX_HOME: '/codex' } }).map(
      (f) => f.path,
    );
    expect(linux).toEqual(
      expect.arrayContaining([
        '/xdg/Claude/claude_desktop_config.json',
        '/home/u/.cursor/mcp.json',
        '/codex/config.toml',
        '/home/u/.mcp-auth/',
      ]),
    );
    const mac = deviceFiles('darwin', { home: '/Users/u', env: {} }).map((f) => f.path);
    expect(mac).toContain('/Users/u/Library/Application Support/Claude/claude_desktop_config.json');
    expect(mac).toContain('/Users/u/.codex/config.toml');
    const win = deviceFiles('win32', { home: 'C:\\Users\\u', env: { APPDATA: 'D:\\Roaming' } }).map((f) => f.path);
    expect(win).toContain('D:\\Roaming\\Claude\\claude_desktop_config.json');
    expect(win).toContain('C:\\Users\\u\\.cursor\\mcp.json');
    expect(expandTemplate('%APPDATA%/Code/User/mcp.json', 'win32', { home: 'C:\\Users\\u', env: {} })).toBe(
      'C:\\Users\\u\\AppData\\Roaming\\Code\\User\\mcp.json',
    );
  });
});

describe('mcp-leak-guard audit', () => {
  it('linux home: literals with client, server and slot; loose permissions; token caches; a clean config stays clean', async () => {
    const home = tempDir('mlg-home-');
    const literal = randomChars(ALNUM, 32, 'audit-literal');
    put(path.join(home, '.cursor/mcp.json'), mcp({ ACME_API_KEY: literal }), 0o644);
    put(path.join(home, '.config/Claude/claude_desktop_config.json'), mcp({ ACME_API_KEY: '${ACME_KEY}' }));
    put(path.join(home, '.mcp-auth/mcp-remote-0.1.18/abc_tokens.json'), '{"access_token":"x"}', 0o640);
    const r = await audit({ HOME: home });
    expect(r.code).toBe(1);
    expect(ids(r.report)).toEqual([
      ['audit-file-permissions', 'abc_tokens.json'],
      ['audit-file-permissions', 'mcp.json'],
      ['mcp-literal-credential', 'mcp.json'],
    ]);
    const lit = r.report.findings.find((f) => f.ruleId === 'mcp-literal-credential')!;
    expect(lit.mcp).toEqual({ client: 'Cursor', server: 'acme', slot: 'env.ACME_API_KEY' });
    // group-readable is a warning, world-readable an error.
    const sev = Object.fromEntries(
      r.report.findings
        .filter((f) => f.ruleId === 'audit-file-permissions')
        .map((f) => [path.basename(f.file), f.severity]),
    );
    expect(sev).toEqual({ 'abc_tokens.json': 'warning', 'mcp.json': 'error' });
    expect(r.stdout).not.toContain(literal);
  });

  it('clients of late 2026: Copilot CLI, Devin, Kiro agents, Antigravity configs; Goose and opencode secret stores', async () => {
    const home = tempDir('mlg-home-');
    const lit = (seed: string) => randomChars(ALNUM, 32, `audit-2026:${seed}`);
    put(path.join(home, '.copilot/mcp-config.json'), mcp({ ACME_API_KEY: lit('copilot') }));
    put(path.join(home, '.config/devin/config.json'), mcp({ ACME_API_KEY: lit('devin') }));
    put(path.join(home, '.kiro/agents/reviewer.json'), mcp({ ACME_API_KEY: lit('kiro') }));
    put(path.join(home, '.gemini/antigravity-cli/mcp_config.json'), mcp({ ACME_API_KEY: lit('agy') }));
    put(path.join(home, '.config/goose/secrets.yaml'), `ACME_API_KEY: ${lit('goose')}\n`, 0o644);
    put(path.join(home, '.local/share/opencode/mcp-auth.json'), '{"acme": {"tokens": {}}}', 0o644);
    const r = await audit({ HOME: home });
    const byClient = r.report.findings
      .filter((f) => f.ruleId === 'mcp-literal-credential')
      .map((f) => [f.mcp?.client, path.relative(home, f.file)])
      .sort();
    expect(byClient).toEqual([
      ['Antigravity (IDE and CLI)', '.gemini/antigravity-cli/mcp_config.json'],
      ['Devin (Desktop and CLI)', '.config/devin/config.json'],
      ['GitHub Copilot CLI', '.copilot/mcp-config.json'],
      ['Kiro', '.kiro/agents/reviewer.json'],
    ]);
    const loose = r.report.findings
      .filter((f) => f.ruleId === 'audit-file-permissions')
      .map((f) => path.basename(f.file));
    expect(loose.sort()).toEqual(['mcp-auth.json', 'secrets.yaml']);
  });

  it('macOS layout (--os darwin) and --path; the text report ends with the checklist and what to revoke', async () => {
    const home = tempDir('mlg-mac-');
    put(
      path.join(home, 'Library/Application Support/Claude/claude_desktop_config.json'),
      mcp({ GITHUB_TOKEN: githubTokens.githubPat('mac') }),
    );
    const extra = put(path.join(tempDir('mlg-extra-'), 'team-mcp.json'), mcp({ X: '1' }));
    const r = await runCli(['audit', '--os', 'darwin', '--home', home, '--path', extra], { cwd: home, env: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('github-pat');
    expect(r.stdout).toContain('Safe-use checklist');
    expect(r.stdout).toMatch(/\[!!\] No literal tokens/);
    expect(r.stdout).toMatch(/revoke these now[\s\S]*GitHub: https:\/\/github.com\/settings\/tokens/);
  });

  it('finds a config in a cloud-synced folder, also through a symlink, and by a sync marker', async () => {
    const home = tempDir('mlg-sync-');
    const icloud = put(path.join(home, 'Library/Mobile Documents/com~apple~CloudDocs/mcp.json'), mcp({}));
    mkdirSync(path.join(home, '.cursor'), { recursive: true });
    symlinkSync(icloud, path.join(home, '.cursor/mcp.json'));
    const syncthing = path.join(home, 'shared');
    put(path.join(syncthing, '.stfolder/.keep'), '');
    const viaMarker = put(path.join(syncthing, 'gemini/settings.json'), mcp({}));
    const r = await audit({ HOME: home }, '--path', viaMarker);
    const synced = r.report.findings.filter((f) => f.ruleId === 'audit-synced-location').map((f) => f.file);
    expect(synced.sort()).toEqual([path.join(home, '.cursor/mcp.json'), viaMarker].sort());
  });

  it('a config inside a git work tree: tracked is an error, not ignored a warning, ignored is fine', async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit('tracked', { 'dot/mcp.json': mcp({}), '.gitignore': 'ignored.json\n' });
    repo.write('loose.json', mcp({}));
    repo.write('ignored.json', mcp({}));
    const files = ['dot/mcp.json', 'loose.json', 'ignored.json'].map((f) => path.join(repo.dir, f));
    files.forEach((f) => chmodSync(f, 0o600));
    const r = await audit({ HOME: tempDir('mlg-empty-') }, ...files.flatMap((f) => ['--path', f]));
    const git = r.report.findings
      .filter((f) => f.ruleId === 'audit-in-git')
      .map((f) => [path.basename(f.file), f.severity]);
    expect(git.sort()).toEqual([
      ['loose.json', 'warning'],
      ['mcp.json', 'error'],
    ]);
  });

  it('--fix --dry-run changes nothing; --fix sets 0600 and touches no content', async () => {
    const home = tempDir('mlg-fix-');
    const file = put(path.join(home, '.cursor/mcp.json'), mcp({ A: '${A}' }), 0o664);
    const dry = await audit({ HOME: home }, '--fix', '--dry-run');
    expect(dry.stderr).toContain(`would change ${file}: mode 0664 -> 0600`);
    expect(statSync(file).mode & 0o777).toBe(0o664);
    const before = statSync(file).size;
    const fixed = await audit({ HOME: home }, '--fix');
    expect(fixed.stderr).toContain(`changing ${file}: mode 0664 -> 0600`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).size).toBe(before);
    expect((await audit({ HOME: home })).code).toBe(0);
  });

  it('rejects a bad --os and --dry-run without --fix', async () => {
    expect((await audit({}, '--os', 'plan9')).code).toBe(2);
    expect((await audit({}, '--dry-run')).code).toBe(2);
  });
});
