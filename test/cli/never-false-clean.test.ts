/**
 * Through the CLI on real repositories: the per-rule cap comes after the baseline and added-lines
 * filters, baselines hold salted hashes (and old ones still load), suppressions are listed, and
 * names from the scanned files cannot drive the terminal or the runner.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_REPORTED_PER_RULE } from '../../src/core/findings.js';
import { runCli } from '../helpers/cli.js';
import { repoFactory, tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const newRepo = repoFactory();

describe('the per-rule cap', () => {
  it('applies after the baseline: one new token among a thousand accepted ones blocks the commit', async () => {
    const repo = newRepo();
    const old = Array.from(
      { length: MAX_REPORTED_PER_RULE },
      (_, i) => `k${i} = "${googleTokens.googleApiKey(`fx-${i}`)}"`,
    );
    repo.commit('fixtures', { 'fixtures/keys.txt': `${old.join('\n')}\n` });
    const baseline = path.join(tempDir(), 'baseline.json');
    expect((await runCli(['baseline', '-o', baseline], { cwd: repo.dir })).code).toBe(0);
    const fresh = googleTokens.googleApiKey('the-new-one');
    repo.write('fixtures/keys.txt', `${old.join('\n')}\nnew = "${fresh}"\n`);
    repo.git('add', 'fixtures/keys.txt');
    const r = await runCli(['scan', '--staged', '--baseline', baseline, '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { line: number }[] };
    expect(out.findings.map((f) => f.line)).toEqual([MAX_REPORTED_PER_RULE + 1]);
  });

  it('still caps what is reported, with a note saying how many more', async () => {
    const repo = newRepo();
    const n = MAX_REPORTED_PER_RULE + 7;
    repo.write(
      'dump.txt',
      Array.from({ length: n }, (_, i) => `k${i} = "${googleTokens.googleApiKey(`d-${i}`)}"`).join('\n'),
    );
    const r = await runCli(['scan', '--format', 'json'], { cwd: repo.dir });
    const out = JSON.parse(r.stdout) as { findings: unknown[]; notes: { message: string }[] };
    expect(out.findings).toHaveLength(MAX_REPORTED_PER_RULE);
    expect(out.notes.map((x) => x.message)).toContain(
      `${n} findings of google-api-key: the first ${MAX_REPORTED_PER_RULE} are reported, 7 more are not`,
    );
  });
});

describe('baseline fingerprints', () => {
  const secret = githubTokens.githubPat('salted');
  const repo = newRepo();
  repo.commit('init', { 'app.env': `GH=${secret}\n` });

  it('are HMACs keyed with a random salt the baseline keeps, not sha256 of the secret', async () => {
    const file = path.join(tempDir(), 'b.json');
    expect((await runCli(['baseline', '-o', file], { cwd: repo.dir })).code).toBe(0);
    const b = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      salt: string;
      findings: { fingerprint: string }[];
    };
    expect(b.version).toBe(2);
    expect(b.salt).toMatch(/^[0-9a-f]{64}$/);
    const hash = b.findings[0]!.fingerprint.split(':').at(-1);
    expect(hash).not.toBe(createHash('sha256').update(secret).digest('hex').slice(0, 16));
    expect(hash).toBe(createHmac('sha256', b.salt).update(secret).digest('hex').slice(0, 16));
    // Rewriting keeps the salt, so the file does not churn; the scan honours it.
    expect((await runCli(['baseline', '-o', file], { cwd: repo.dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).salt).toBe(b.salt);
    const r = await runCli(['scan', '--baseline', file], { cwd: repo.dir });
    expect([r.code, r.stdout]).toEqual([0, expect.stringContaining('1 in baseline')]);
  });

  it('of a baseline written before salts still match, with a note asking to rewrite it', async () => {
    const file = path.join(tempDir(), 'old.json');
    const legacy = createHash('sha256').update(secret).digest('hex').slice(0, 16);
    const v1 = {
      version: 1,
      tool: 'mcp-leak-guard',
      findings: [
        { fingerprint: `worktree:app.env:github-pat:${legacy}`, ruleId: 'github-pat', file: 'app.env', line: 1 },
      ],
    };
    writeFileSync(file, JSON.stringify(v1));
    const r = await runCli(['scan', '--baseline', file], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 in baseline');
    expect(r.stdout).toContain(`unsalted`);
    expect(r.stdout).toContain(`mcp-leak-guard baseline -o ${file}`);
  });
});

describe('names from the scanned files in human formats', () => {
  const ESC = '\x1b';
  const crafted = `clear${ESC}[2J\n::error file=x.js::forged\n::add-mask::y.env`;

  it('text: control characters are shown escaped, so no line starts a workflow command', async () => {
    const t = githubTokens.githubPat('crafted-name');
    const server = `srv${ESC}]8;;https://evil.test${ESC}\\\n::warning::injected`;
    const mcp = JSON.stringify({ mcpServers: { [server]: { command: 'npx', env: { GITHUB_TOKEN: t } } } });
    for (const [p, text] of [
      [crafted, `GH=${t}\n`],
      ['.mcp.json', mcp],
    ]) {
      const r = await runCli(['scan', '--stdin', '--path', p!], { cwd: tempDir(), stdin: text! });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain(ESC);
      expect(r.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
      expect(r.stdout).toContain('\\x1b');
    }
  });

  it('github: no ESC in file= or titles, and nothing starts a second command', async () => {
    const t = githubTokens.githubPat('crafted-gh');
    const r = await runCli(['scan', '--stdin', '--path', crafted, '--format', 'github'], {
      cwd: tempDir(),
      stdin: `GH=${t}\n`,
    });
    expect(r.stdout).not.toContain(ESC);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::error file=clear\[2J%0A%3A%3Aerror file=x\.js%3A%3Aforged%0A%3A%3Aadd-mask%3A%3Ay\.env,/,
    );
  });

  it('lists suppressions in text and JSON', async () => {
    const t = githubTokens.githubPat('suppressed-cli');
    const text = `# mcp-leak-guard:allow-next-line\nGH=${t}\n`;
    const json = await runCli(['scan', '--stdin', '--path', 'a.env', '--format', 'json'], {
      cwd: tempDir(),
      stdin: text,
    });
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { suppressed: unknown[]; stats: { suppressed: number } };
    expect(out.suppressed).toEqual([
      { file: 'a.env', line: 2, ruleId: 'github-pat', directive: 'mcp-leak-guard:allow-next-line', directiveLine: 1 },
    ]);
    expect(out.stats.suppressed).toBe(1);
    const plain = await runCli(['scan', '--stdin', '--path', 'a.env'], { cwd: tempDir(), stdin: text });
    expect(plain.stdout).toContain('a.env:2 github-pat (mcp-leak-guard:allow-next-line on line 1)');
    expect(plain.stdout).toContain('1 suppressed inline');
  });
});
