/**
 * Runs the Action bundle the way a runner does: `INPUT_*` variables with the defaults from
 * action.yml, an event payload file, a depth-1 clone of a temp "origin" as the workspace, the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a loopback server
 * that answers like the GitHub REST API for issue comments and records every request.
 */
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { makeRepo, tempDir, type TempRepo } from '../helpers/repo.js';

export const ACTION_BUNDLE = path.join(ROOT, 'dist/index.js');

/** action.yml's inputs with their defaults, as the runner passes them. */
export function defaultInputs(): Record<string, string> {
  const manifest = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
}

export interface ApiRequest {
  method: string;
  url: string;
  body: unknown;
}

const BOT = 'github-actions[bot]';

/** A loopback stand-in for api.github.com: issue comments, in memory. */
export class FakeGitHub {
  requests: ApiRequest[] = [];
  /** Comments of the pull request; `user` is the author's login (default: the Actions bot). */
  comments: { id: number; body: string; user?: string }[] = [];
  /** Answer writes with 403, as for a fork's read-only token. */
  readOnly = false;
  private server: Server | undefined;
  private nextId = 100;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        const body = raw ? (JSON.parse(raw) as { body?: string }) : undefined;
        this.requests.push({ method: req.method ?? '', url: req.url ?? '', body });
        const send = (status: number, data: unknown): void => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(data));
        };
        const url = new URL(req.url ?? '/', 'http://x');
        if (req.method === 'GET' && /^\/repos\/o\/r\/issues\/\d+\/comments$/.test(url.pathname)) {
          return send(
            200,
            this.comments.map((c) => ({ id: c.id, body: c.body, user: { login: c.user ?? BOT } })),
          );
        }
        // GITHUB_TOKEN cannot read its own user, as on GitHub.
        if (req.method === 'GET' && url.pathname === '/user') {
          return send(403, { message: 'Resource not accessible by integration' });
        }
        if (this.readOnly && (req.method === 'POST' || req.method === 'PATCH')) {
          return send(403, { message: 'Resource not accessible by integration' });
        }
        if (req.method === 'POST' && /^\/repos\/o\/r\/issues\/\d+\/comments$/.test(url.pathname)) {
          const c = { id: this.nextId++, body: body?.body ?? '' };
          this.comments.push(c);
          return send(201, c);
        }
        const patch = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
        if (req.method === 'PATCH' && patch) {
          const c = this.comments.find((x) => x.id === Number(patch[1]));
          if (!c) return send(404, { message: 'Not Found' });
          // Only its author may edit a comment.
          if ((c.user ?? BOT) !== BOT) return send(403, { message: 'Resource not accessible by integration' });
          c.body = body?.body ?? '';
          return send(200, c);
        }
        send(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** An "origin" (bare, allowing fetch by SHA as GitHub does) fed from a working repository. */
export interface Origin {
  work: TempRepo;
  bare: string;
  push(...refs: string[]): void;
  /** A clone of `branch` (depth 1 unless given: actions/checkout's default), the workspace. */
  checkout(branch?: string, depth?: number): string;
  /** Runs git in the origin (e.g. `update-ref -d`: the commits stay fetchable by id, as on GitHub). */
  gitOrigin(...args: string[]): string;
  cleanup(): void;
}

export function makeOrigin(): Origin {
  const work = makeRepo();
  const bare = tempDir('mlg-origin-');
  const dirs: string[] = [bare];
  work.git('init', '-q', '--bare', bare);
  work.git('-C', bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  work.git('remote', 'add', 'origin', bare);
  return {
    work,
    bare,
    push: (...refs) => void work.git('push', '-q', '-f', 'origin', ...refs),
    checkout(branch = 'main', depth = 1) {
      const dir = tempDir('mlg-workspace-');
      dirs.push(dir);
      const shallow = depth > 0 ? [`--depth=${depth}`] : [];
      if (!branch.startsWith('refs/')) {
        work.git('clone', '-q', ...shallow, '--no-tags', '--branch', branch, `file://${bare}`, dir);
        return dir;
      }
      // A ref such as refs/pull/7/merge, checked out detached as actions/checkout does for a PR.
      work.git('init', '-q', dir);
      work.git('-C', dir, 'remote', 'add', 'origin', `file://${bare}`);
      work.git('-C', dir, 'fetch', '-q', '--no-tags', ...shallow, 'origin', `+${branch}:refs/remotes/pull/merge`);
      work.git('-C', dir, 'checkout', '-q', '--detach', 'refs/remotes/pull/merge');
      return dir;
    },
    gitOrigin: (...args) => work.git('-C', bare, ...args),
    cleanup() {
      work.cleanup();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

let clock = 1_700_000_000;

/**
 * `n` commits on `branch`, the first one's parent `from`, made by one `git fast-import` (thousands
 * per second, where `git commit` manages tens). Commit `i` (1-based) writes `change(i)`. The work
 * tree is left on `branch`. Returns the new tip.
 */
export function addCommits(
  work: TempRepo,
  branch: string,
  from: string,
  n: number,
  change: (i: number) => { path: string; text: string } = (i) => ({ path: `n${i % 5}.txt`, text: `n=${i}\n` }),
): string {
  let stream = '';
  for (let i = 1; i <= n; i++) {
    const { path: file, text } = change(i);
    stream += `commit refs/heads/${branch}\ncommitter T <t@example.test> ${(clock += 60)} +0000\ndata 2\nc\n`;
    if (i === 1) stream += `from ${from}\n`;
    stream += `M 100644 inline ${file}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: work.dir, input: stream });
  work.git('checkout', '-q', '-f', branch);
  return work.git('rev-parse', branch).trim();
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runAction(opts: {
  workspace: string;
  event: string;
  payload: object;
  apiUrl: string;
  inputs?: Record<string, string>;
  /** Extra environment (e.g. a verification stand-in's address). */
  env?: NodeJS.ProcessEnv;
}): Promise<ActionRun> {
  const dir = tempDir('mlg-runner-');
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...defaultInputs(), 'github-token': 'test-token-value', ...opts.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_REPOSITORY: 'o/r',
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  // The runner passes `github-token` as INPUT_GITHUB-TOKEN: upper case, spaces to underscores.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [ACTION_BUNDLE],
      { cwd: opts.workspace, env, maxBuffer: 1 << 26 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
  const run = { ...result, outputs: readOutputs(outputPath), summary: readFileSync(summaryPath, 'utf8') };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/**
 * One fake GitHub API for a test file (started before, stopped after, its records cleared after
 * each test) and the origins the file makes, removed at the end.
 */
export function actionSuite(): { api: FakeGitHub; apiUrl: string; newOrigin(): Origin } {
  const origins: Origin[] = [];
  const suite = {
    api: new FakeGitHub(),
    apiUrl: '',
    newOrigin(): Origin {
      const o = makeOrigin();
      origins.push(o);
      return o;
    },
  };
  beforeAll(async () => {
    suite.apiUrl = await suite.api.start();
  });
  afterAll(async () => {
    await suite.api.stop();
    origins.forEach((o) => o.cleanup());
  });
  afterEach(() => {
    suite.api.requests = [];
    suite.api.comments = [];
    suite.api.readOnly = false;
  });
  return suite;
}
