/**
 * The reusable org-scan workflow: it passes a workflow linter, its scripts take every expression
 * through env (never spliced into a script), and its jobs' steps, run in order as the runner would
 * (plan, one scan job per matrix entry, merge; checkout/upload/download done by the emulation
 * below), scan local repositories listed by a loopback GitHub API and produce the merged report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import micromatch from 'micromatch';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/repo.js';
import { FakeOrgApi, orgFixture, type OrgFixture } from './helpers.js';

const WORKFLOW = path.join(ROOT, '.github/workflows/org-scan.yml');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string | number | boolean>;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  needs?: string | string[];
  outputs?: Record<string, string>;
  strategy?: { matrix: string };
  steps: Step[];
}
type Ctx = Record<string, unknown>;

/** `${{ a.b-c.d }}` paths only: the workflow needs nothing more inside env, with and outputs. */
function substitute(text: string, ctx: Ctx): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
    let v: unknown = ctx;
    for (const part of expr.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
    if (v === undefined) throw new Error(`the emulation has no value for ${expr}`);
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** A `run:` step as the runner starts it; asynchronous, so the loopback API in this process can answer. */
function bash(script: string, opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      ...opts,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

class Runner {
  readonly artifacts: string;
  constructor(
    private readonly root: string,
    private readonly baseEnv: NodeJS.ProcessEnv,
  ) {
    this.artifacts = path.join(root, 'artifacts');
    mkdirSync(this.artifacts);
  }

  async run(
    name: string,
    job: Job,
    ctx: Ctx,
  ): Promise<{ outputs: Record<string, string>; failed: boolean; summary: string; workspace: string }> {
    const workspace = tempDir(`mlg-wf-${name}-`);
    const summary = path.join(workspace, '..', `${path.basename(workspace)}-summary.md`);
    writeFileSync(summary, '');
    const steps: Record<string, { outputs: Record<string, string> }> = {};
    let failed = false;
    for (const step of job.steps) {
      const c = { ...ctx, steps };
      const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), c)]));
      if (step.uses?.startsWith('actions/checkout@')) {
        expect(w['path']).toBe('.mcp-leak-guard');
        symlinkSync(ROOT, path.join(workspace, w['path']!));
      } else if (step.uses?.startsWith('actions/setup-node@')) {
        continue;
      } else if (step.uses?.startsWith('actions/upload-artifact@')) {
        const dest = path.join(this.artifacts, w['name']!);
        const globs = w['path']!.split('\n').filter(Boolean);
        for (const g of globs) {
          const base = g.includes('*') ? path.dirname(g) : g;
          const files = existsSync(path.join(workspace, base))
            ? filesUnder(path.join(workspace, base)).map((f) => path.join(base, f))
            : [];
          for (const f of g.includes('*') ? micromatch(files, g) : files)
            cpSync(path.join(workspace, f), path.join(dest, f));
        }
      } else if (step.uses?.startsWith('actions/download-artifact@')) {
        for (const a of readdirSync(this.artifacts).filter((n) => micromatch.isMatch(n, w['pattern']!)))
          cpSync(path.join(this.artifacts, a), path.join(workspace, w['path']!, a), { recursive: true });
      } else if (step.run !== undefined) {
        const outFile = path.join(workspace, '..', `${path.basename(workspace)}-${step.id ?? 'step'}-output`);
        writeFileSync(outFile, '');
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), c)]));
        const status = await bash(step.run, {
          cwd: workspace,
          env: {
            ...this.baseEnv,
            ...env,
            GITHUB_OUTPUT: outFile,
            GITHUB_STEP_SUMMARY: summary,
            RUNNER_TEMP: path.join(workspace, '..', `${path.basename(workspace)}-tmp`),
          },
        });
        if (status !== 0) failed = true;
        const outputs = Object.fromEntries(
          readFileSync(outFile, 'utf8')
            .split('\n')
            .filter((l) => l.includes('='))
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        );
        if (step.id) steps[step.id] = { outputs };
      } else throw new Error(`the emulation does not know step ${JSON.stringify(step)}`);
    }
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([k, v]) => [k, substitute(v, { ...ctx, steps })]),
    );
    return { outputs, failed, summary: readFileSync(summary, 'utf8'), workspace };
  }
}

describe('.github/workflows/org-scan.yml', () => {
  const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { default?: unknown }> } };
    jobs: Record<string, Job>;
  };
  let fx: OrgFixture;
  let api: FakeOrgApi;
  let apiUrl: string;
  beforeAll(async () => {
    fx = orgFixture('org-workflow');
    const repo = (name: string, url: string, size: number) => ({ full_name: `acme/${name}`, clone_url: url, size });
    api = new FakeOrgApi([
      [repo('leaky', fx.repos['leaky']!, 300), repo('clean', fx.repos['clean']!, 200)],
      [repo('also-leaky', fx.repos['also-leaky']!, 100)],
    ]);
    apiUrl = await api.start();
  });
  afterAll(async () => {
    await api.stop();
    fx.cleanup();
  });

  it('passes the workflow linter', () => {
    const bin = path.join(ROOT, 'node_modules/.bin/action-validator');
    const r = spawnSync(bin, [WORKFLOW], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('never splices an expression into a script', () => {
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps) if (step.run) expect(step.run).not.toContain('${{');
  });

  it('runs plan, the matrix and merge on local repositories', async () => {
    const inputs = Object.fromEntries(Object.entries(workflow.on.workflow_call.inputs).map(([k, v]) => [k, v.default]));
    const token = 'test-token-not-a-credential';
    const ctx = { inputs: { ...inputs, org: 'acme', shards: 2 }, secrets: { token, 'org-key': 'workflow-test-key' } };
    const root = tempDir('mlg-wf-');
    const runner = new Runner(root, { PATH: process.env['PATH'], HOME: process.env['HOME'], GITHUB_API_URL: apiUrl });
    const plan = await runner.run('plan', workflow.jobs['plan']!, ctx);
    expect(plan.failed).toBe(false);
    const matrix = JSON.parse(plan.outputs['matrix']!) as { include: { shard: string; repos: string }[] };
    expect(matrix.include.map((m) => m.repos)).toEqual(['acme/leaky', 'acme/also-leaky,acme/clean']);
    // Matrix jobs run side by side, as on GitHub.
    const scans = await Promise.all(
      matrix.include.map((m, i) =>
        runner.run('scan', workflow.jobs['scan']!, { ...ctx, matrix: m, strategy: { 'job-index': String(i) } }),
      ),
    );
    expect(scans.map((s) => s.failed)).toEqual([false, false]);
    expect(readdirSync(runner.artifacts).sort()).toEqual(['reports-0', 'reports-1']);
    expect(readdirSync(path.join(runner.artifacts, 'reports-0', 'reports'))).toEqual([
      'acme__leaky.json',
      'acme__leaky.sarif',
    ]);
    const merge = await runner.run('merge', workflow.jobs['merge']!, {
      ...ctx,
      needs: { plan: { outputs: plan.outputs } },
    });
    expect(merge.failed).toBe(true); // the last step fails the job on the leaks, after the report is written
    expect(merge.outputs['findings']).toBe('1');
    expect(merge.summary).toContain('3 repositories: 2 findings, 1 distinct secrets (1 in several repositories)');
    const uploaded = path.join(runner.artifacts, 'org-report');
    expect(filesUnder(uploaded).sort()).toEqual([
      'org-report/org-report.html',
      'org-report/org-report.json',
      'org-report/sarif/acme__also-leaky.sarif',
      'org-report/sarif/acme__clean.sarif',
      'org-report/sarif/acme__leaky.sarif',
    ]);
    for (const f of filesUnder(uploaded)) expect(readFileSync(path.join(uploaded, f), 'utf8')).not.toContain(fx.secret);
    expect(api.requests.every((q) => q.auth === `Bearer ${token}`)).toBe(true);
  });
});
