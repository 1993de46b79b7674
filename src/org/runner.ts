/**
 * `org scan`: every repository of the list, `jobs` at a time, each cloned bare (or fetched) and
 * scanned in a child process of its own, its report written to `out`. Resumable: a repository whose
 * report is there for the same heads is skipped. A failure is recorded in that repository's report
 * and the rest go on.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bareClone, headsDigest, stemOf, type GitAuth } from './clone.js';
import { ORG_KEY_ENV } from './secret-id.js';
import { writeAtomically } from './scan-repo.js';
import { REPORT_KIND, type RepoRef, type RepoReport } from './types.js';

/** `--verify` settings, passed on to each repository's scan process. */
export interface VerifySettings {
  timeoutMs: number;
  budgetMs: number;
}

const verifyArgs = (v: VerifySettings | undefined): string[] =>
  v ? ['--verify', '--verify-timeout', String(v.timeoutMs / 1000), '--verify-budget', String(v.budgetMs / 1000)] : [];

export interface OrgScanOptions {
  repos: readonly RepoRef[];
  out: string;
  clones: string;
  jobs: number;
  auth: GitAuth;
  key: string;
  /** The CLI script the children run (`process.argv[1]` of this process). */
  cliPath: string;
  config?: string;
  /** Rescan even when an up-to-date report exists. */
  force?: boolean;
  /** Ask each credential's provider whether it is live (`--verify`), in every repository's scan. */
  verify?: VerifySettings;
  onProgress?: (p: OrgProgress) => void;
}

export interface OrgProgress {
  done: number;
  total: number;
  current: string[];
  findings: number;
}

export interface OrgScanSummary {
  scanned: number;
  skipped: number;
  failed: string[];
  findings: number;
  errorFindings: number;
  /** Findings verified live (with --verify). */
  liveFindings: number;
}

export async function orgScan(opts: OrgScanOptions): Promise<OrgScanSummary> {
  await mkdir(opts.out, { recursive: true });
  const summary: OrgScanSummary = {
    scanned: 0,
    skipped: 0,
    failed: [],
    findings: 0,
    errorFindings: 0,
    liveFindings: 0,
  };
  const current = new Set<string>();
  let done = 0;
  const tell = (): void =>
    opts.onProgress?.({ done, total: opts.repos.length, current: [...current], findings: summary.findings });
  const queue = [...opts.repos];
  const worker = async (): Promise<void> => {
    for (let repo = queue.shift(); repo; repo = queue.shift()) {
      current.add(repo.name);
      tell();
      const { report, skipped } = await scanOne(repo, opts);
      current.delete(repo.name);
      done++;
      if (skipped) summary.skipped++;
      else summary.scanned++;
      if (report.status === 'failed') summary.failed.push(repo.name);
      summary.findings += report.findings.length;
      summary.errorFindings += report.findings.filter((f) => f.severity === 'error').length;
      summary.liveFindings += report.findings.filter((f) => f.verification?.status === 'live').length;
      tell();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.jobs, opts.repos.length)) }, worker));
  return summary;
}

export const reportPath = (out: string, repo: RepoRef): string => path.join(out, `${stemOf(repo.name)}.json`);

async function scanOne(repo: RepoRef, opts: OrgScanOptions): Promise<{ report: RepoReport; skipped: boolean }> {
  const file = reportPath(opts.out, repo);
  const started = performance.now();
  const failed = async (stage: string, e: unknown, digest = ''): Promise<{ report: RepoReport; skipped: boolean }> => {
    const report: RepoReport = {
      kind: REPORT_KIND,
      version: 1,
      repo: repo.name,
      url: repo.url,
      headsDigest: digest,
      scannedAt: new Date().toISOString(),
      status: 'failed',
      error: `${stage}: ${(e as Error).message ?? String(e)}`.slice(0, 2000),
      durationMs: Math.round(performance.now() - started),
      findings: [],
      mcpConfigs: [],
      notes: [],
      errors: [],
    };
    await writeAtomically(file, JSON.stringify(report, null, 2));
    return { report, skipped: false };
  };
  let digest: string;
  try {
    digest = await headsDigest(repo, opts.auth, opts.out);
  } catch (e) {
    return failed('listing its branches and tags', e);
  }
  if (!opts.force) {
    const previous = await readReport(file);
    if (previous && previous.status !== 'failed' && previous.headsDigest === digest)
      return { report: previous, skipped: true };
  }
  let gitDir: string;
  try {
    gitDir = await bareClone(repo, opts.clones, opts.auth);
  } catch (e) {
    return failed('cloning', e, digest);
  }
  try {
    await runChild(opts, [
      'org',
      'scan-repo',
      '--git-dir',
      gitDir,
      '--name',
      repo.name,
      '--url',
      repo.url,
      '--digest',
      digest,
      '--out',
      file,
      ...(opts.config ? ['--config', opts.config] : []),
      ...verifyArgs(opts.verify),
    ]);
  } catch (e) {
    return failed('scanning', e, digest);
  }
  const report = await readReport(file);
  if (!report || report.headsDigest !== digest)
    return failed('scanning', new Error('the scan wrote no report'), digest);
  return { report, skipped: false };
}

/** A report written by this version for this repository, or undefined (missing, partial, foreign). */
export async function readReport(file: string): Promise<RepoReport | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<RepoReport>;
    return parsed.kind === REPORT_KIND && parsed.version === 1 ? (parsed as RepoReport) : undefined;
  } catch {
    return undefined;
  }
}

function runChild(opts: OrgScanOptions, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opts.cliPath, ...args], {
      env: { ...process.env, [ORG_KEY_ENV]: opts.key },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const err: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const why = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-2).join(' ');
        reject(new Error(`scanner exited with ${signal ?? code}${why ? `: ${why}` : ''}`));
      }
    });
  });
}
