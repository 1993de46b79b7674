import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

describe('mcp-leak-guard incident', () => {
  const repo = makeRepo();
  const pat = githubTokens.githubPat('incident');
  const key = googleTokens.googleApiKey('incident');
  const literal = randomChars(ALNUM, 32, 'incident-literal');
  repo.commit('leaks', {
    'app.env': `GH=${pat}\nMAPS=${key}\n`,
    '.mcp.json': JSON.stringify(
      { mcpServers: { slack: { command: 'slack-mcp', env: { SLACK_BOT_TOKEN: literal } } } },
      null,
      2,
    ),
  });

  it('from a JSON report: one checklist per provider, revoke page and audit log included, values redacted', async () => {
    const scan = await runCli(['scan', '.', '--format', 'json'], { cwd: repo.dir });
    const report = path.join(tempDir('mlg-incident-'), 'report.json');
    writeFileSync(report, scan.stdout);
    const r = await runCli(['incident', '--report', report, '--markdown'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const sections = r.stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(sections).toEqual(['## GitHub (1 credential)', '## Google (1 credential)', '## Slack (1 credential)']);
    expect(r.stdout).toContain('- [ ] Revoke now: https://github.com/settings/tokens');
    expect(r.stdout).toContain('- [ ] Check the audit log for use: https://github.com/settings/security-log');
    // The Slack literal was found by its MCP slot; its provider comes from the slot's name.
    expect(r.stdout).toMatch(/## Slack[\s\S]*Revoke now: https:\/\/api\.slack\.com\/apps/);
    expect(r.stdout).toMatch(/Reference it instead\. Claude Code: .*\$\{VAR\}/);
    for (const s of [pat, key, literal]) expect(r.stdout).not.toContain(s);
  });

  it('runs a scan itself when no report is given, and names a bad report', async () => {
    const r = await runCli(['incident', '.'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GitHub (1 credential)');
    expect(r.stdout).toContain('  [ ] Change related passwords');
    const bad = path.join(tempDir('mlg-incident-'), 'bad.json');
    writeFileSync(bad, 'not json');
    const e = await runCli(['incident', '--report', bad], { cwd: repo.dir });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain(bad);
  });

  it('says so when nothing leaked', async () => {
    const clean = makeRepo();
    clean.commit('clean', { 'a.txt': 'x\n' });
    const r = await runCli(['incident', '.'], { cwd: clean.dir });
    expect(r.stdout).toBe('No leaked credentials in this report.\n');
    clean.cleanup();
  });
});
