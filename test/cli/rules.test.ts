import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';

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
    expect(md.stdout.split('\n')[0]).toBe('| rule | category | severity | finds | gitleaks | trufflehog |');
    expect(md.stdout).toContain('| `github-pat` | secret | error |');
    // Peer columns for an own rule and a preset rule: gitleaks rule ids, then trufflehog detectors.
    expect(md.stdout).toMatch(/^\| `aws-secret-access-key` \|.*\| `aws-access-token` \| `aws` \|$/m);
    expect(md.stdout).toMatch(/^\| `github-pat` \|.*\| `github-pat` \| `github` \|$/m);
    expect((await runCli(['rules', '--format', 'xml'], { cwd: process.cwd() })).code).toBe(2);
  });
});

describe('generated tables', () => {
  const block = (file: string, name: string): string =>
    new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(
      readFileSync(path.join(ROOT, file), 'utf8'),
    )?.[1] ?? '(markers missing)';

  it.each([
    ['rules', 'docs/rules.md'],
    ['clients', 'docs/clients.md'],
  ])('the %s table in %s is what the CLI generates (run npm run readme)', async (name, file) => {
    const r = await runCli([name, '--format', 'markdown'], { cwd: ROOT });
    expect(block(file, name)).toBe(r.stdout);
  });

  it('the README links the generated tables instead of holding them', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/<!-- (rules|clients):start -->/);
    expect(readme).toContain('(docs/rules.md)');
    expect(readme).toContain('(docs/clients.md)');
  });

  it('clients lists every client with its sources and their confidence, in JSON too', async () => {
    const r = await runCli(['clients', '--format', 'json'], { cwd: ROOT });
    const clients = JSON.parse(r.stdout) as { name: string; sources: { url: string; confidence: string }[] }[];
    expect(clients.length).toBeGreaterThanOrEqual(38);
    for (const c of clients) {
      expect(c.sources.length).toBeGreaterThan(0);
      for (const s of c.sources) {
        expect(s.url).toMatch(/^https:\/\//);
        expect(['vendor docs', 'source code', 'second-hand']).toContain(s.confidence);
      }
    }
  });
});

describe('README Action inputs', () => {
  it('lists every input of action.yml with its default (run scripts/readme.mjs)', async () => {
    const { actionInputsTable } = (await import(path.join(ROOT, 'scripts/action-inputs.mjs'))) as {
      actionInputsTable: (yml: string) => string;
    };
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- action-inputs:start -->\n([\s\S]*?)<!-- action-inputs:end -->/.exec(readme)?.[1];
    expect(block).toBe(actionInputsTable(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')));
  });
});
