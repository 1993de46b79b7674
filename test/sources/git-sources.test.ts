import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { repoFactory, tempDir, type TempRepo } from '../helpers/repo.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  commit?: string;
  author?: string;
  date?: string;
  occurrences?: number;
}
const scanJson = async (repo: TempRepo, ...args: string[]) => {
  const r = await runCli(['scan', ...args, '--format', 'json'], { cwd: repo.dir });
  return { ...r, findings: r.stdout ? (JSON.parse(r.stdout).findings as JsonFinding[]) : [] };
};
const newRepo = repoFactory();

describe('scan --staged', () => {
  it('scans the index before the first commit, at the staged line numbers', async () => {
    const repo = newRepo();
    repo.write('config.env', `A=1\nB=2\nTOKEN=${githubTokens.githubPat('s1')}\n`);
    repo.git('add', 'config.env');
    const r = await scanJson(repo, '--staged');
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([['config.env', 3, 'github-pat']]);
  });

  it('reports what the index holds even after the work tree copy was cleaned', async () => {
    const repo = newRepo();
    repo.commit('init', { 'a.txt': 'hello\n' });
    repo.write('a.txt', `hello\nkey=${googleTokens.googleApiKey('s2')}\n`);
    repo.git('add', 'a.txt');
    repo.write('a.txt', 'hello\n');
    const r = await scanJson(repo, '--staged');
    expect(r.findings.map((f) => [f.file, f.line])).toEqual([['a.txt', 2]]);
    expect((await scanJson(repo)).findings).toEqual([]);
  });

  it('reports only added lines: a secret already committed in the same file is not blamed on this commit', async () => {
    const repo = newRepo();
    repo.commit('old leak', { 'app.js': `const a = "${githubTokens.githubPat('old')}";\n` });
    repo.write(
      'app.js',
      `const a = "${githubTokens.githubPat('old')}";\nconst b = "${googleTokens.googleApiKey('new')}";\n`,
    );
    repo.git('add', 'app.js');
    const r = await scanJson(repo, '--staged');
    expect(r.findings.map((f) => [f.line, f.ruleId])).toEqual([[2, 'google-api-key']]);
  });

  it('follows a rename and reports the new path; a clean staging exits 0', async () => {
    const repo = newRepo();
    repo.commit('init', { 'old/name.txt': 'one\ntwo\nthree\nfour\n' });
    repo.git('mv', 'old/name.txt', 'new name.txt');
    repo.write('new name.txt', `one\ntwo\nthree\nfour\nsecret=${googleTokens.googleApiKey('r')}\n`);
    repo.git('add', '-A');
    const r = await scanJson(repo, '--staged');
    expect(r.findings.map((f) => [f.file, f.line])).toEqual([['new name.txt', 5]]);
    repo.git('commit', '-qm', 'x');
    expect((await scanJson(repo, '--staged')).code).toBe(0);
  });
});

describe('scan --diff and --history', () => {
  const repo = newRepo();
  const leak = githubTokens.githubPat('hist');
  repo.commit('base', { 'README.md': 'hi\n' });
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  const added = repo.commit('add leak', { 'src/conf.js': `x\nconst t = "${leak}";\n` });
  repo.commit('touch file again', { 'src/conf.js': `x\nconst t = "${leak}";\ny\n`, 'copy.js': `t = "${leak}"\n` });
  repo.commit('remove leak', { 'src/conf.js': 'x\ny\n', 'copy.js': 'gone\n' });
  const head = repo.git('rev-parse', 'HEAD').trim();

  it('--diff BASE..HEAD reports each secret once, with the commit, author and date that added it', async () => {
    const r = await scanJson(repo, '--diff', `${base}..${head}`);
    expect(r.code).toBe(1);
    const conf = r.findings.find((f) => f.file === 'src/conf.js')!;
    expect(conf).toMatchObject({ line: 2, commit: added, author: 'Test Author <author@example.test>' });
    expect(conf.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(r.findings.map((f) => f.file).sort()).toEqual(['copy.js', 'src/conf.js']);
    const triple = await scanJson(repo, '--diff', `${base}...${head}`);
    expect(triple.findings.map((f) => f.file).sort()).toEqual(['copy.js', 'src/conf.js']);
  });

  it('--diff of a range that adds nothing is clean', async () => {
    expect((await scanJson(repo, '--diff', `${head}..${head}`)).code).toBe(0);
  });

  it('--history finds deleted secrets that a tree scan cannot see', async () => {
    expect((await scanJson(repo)).findings).toEqual([]);
    const r = await scanJson(repo, '--history');
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => f.file).sort()).toEqual(['copy.js', 'src/conf.js']);
  });

  it('--history covers HEAD only; --all covers every ref', async () => {
    repo.git('checkout', '-q', 'main');
    expect((await scanJson(repo, '--history')).findings).toEqual([]);
    expect((await scanJson(repo, '--history', '--all')).findings).toHaveLength(2);
    repo.git('checkout', '-q', 'feature');
  });

  it('names an unknown commit in a --diff range and exits 2', async () => {
    const r = await runCli(['scan', '--diff', `nosuchref..${head}`], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"nosuchref"');
  });
});

describe('history aggregation and merges', () => {
  it('reports the same secret in many commits once, at the first commit, with the count', async () => {
    const repo = newRepo();
    const t = googleTokens.googleApiKey('many');
    const first = repo.commit('c1', { 'k.env': `K=${t}\n` });
    // commits that leave the line alone do not re-add it; these rewrite the line, so each re-adds it
    for (let i = 0; i < 3; i++) repo.commit(`re${i}`, { 'k.env': `K${i}=${t}\n`, 'other.txt': `${i}` });
    const r = await scanJson(repo, '--history');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ commit: first, file: 'k.env' });
    expect(r.findings[0]!.occurrences).toBe(4);
  });

  it('scans both sides of a merge', async () => {
    const repo = newRepo();
    repo.commit('base', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit('side leak', { 'side.txt': `s=${googleTokens.googleApiKey('side')}\n` });
    repo.git('checkout', '-q', 'main');
    repo.commit('main leak', { 'main.txt': `m=${githubTokens.githubPat('main')}\n` });
    repo.git('merge', '-q', '--no-edit', 'side');
    const r = await scanJson(repo, '--history');
    expect(r.findings.map((f) => f.file).sort()).toEqual(['main.txt', 'side.txt']);
  });
});

describe('shallow clones', () => {
  const origin = newRepo();
  origin.commit('one', { 'a.txt': `k=${googleTokens.googleApiKey('deep')}\n` });
  origin.commit('two', { 'b.txt': 'b\n' });
  origin.commit('three', { 'c.txt': 'c\n' });
  const dir = path.join(tempDir(), 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, dir]);
  const clone = { dir } as TempRepo;

  it('refuses a vacuous clean: --history on a shallow clone exits 2 naming the boundary', async () => {
    const r = await runCli(['scan', '--history'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/shallow clone.*--allow-shallow/);
  });

  it('--allow-shallow scans what is there: the boundary commit shows its whole tree as added', async () => {
    const r = await scanJson(clone, '--history', '--allow-shallow');
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => f.file)).toEqual(['a.txt']);
  });

  it('--diff to a base missing from the clone exits 2', async () => {
    const first = origin.git('rev-list', '--max-parents=0', 'HEAD').trim();
    const r = await runCli(['scan', '--diff', `${first}..HEAD`], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('shallow');
  });
});

describe('MCP configs in git sources', () => {
  const literal = randomChars(ALNUM, 32, 'git-mcp');
  const config = (env: Record<string, string>) =>
    `${JSON.stringify({ mcpServers: { acme: { command: 'acme-mcp', env } } }, null, 2)}\n`;

  it('--diff and --history read a changed MCP config whole and report only the lines it adds', async () => {
    const repo = newRepo();
    const base = repo.commit('base', { '.mcp.json': config({ ACME_REGION: 'eu' }) });
    const leak = repo.commit('add key', { '.mcp.json': config({ ACME_REGION: 'eu', ACME_API_KEY: literal }) });
    repo.commit('unrelated edit', { '.mcp.json': config({ ACME_REGION: 'us', ACME_API_KEY: literal }) });
    const diff = await scanJson(repo, '--diff', `${base}..HEAD`);
    expect(diff.findings.map((f) => [f.ruleId, f.file, f.line, f.commit])).toEqual([
      ['mcp-literal-credential', '.mcp.json', 7, leak],
    ]);
    const history = await scanJson(repo, '--history');
    expect(history.findings.map((f) => [f.ruleId, f.commit])).toEqual([['mcp-literal-credential', leak]]);
  });

  it('--staged blocks a literal added to a Cursor config, with the MCP context', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': 'x\n' });
    repo.write('.cursor/mcp.json', config({ ACME_TOKEN: literal }));
    repo.git('add', '.cursor/mcp.json');
    const r = await runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: (JsonFinding & { mcp: unknown })[]; mcpConfigs: unknown[] };
    expect(out.findings[0]).toMatchObject({
      ruleId: 'mcp-literal-credential',
      file: '.cursor/mcp.json',
      line: 6,
      mcp: { client: 'Cursor', server: 'acme', slot: 'env.ACME_TOKEN' },
    });
    expect(out.mcpConfigs).toEqual([
      {
        file: '.cursor/mcp.json',
        client: 'Cursor',
        servers: [{ name: 'acme', references: 0, literals: 1, kind: 'unknown', tier: 'consider-carefully' }],
      },
    ]);
  });
});

describe('history split across git processes', () => {
  it('finds secrets from every share of a long history, each at its own commit', async () => {
    const repo = newRepo();
    const leaks = [githubTokens.githubPat('share-old'), githubTokens.githubPat('share-new')];
    // 450 commits through fast-import: enough for two diff-tree processes.
    let stream = '';
    for (let i = 1; i <= 450; i++) {
      const body = i === 20 ? `K=${leaks[0]}\n` : i === 430 ? `K=${leaks[1]}\n` : `n=${i}\n`;
      stream += `commit refs/heads/main\nmark :${i}\ncommitter T <t@example.test> ${1700000000 + i * 60} +0000\ndata 3\nc${i % 10}\n`;
      if (i > 1) stream += `from :${i - 1}\n`;
      stream += `M 100644 inline f${i % 7}.env\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream });
    repo.git('checkout', '-q', '-f', 'main');
    const r = await scanJson(repo, '--history');
    expect(r.code).toBe(1);
    const commits = repo.git('rev-list', '--reverse', 'HEAD').trim().split('\n');
    expect(r.findings.map((f) => f.commit).sort()).toEqual([commits[19], commits[429]].sort());
  });
});

describe('rotation', () => {
  it('git findings carry their age; old secrets still at HEAD are overdue, removed or recent ones are not', async () => {
    const repo = newRepo();
    const [oldKept, oldGone, recent] = ['rot-kept', 'rot-gone', 'rot-recent'].map((s) => githubTokens.githubPat(s));
    const day = 86_400;
    const now = Math.floor(Date.now() / 1000);
    // Commits of one fast-import stream on one branch chain on their own.
    const commit = (when: number, files: Record<string, string>) => {
      let s = `commit refs/heads/main\nauthor A <a@example.test> ${when} +0000\ncommitter A <a@example.test> ${when} +0000\ndata 2\nc\n`;
      for (const [f, body] of Object.entries(files))
        s += `M 100644 inline ${f}\ndata ${Buffer.byteLength(body)}\n${body}\n`;
      return s;
    };
    const stream = [
      commit(now - 400 * day, { 'kept.env': `K=${oldKept}\n`, 'gone.env': `K=${oldGone}\n` }),
      commit(now - 300 * day, { 'gone.env': 'K=${K}\n' }),
      commit(now - 10 * day, { 'recent.env': `K=${recent}\n` }),
    ].join('');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream });
    repo.git('checkout', '-q', '-f', 'main');
    const r = await runCli(['scan', '--history', '--format', 'json'], { cwd: repo.dir });
    const out = JSON.parse(r.stdout) as {
      findings: { file: string; ageDays: number; atHead: boolean }[];
      overdue: { file: string; ageDays: number }[];
    };
    const byFile = Object.fromEntries(out.findings.map((f) => [f.file, [f.ageDays, f.atHead]]));
    expect(byFile).toEqual({ 'kept.env': [400, true], 'gone.env': [400, false], 'recent.env': [10, true] });
    expect(out.overdue.map((o) => [o.file, o.ageDays])).toEqual([['kept.env', 400]]);
    const text = await runCli(['scan', '--history'], { cwd: repo.dir });
    expect(text.stdout).toMatch(/Overdue for rotation[\s\S]*kept\.env:1 github-pat \S+: 400 days old/);
  });
});
