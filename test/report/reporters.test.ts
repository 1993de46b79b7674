/**
 * Every reporter on one real scan (a temp folder with a provider token, an MCP literal and a
 * policy warning): SARIF against the official 2.1.0 schema, the JSON contract, text and
 * GitHub annotations (escaping included). No output may hold a full secret.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runCli, type CliRun } from '../helpers/cli.js';
import { makeRepo, type TempRepo } from '../helpers/repo.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';

// CommonJS packages: under NodeNext the class and plugin are their `default` export.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let repo: TempRepo;
const pat = githubTokens.githubPat('reporters');
const literal = randomChars(ALNUM, 32, 'reporters-literal');
const crafted = 'odd,name%0A::set-output name=x::y.env';
const outputs: Record<string, CliRun> = {};

beforeAll(async () => {
  repo = makeRepo();
  repo.write('src/app.js', `// config\nconst token = "${pat}";\n`);
  repo.write(
    '.mcp.json',
    JSON.stringify(
      { mcpServers: { acme: { command: 'npx', args: ['-y', '@acme/mcp'], env: { ACME_API_KEY: literal } } } },
      null,
      2,
    ),
  );
  repo.write(crafted, `GH=${githubTokens.githubPat('crafted')}\n`);
  for (const format of ['text', 'json', 'sarif', 'github']) {
    outputs[format] = await runCli(['scan', '.', '--format', format], { cwd: repo.dir, env: {} });
  }
});
afterAll(() => repo.cleanup());

describe('every reporter', () => {
  it('exits 1 and never prints a full secret', () => {
    for (const [format, out] of Object.entries(outputs)) {
      expect([format, out.code]).toEqual([format, 1]);
      expect(out.stdout).not.toContain(pat);
      expect(out.stdout).not.toContain(literal);
      expect(out.stderr).not.toContain(pat);
    }
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with locations, fingerprints and rule help', () => {
    const sarif = JSON.parse(outputs['sarif']!.stdout);
    // The schema is draft-04 and one of its patterns is not valid under the `u` flag.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const run = sarif.runs[0];
    const byRule = new Map(run.results.map((r: { ruleId: string }) => [r.ruleId, r]));
    const gh = byRule.get('github-pat') as {
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
    };
    expect(gh.locations[0]!.physicalLocation.region.startLine).toBe(2);
    expect(Object.values(gh.partialFingerprints)[0]).toMatch(/\S/);
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['github-pat', 'mcp-literal-credential', 'mcp-unpinned-server']));
    for (const r of run.tool.driver.rules) expect(r.help?.text ?? r.fullDescription?.text).toBeTruthy();
  });

  it('json: the contract object, with the MCP summary', () => {
    const out = JSON.parse(outputs['json']!.stdout);
    expect(out.version).toBe(1);
    const mcp = out.findings.find((f: { ruleId: string }) => f.ruleId === 'mcp-literal-credential');
    expect(mcp).toMatchObject({
      category: 'secret',
      severity: 'error',
      file: '.mcp.json',
      line: 10,
      mcp: { client: 'Claude Code', server: 'acme', slot: 'env.ACME_API_KEY' },
    });
    expect(Object.keys(mcp).sort()).toEqual(
      [
        'category',
        'column',
        'endColumn',
        'endLine',
        'file',
        'fingerprint',
        'line',
        'mcp',
        'message',
        'remediation',
        'ruleId',
        'secret',
        'severity',
      ].sort(),
    );
    expect(out.mcpConfigs).toEqual([
      {
        file: '.mcp.json',
        client: 'Claude Code',
        servers: [{ name: 'acme', references: 0, literals: 1, kind: 'unknown', tier: 'consider-carefully' }],
      },
    ]);
    expect(out.stats.files).toBeGreaterThanOrEqual(3);
  });

  it('text: grouped by file with file:line:col, no colour when not a terminal, the MCP summary', () => {
    const text = outputs['text']!.stdout;
    expect(text).not.toMatch(/\x1b\[/);
    expect(text).toMatch(/^src\/app\.js$/m);
    expect(text).toMatch(/^\s+2:\d+\s+error\s+github-pat/m);
    expect(text).toContain('.mcp.json (Claude Code): 1 server(s), 0 reference(s), 1 literal credential(s)');
    expect(text).toContain('    - acme: unknown (consider carefully)');
  });

  it('github: one escaped workflow command per finding; a crafted file name cannot inject a command', () => {
    const lines = outputs['github']!.stdout.trim().split('\n');
    expect(lines.length).toBe(JSON.parse(outputs['json']!.stdout).findings.length);
    for (const l of lines)
      expect(l).toMatch(
        /^::(?:error|warning) file=[^:]*,line=\d+,endLine=\d+(?:,col=\d+,endColumn=\d+)?,title=[^:]*::\S/,
      );
    const craftedLine = lines.find((l) => l.includes('odd%2Cname'))!;
    expect(craftedLine).toContain('file=odd%2Cname%250A%3A%3Aset-output name=x%3A%3Ay.env,');
    expect(lines.filter((l) => l.startsWith('::set-output'))).toEqual([]);
  });
});
