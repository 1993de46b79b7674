import { describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/cli.js';

describe('mcp-leak-guard rules', () => {
  it('lists the preset and own rules with unique ids', async () => {
    const r = await runCli(['rules', '--format', 'json'], { cwd: process.cwd() });
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string; severity: string }[];
    const ids = rules.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['github-pat', 'slack-bot-token', 'aws-access-key-id', 'google-api-key']),
    );
  });

  it('renders a Markdown table and rejects unknown formats', async () => {
    const md = await runCli(['rules', '--format', 'markdown'], { cwd: process.cwd() });
    expect(md.stdout.split('\n')[0]).toBe('| rule | category | severity | finds |');
    expect(md.stdout).toContain('| `github-pat` | secret | error |');
    expect((await runCli(['rules', '--format', 'xml'], { cwd: process.cwd() })).code).toBe(2);
  });
});
