/** Organisation-scan fixtures: local repositories of every kind, and the bundle run asynchronously. */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE } from '../helpers/cli.js';
import { makeRepo, tempDir, type TempRepo } from '../helpers/repo.js';
import { githubTokens as tokens } from '../helpers/tokens/github.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The built CLI as a child process, without blocking this process (a loopback API may answer it). */
export function runBundleAsync(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

export interface OrgFixture {
  dir: string;
  /** name -> local path (a work tree, or a bare repository for `empty` and `corrupt`) */
  repos: Record<string, string>;
  /** The one token planted (in `leaky` and again in `also-leaky`). */
  secret: string;
  leaky: TempRepo;
  clean: TempRepo;
  cleanup(): void;
}

/** leaky (a token in an MCP config), also-leaky (the same token elsewhere), clean, empty, corrupt. */
export function orgFixture(seed = 'org'): OrgFixture {
  const dir = tempDir('mlg-org-');
  const secret = tokens.githubPat(seed);
  const leaky = makeRepo();
  leaky.commit('add mcp config', {
    '.mcp.json': JSON.stringify({
      mcpServers: { github: { command: 'npx', env: { GITHUB_PERSONAL_ACCESS_TOKEN: secret } } },
    }),
  });
  leaky.commit('docs', { 'README.md': 'tools\n' });
  const alsoLeaky = makeRepo();
  alsoLeaky.commit('ci', { 'deploy/env.sh': `export GH_TOKEN=${secret}\n` });
  const clean = makeRepo();
  clean.commit('one', { 'src/a.ts': 'export const a = 1;\n' });
  const empty = makeRepo({ init: false });
  empty.git('init', '-q', '--bare');
  const corrupt = makeRepo();
  corrupt.commit('one', { 'x.txt': 'some text\n' });
  corrupt.commit('two', { 'y.txt': 'more text\n' });
  // Remove every loose blob: the refs still point at commits whose trees name missing objects.
  const objects = path.join(corrupt.dir, '.git/objects');
  for (const blob of corrupt.git('rev-list', '--objects', '--all').split('\n').filter(Boolean)) {
    const [sha, name] = blob.split(' ');
    if (!name || !sha) continue;
    const loose = path.join(objects, sha.slice(0, 2), sha.slice(2));
    try {
      unlinkSync(loose);
    } catch {
      /* packed or already gone */
    }
  }
  const repos = {
    leaky: leaky.dir,
    'also-leaky': alsoLeaky.dir,
    clean: clean.dir,
    empty: empty.dir,
    corrupt: corrupt.dir,
  };
  return {
    dir,
    repos,
    secret,
    leaky,
    clean,
    cleanup() {
      for (const r of [leaky, alsoLeaky, clean, empty, corrupt]) r.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every report file (JSON and SARIF) under `dir`, clones excepted, as text. */
export function reportTexts(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath, e.name);
    if (e.isFile() && !full.includes(`${path.sep}.clones${path.sep}`) && /\.(json|sarif|html|md|txt)$/.test(e.name))
      out.push(readFileSync(full, 'utf8'));
  }
  return out;
}

export interface Logged {
  url: string;
  auth: string | undefined;
}

/** A loopback stand-in for GET /orgs/{org}/repos: two pages, and a secondary rate limit first. */
export class FakeOrgApi {
  requests: Logged[] = [];
  private server: Server | undefined;
  private limited = false;
  constructor(private readonly pages: object[][]) {}
  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.requests.push({ url: url.pathname + url.search, auth: req.headers.authorization });
      if (!this.limited) {
        this.limited = true;
        res.writeHead(403, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }));
        return;
      }
      if (url.pathname !== '/orgs/acme/repos') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Not Found' }));
        return;
      }
      const page = Number(url.searchParams.get('page') ?? '1');
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (page < this.pages.length)
        headers['link'] =
          `<http://127.0.0.1:${this.port()}/orgs/acme/repos?type=all&per_page=100&page=${page + 1}>; rel="next"`;
      res.writeHead(200, headers);
      res.end(JSON.stringify(this.pages[page - 1] ?? []));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${this.port()}`;
  }
  port(): number {
    const a = this.server!.address();
    return typeof a === 'object' && a ? a.port : 0;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }
}
