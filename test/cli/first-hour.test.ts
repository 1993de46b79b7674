/**
 * What a new user meets in the first hour: the hook's message, errors and flags,
 * config mistakes, inline suppressions, history-aware reports and output details.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, tempDir, type TempRepo } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';

const tokens = { ...githubTokens, ...googleTokens };

const repos: TempRepo[] = [];
const newRepo = (): TempRepo => {
  const r = makeRepo();
  repos.push(r);
  return r;
};
afterAll(() => repos.forEach((r) => r.cleanup()));

const cursorConfig = (env: Record<string, string>) =>
  JSON.stringify(
    { mcpServers: { github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env } } },
    null,
    2,
  );

interface Json {
  findings: { ruleId: string; message: string; remediation: string; file: string; line: number }[];
  stats: { suppressed: number; findings: number };
  mcpConfigs: { file: string; commit?: string; servers: { literals: number }[] }[];
  notes: { message: string }[];
}
const json = (stdout: string): Json => JSON.parse(stdout) as Json;

describe('the block message', () => {
  it("names only the client's own reference syntax, no inline comment for JSON, and only blocking findings", async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': 'x\n' });
    const secret = tokens.githubPat('cursor-hook');
    repo.write('.cursor/mcp.json', cursorConfig({ GITHUB_PERSONAL_ACCESS_TOKEN: secret }));
    repo.git('add', '.');
    const byHand = await runCli(['scan', '--staged'], { cwd: repo.dir });
    expect(byHand.code).toBe(1);
    expect(byHand.stderr).toContain('would block a commit of these staged changes: 1 finding(s)');
    expect(byHand.stderr).toContain('1 more below --fail-on error do not block it');
    expect(byHand.stderr).not.toContain('blocked this commit');
    expect(byHand.stderr).toContain('Cursor: Write "${env:GITHUB_PERSONAL_ACCESS_TOKEN}" in .cursor/mcp.json');
    expect(byHand.stderr).not.toMatch(/VS Code|Codex|bearer_token_env_var/);
    expect(byHand.stderr).not.toContain('mcp-leak-guard:allow');
    expect(byHand.stderr).toContain('allowlist.values');
    const asHook = await runCli(['scan', '--staged'], { cwd: repo.dir, env: { MCP_LEAK_GUARD_HOOK: '1' } });
    expect(asHook.stderr).toContain('mcp-leak-guard blocked this commit: 1 finding(s)');
    expect(asHook.stderr).toContain('git commit --no-verify');
  });
});

describe('errors and the command line', () => {
  it('user mistakes are not "internal error": a missing path, --staged outside a repository', async () => {
    const dir = tempDir('mlg-norepo-');
    const missing = await runCli(['scan', 'does-not-exist'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('mcp-leak-guard: cannot scan does-not-exist: no such file or folder\n');
    const staged = await runCli(['scan', '--staged'], { cwd: dir });
    expect(staged.code).toBe(2);
    expect(staged.stderr).toContain('--staged needs a git repository');
    expect(staged.stderr).not.toContain('internal error');
  });

  it('did you mean: a mistyped option, command and help topic; help scan shows scan', async () => {
    const dir = tempDir('mlg-dym-');
    const flag = await runCli(['scan', '--formt', 'json'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option --formt (did you mean "--format"?)');
    const command = await runCli(['scna'], { cwd: dir });
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "scna" (did you mean "scan"?)');
    const help = await runCli(['help', 'scan'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: mcp-leak-guard scan/);
  });

  it('--quiet prints only what fails, --verbose every field and skipped file, -o keeps the summary on stderr', async () => {
    const repo = newRepo();
    repo.commit('init', {
      'a.env': `K=${tokens.googleApiKey('verbosity')}\n`,
      'img.bin': Buffer.from([0, 1, 2, 0, 255]).toString('latin1'),
    });
    const quiet = await runCli(['scan', '--quiet'], { cwd: repo.dir });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('google-api-key');
    expect(quiet.stdout).not.toMatch(/finding\(s\)|fix:/);
    const verbose = await runCli(['scan', '--verbose'], { cwd: repo.dir });
    expect(verbose.stdout).toMatch(/fingerprint: \S+/);
    expect(verbose.stdout).toContain('category: secret');
    expect(verbose.stdout).toContain('skipped img.bin: binary');
    const out = path.join(repo.dir, 'reports/new/scan.json');
    const written = await runCli(['scan', '-f', 'json', '-o', 'reports/new/scan.json'], { cwd: repo.dir });
    expect(written.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    expect(written.stderr).toMatch(/1 finding\(s\) .*report written to .*scan\.json/);
    expect(written.stdout).toBe('');
  });

  it('--no-color turns colours off on a terminal', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.env': `K=${tokens.googleApiKey('colour')}\n` });
    const run = async (...args: string[]) => {
      const stdout = Object.assign(new PassThrough(), { isTTY: true });
      const chunks: Buffer[] = [];
      stdout.on('data', (c: Buffer) => chunks.push(c));
      await main(['scan', ...args], {
        stdout,
        stderr: new PassThrough(),
        stdin: Readable.from([]),
        cwd: repo.dir,
        env: {},
      });
      return Buffer.concat(chunks).toString('utf8');
    };
    expect(await run()).toContain('\x1b[31m');
    const plain = await run('--no-color');
    expect(plain).not.toContain('\x1b[');
    // The remediation is not dimmed (the hardest text to read on a terminal).
    expect(await run()).not.toMatch(/\x1b\[2m\s+fix:/);
  });

  it('--diff REV means REV..HEAD', async () => {
    const repo = newRepo();
    const base = repo.commit('base', { 'a.txt': 'a\n' });
    repo.commit('leak', { 'b.env': `K=${tokens.googleApiKey('diff-rev')}\n` });
    const r = await runCli(['scan', '--diff', base, '-f', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.file)).toEqual(['b.env']);
  });
});

describe('config mistakes never quote the value', () => {
  const scanWith = async (files: Record<string, string>) => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'a\n', ...files });
    return runCli(['scan'], { cwd: repo.dir });
  };

  it('a misspelled rule id is an error with its line and a suggestion', async () => {
    const r = await scanWith({ '.mcp-leak-guard.json': '{\n  "rules": {\n    "github-pta": "off"\n  }\n}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'invalid config .mcp-leak-guard.json:3:5: "rules.github-pta" is not a rule id (did you mean "github-pat"?)',
    );
  });

  it('nested typos get a suggestion and a position, in JSON and YAML', async () => {
    const j = await scanWith({ '.mcp-leak-guard.json': '{"allowlist": {"pathz": []}}' });
    expect(j.stderr).toContain('.mcp-leak-guard.json:1:16: unknown key "allowlist.pathz" (did you mean "paths"?');
    const y = await scanWith({ '.mcp-leak-guard.yml': 'mcp:\n  trustedServer: []\n' });
    expect(y.stderr).toContain(
      '.mcp-leak-guard.yml:2:3: unknown key "mcp.trustedServer" (did you mean "trustedServers"?',
    );
  });

  it('syntax errors give line and column and no text of the file', async () => {
    const secret = tokens.githubPat('config-echo');
    const j = await scanWith({ '.mcp-leak-guard.json': `{\n  "allowlist": {"values": ["${secret}" "x"]}\n}\n` });
    expect(j.code).toBe(2);
    expect(j.stderr).toMatch(/invalid config \.mcp-leak-guard\.json:2:\d+: not valid JSON \(\w+\)/);
    const y = await scanWith({ '.mcp-leak-guard.yml': `allowlist:\n  values: [${secret}\n` });
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/invalid config \.mcp-leak-guard\.yml:\d+:\d+: not valid YAML/);
    const rx = await scanWith({ '.mcp-leak-guard.json': `{"allowlist": {"regexes": ["(${secret}"]}}` });
    expect(rx.code).toBe(2);
    for (const r of [j, y, rx]) {
      expect(r.stderr).not.toContain(secret.slice(4, 12));
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });

  it('a baseline that is not JSON: position, no text', async () => {
    const secret = tokens.githubPat('baseline-echo');
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'a\n', 'b.json': `{"findings": [${secret}]}` });
    const r = await runCli(['scan', '--baseline', 'b.json'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid baseline .*b\.json:1:\d+: not valid JSON/);
    expect(r.stderr).not.toContain(secret.slice(4, 12));
  });

  it('two config files are an error naming both', async () => {
    const r = await scanWith({ '.mcp-leak-guard.json': '{}', '.mcp-leak-guard.yml': 'rules: {}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.mcp-leak-guard.json and .mcp-leak-guard.yml both exist');
  });
});

describe('inline suppressions are counted', () => {
  it('says how many and where; the MCP summary does not count a suppressed literal', async () => {
    const repo = newRepo();
    const literal = randomChars(ALNUM, 32, 'suppressed-literal');
    repo.commit('init', {
      'a.env': `K=${tokens.googleApiKey('suppressed')} # mcp-leak-guard:allow\n`,
      '.vscode/mcp.json': `{\n  "servers": {\n    "acme": {\n      "command": "acme-mcp",\n      // mcp-leak-guard:allow-next-line\n      "env": { "ACME_API_KEY": "${literal}" }\n    }\n  }\n}\n`,
    });
    const r = await runCli(['scan', '-f', 'json'], { cwd: repo.dir });
    const report = json(r.stdout);
    expect(r.code).toBe(0);
    expect(report.stats.suppressed).toBe(2);
    expect(report.mcpConfigs[0]!.servers[0]!.literals).toBe(0);
    const text = await runCli(['scan'], { cwd: repo.dir });
    expect(text.stdout).toContain('2 suppressed inline (.vscode/mcp.json:6, a.env:1)');
  });
});

describe('history-aware reports', () => {
  it('a secret gone from HEAD: revoke it, purge if wanted, author shown; MCP versions tell their commit', async () => {
    const repo = newRepo();
    const literal = randomChars(ALNUM, 32, 'history-literal');
    repo.commit('add', {
      '.mcp.json': cursorConfig({ ACME_API_KEY: literal }),
      'old.env': `K=${tokens.googleApiKey('gone')}\n`,
    });
    repo.commit('fix', { '.mcp.json': cursorConfig({ ACME_API_KEY: '${ACME_API_KEY}' }), 'old.env': 'K=${K}\n' });
    const r = await runCli(['scan', '--history'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('gone from HEAD');
    expect(r.stdout).toContain('by Test Author');
    expect(r.stdout).toContain('It is gone from old.env at HEAD but stays in the git history');
    expect(r.stdout).toContain('git filter-repo');
    expect(r.stdout).not.toMatch(/old\.env[\s\S]*Remove it from the file/);
    const configs = r.stdout.split('MCP configs')[1]!.split('\n\n')[0]!;
    expect(configs.match(/\.mcp\.json @ [0-9a-f]{12}/g)).toHaveLength(2);
  });

  it('--allow-shallow says what it could not see: stderr, JSON notes, SARIF', async () => {
    const origin = newRepo();
    origin.commit('one', { 'a.txt': 'a\n' });
    origin.commit('two', { 'b.txt': 'b\n' });
    const dir = path.join(tempDir('mlg-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, dir]);
    const j = await runCli(['scan', '--history', '--allow-shallow', '-f', 'json'], { cwd: dir });
    expect(j.code).toBe(0);
    expect(j.stderr).toMatch(/warning: shallow clone .*history behind 1 commit\(s\)/);
    expect(json(j.stdout).notes.some((n) => n.message.includes('not scanned'))).toBe(true);
    const s = await runCli(['scan', '--history', '--allow-shallow', '-f', 'sarif'], { cwd: dir });
    const inv = (JSON.parse(s.stdout) as { runs: { invocations: { toolExecutionNotifications?: unknown[] }[] }[] })
      .runs[0]!.invocations[0]!;
    expect(inv.toolExecutionNotifications).toHaveLength(1);
  });
});

describe('output details', () => {
  it('SARIF, annotations and JSON say a policy message once', async () => {
    const repo = newRepo();
    repo.commit('init', {
      '.mcp.json': cursorConfig({ GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_PERSONAL_ACCESS_TOKEN}' }),
    });
    const j = json((await runCli(['scan', '-f', 'json'], { cwd: repo.dir })).stdout);
    const unpinned = j.findings.find((f) => f.ruleId === 'mcp-unpinned-server')!;
    expect(unpinned.remediation).not.toBe(unpinned.message);
    expect(unpinned.remediation).not.toContain(unpinned.message);
    for (const format of ['sarif', 'github']) {
      const out = (await runCli(['scan', '-f', format], { cwd: repo.dir })).stdout;
      expect(out).not.toContain('..');
      expect(out.split('without a version').length).toBe(2);
    }
  });

  it('stdin without --path and files without an extension get the MCP analysis', async () => {
    const literal = randomChars(ALNUM, 32, 'stdin-literal');
    const text = cursorConfig({ ACME_API_KEY: literal });
    const r = await runCli(['scan', '--stdin', '-f', 'json'], { cwd: tempDir('mlg-stdin-'), stdin: text });
    expect(json(r.stdout).findings.map((f) => f.ruleId)).toContain('mcp-literal-credential');
    const repo = newRepo();
    repo.commit('init', { 'mcp-config': text });
    const file = json((await runCli(['scan', '-f', 'json'], { cwd: repo.dir })).stdout);
    expect(file.mcpConfigs.map((m) => m.file)).toEqual(['mcp-config']);
  });

  it('clients lists the personal files audit checks for Cursor and VS Code', async () => {
    const r = await runCli(['clients'], { cwd: tempDir('mlg-clients-') });
    expect(r.stdout).toMatch(/^Cursor \(json.*\n.*\n {2}personal: ~\/\.cursor\/mcp\.json/m);
    expect(r.stdout).toMatch(/^VS Code \(json.*\n.*\n {2}personal: .*Code\/User\/mcp\.json/m);
  });
});
