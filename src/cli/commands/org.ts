/**
 * `mcp-leak-guard org plan|scan`: every repository of an organisation (GitHub API) or of a list,
 * on this machine (`scan --jobs N`) or spread over a GitHub Actions matrix (`plan --shards N`, then
 * `scan --shard K/N` or `--only` in each job, then `merge`).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FailOn } from '../../core/findings.js';
import { InputError } from '../../runtime/config-file.js';
import { bundleEntry } from '../../runtime/parallel.js';
import { listOrgRepos } from '../../org/github-repos.js';
import { matrixOf, parseShard, planShards } from '../../org/plan.js';
import { readRepoList } from '../../org/repo-list.js';
import { orgScan, type OrgProgress } from '../../org/runner.js';
import { scanRepo } from '../../org/scan-repo.js';
import { orgKey } from '../../org/secret-id.js';
import type { RepoRef } from '../../org/types.js';
import { UsageError, type CliIO } from '../io.js';
import { parseVerifyFlags, VERIFY_OPTIONS, VERIFY_USAGE } from '../verify.js';

export const ORG_USAGE = `Usage: mcp-leak-guard org plan|scan [options]

Repositories (one):
  --org NAME              every repository of a GitHub organisation or user (GitHub API)
  --repos FILE            clone URLs or local paths, one a line (# comments)
      --include-archived  archived repositories too (skipped by default)
      --include-forks     forks too (skipped by default)
      --token TOKEN       GitHub token (default: the GITHUB_TOKEN environment variable)

org plan [--shards N]     print a GitHub Actions matrix (JSON) that balances the repositories
                          over N jobs (at most 256) by size
org scan --out DIR        clone each repository bare (all branches and tags), scan its whole
                          history, write DIR/<owner>__<name>.json (and .sarif)
      --jobs N            repositories scanned at once (default: the core count)
      --shard K/N         only shard K of the plan for N shards
      --only A,B          only these repositories (names as in the plan's "repos")
      --clones DIR        where the bare clones are kept between runs (default DIR/.clones)
  -c, --config FILE       config applied to every repository (their own configs are not read)
      --force             rescan repositories whose report is up to date
${VERIFY_USAGE}      --fail-on LEVEL     error | warning | never (default error)

A rerun skips repositories whose report is there for the same branch and tag heads. The GitHub
API is GITHUB_API_URL (default https://api.github.com); tokens are sent to GITHUB_SERVER_URL
(default https://github.com) clones only. MCP_LEAK_GUARD_ORG_KEY keys the secret ids that let
\`merge\` count a credential found in several repositories once (set it as a secret).

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error or a repository that could
not be scanned (the others are still scanned and reported).
`;

const OPTIONS = {
  org: { type: 'string' },
  repos: { type: 'string' },
  'include-archived': { type: 'boolean' },
  'include-forks': { type: 'boolean' },
  token: { type: 'string' },
  shards: { type: 'string' },
  out: { type: 'string' },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  only: { type: 'string' },
  clones: { type: 'string' },
  config: { type: 'string', short: 'c' },
  force: { type: 'boolean' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...VERIFY_OPTIONS,
  // scan-repo (the child process of `org scan`)
  'git-dir': { type: 'string' },
  name: { type: 'string' },
  url: { type: 'string' },
  digest: { type: 'string' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function positiveInt(text: string | undefined, flag: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`${flag} takes a whole number from 1 to ${max}, got "${text}"`);
  return Number(text);
}

async function repositories(v: Values, io: CliIO): Promise<{ repos: RepoRef[]; scope: string }> {
  if ((v.org === undefined) === (v.repos === undefined)) throw new UsageError('give one of --org NAME or --repos FILE');
  if (v.repos !== undefined)
    return {
      repos: await readRepoList(path.resolve(io.cwd, v.repos), io.cwd),
      scope: `repos:${path.resolve(io.cwd, v.repos)}`,
    };
  const { repos, skipped } = await listOrgRepos({
    org: v.org!,
    apiUrl: io.env['GITHUB_API_URL'] || 'https://api.github.com',
    includeArchived: Boolean(v['include-archived']),
    includeForks: Boolean(v['include-forks']),
    ...(token(v, io) ? { token: token(v, io)! } : {}),
    onWait: (secs, why) => io.stderr.write(`mcp-leak-guard org: GitHub ${why}: waiting ${secs} s\n`),
  });
  if (skipped.archived || skipped.forks)
    io.stderr.write(
      `mcp-leak-guard org: skipped ${skipped.archived} archived and ${skipped.forks} forked repositories (--include-archived, --include-forks)\n`,
    );
  return { repos, scope: `org:${v.org!.toLowerCase()}` };
}

const token = (v: Values, io: CliIO): string | undefined => v.token ?? (io.env['GITHUB_TOKEN'] || undefined);

export async function orgCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parse(argv);
  const sub = positionals[0];
  if (v.help || sub === undefined) {
    io.stdout.write(ORG_USAGE);
    return v.help ? 0 : 2;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  if (sub === 'plan') return plan(v, io);
  if (sub === 'scan') return scan(v, io);
  if (sub === 'scan-repo') return scanRepoChild(v, io);
  throw new UsageError(`unknown org command "${sub}" (plan or scan)`);
}

async function plan(v: Values, io: CliIO): Promise<number> {
  const shards = positiveInt(v.shards, '--shards', 1, 256);
  const { repos } = await repositories(v, io);
  io.stdout.write(`${JSON.stringify(matrixOf(planShards(repos, shards)))}\n`);
  return 0;
}

async function scan(v: Values, io: CliIO): Promise<number> {
  if (!v.out) throw new UsageError('org scan needs --out DIR');
  const failOn = (v['fail-on'] ?? 'error') as FailOn;
  if (!['error', 'warning', 'never', 'live'].includes(failOn))
    throw new UsageError(`--fail-on must be error, warning, never or live, got "${failOn}"`);
  if (v.shard !== undefined && v.only !== undefined) throw new UsageError('choose one of --shard and --only');
  const jobs = positiveInt(v.jobs, '--jobs', availableParallelism(), 64);
  const verify = parseVerifyFlags(v, failOn);
  const entry = bundleEntry();
  if (!entry) throw new InputError('org scan runs from the built CLI (dist/cli.js)');
  const listed = await repositories(v, io);
  const scope = listed.scope;
  let repos = listed.repos;
  if (v.shard !== undefined) {
    const shard = parseShard(v.shard);
    if (!shard) throw new UsageError(`--shard takes K/N with 1 <= K <= N <= 256, got "${v.shard}"`);
    repos = planShards(repos, shard.total)[shard.index - 1]!.repos;
  } else if (v.only !== undefined) {
    const wanted = new Set(
      v.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    const unknown = [...wanted].filter((n) => !repos.some((r) => r.name === n));
    if (unknown.length)
      throw new InputError(`--only names repositories that are not in the list: ${unknown.join(', ')}`);
    repos = repos.filter((r) => wanted.has(r.name));
  }
  const out = path.resolve(io.cwd, v.out);
  const summary = await orgScan({
    repos,
    out,
    clones: path.resolve(io.cwd, v.clones ?? path.join(v.out, '.clones')),
    jobs,
    auth: {
      serverUrl: io.env['GITHUB_SERVER_URL'] || 'https://github.com',
      ...(token(v, io) ? { token: token(v, io)! } : {}),
    },
    key: orgKey(io.env, scope),
    cliPath: fileURLToPath(entry),
    ...(v.config ? { config: path.resolve(io.cwd, v.config) } : {}),
    ...(v.force ? { force: true } : {}),
    ...(verify ? { verify } : {}),
    ...(io.stderr.isTTY ? { onProgress: progressLine(io) } : {}),
  });
  io.stderr.write(
    `mcp-leak-guard org: ${repos.length} repositories: ${summary.scanned} scanned, ${summary.skipped} unchanged since their last report, ${summary.failed.length} failed; ${summary.findings} findings. Reports in ${out}\n`,
  );
  for (const name of summary.failed) io.stderr.write(`mcp-leak-guard org: could not scan ${name} (see its report)\n`);
  if (summary.failed.length) return 2;
  if (failOn === 'never') return 0;
  const failing = { error: summary.errorFindings, warning: summary.findings, live: summary.liveFindings }[failOn];
  return failing > 0 ? 1 : 0;
}

function progressLine(io: CliIO): (p: OrgProgress) => void {
  const started = Date.now();
  return (p) => {
    const now = p.current.length ? `  now: ${p.current.join(', ')}` : '';
    io.stderr.write(
      `\r\x1b[Krepos ${p.done}/${p.total}  findings ${p.findings}  ${((Date.now() - started) / 1000).toFixed(0)}s${now}`.slice(
        0,
        160,
      ),
    );
    if (p.done === p.total) io.stderr.write('\n');
  };
}

async function scanRepoChild(v: Values, io: CliIO): Promise<number> {
  if (!v['git-dir'] || !v.name || !v.url || v.digest === undefined || !v.out)
    throw new UsageError('scan-repo is run by org scan');
  const key = io.env['MCP_LEAK_GUARD_ORG_KEY'];
  const verify = parseVerifyFlags(v, undefined);
  if (!key) throw new InputError('scan-repo needs the organisation key from org scan');
  await scanRepo({
    gitDir: v['git-dir'],
    name: v.name,
    url: v.url,
    headsDigest: v.digest,
    key,
    out: v.out,
    ...(v.config ? { config: v.config } : {}),
    ...(verify ? { verify, env: io.env } : {}),
  });
  return 0;
}
