/**
 * One repository's scan, run in a child process per repository (`org scan` spreads them over
 * `--jobs` processes): the whole history of every branch and tag of a bare clone, through the same
 * history source, engine and reporters as `scan --history --all`. The repository's own config is
 * not read: the organisation's `--config` (or the default) applies to every repository alike.
 */
import { rename, writeFile } from 'node:fs/promises';
import { publicFinding } from '../core/findings.js';
import { renderSarif } from '../report/sarif.js';
import { loadConfig } from '../runtime/config-file.js';
import { runScan } from '../runtime/run-scan.js';
import { git } from '../sources/git.js';
import { openSource } from '../sources/index.js';
import { VERSION } from '../core/version.js';
import { secretId } from './secret-id.js';
import type { OrgFinding, RepoReport } from './types.js';
import { REPORT_KIND } from './types.js';

export interface ScanRepoOptions {
  gitDir: string;
  name: string;
  url: string;
  headsDigest: string;
  key: string;
  /** Where the JSON report goes; the SARIF report is written beside it (`.sarif`). */
  out: string;
  config?: string;
  /** Verify each credential with its provider before the report is written. */
  verify?: { timeoutMs: number; budgetMs: number };
  env?: NodeJS.ProcessEnv;
}

export async function scanRepo(opts: ScanRepoOptions): Promise<RepoReport> {
  const started = performance.now();
  const base: Omit<RepoReport, 'status' | 'durationMs'> = {
    kind: REPORT_KIND,
    version: 1,
    repo: opts.name,
    url: opts.url,
    headsDigest: opts.headsDigest,
    scannedAt: new Date().toISOString(),
    findings: [],
    mcpConfigs: [],
    notes: [],
    errors: [],
  };
  const refs = (
    await git(opts.gitDir, ['for-each-ref', '--count=1', '--format=%(objectname)', 'refs/heads', 'refs/tags'])
  ).trim();
  if (!refs) {
    const report: RepoReport = {
      ...base,
      status: 'empty',
      commits: 0,
      durationMs: elapsed(started),
      peakRssKb: peakRss(),
    };
    await writeAtomically(opts.out, JSON.stringify(report, null, 2));
    return report;
  }
  const config = await loadConfig(opts.gitDir, opts.config);
  const commits = Number((await git(opts.gitDir, ['rev-list', '--all', '--count'])).trim());
  const source = await openSource(
    { kind: 'history', all: true },
    { cwd: opts.gitDir, stdin: process.stdin, allowShallow: false },
  );
  const result = await runScan(source, { config });
  if (opts.verify) {
    // Loaded only when asked, like the CLI's --verify.
    const { verifyResult } = await import('../verify/index.js');
    await verifyResult(result, { env: opts.env ?? {}, ...opts.verify });
  }
  const provider = new Map(result.rules.map((r) => [r.id, r.provider]));
  const findings: OrgFinding[] = result.findings.map((f) => {
    const out: OrgFinding = publicFinding(f);
    const p = provider.get(f.ruleId);
    if (p) out.provider = p;
    if (f.category === 'secret' && f.raw) out.secretId = secretId(opts.key, f.raw);
    return out;
  });
  const report: RepoReport = {
    ...base,
    status: result.errors.length > 0 ? 'failed' : 'ok',
    ...(result.errors.length > 0 ? { error: `${result.errors.length} item(s) could not be scanned` } : {}),
    commits,
    findings,
    mcpConfigs: result.mcpConfigs,
    notes: result.notes,
    errors: result.errors,
    durationMs: elapsed(started),
    peakRssKb: peakRss(),
  };
  await writeAtomically(sarifPath(opts.out), renderSarif(result, VERSION));
  await writeAtomically(opts.out, JSON.stringify(report, null, 2));
  return report;
}

export const sarifPath = (jsonReport: string): string => jsonReport.replace(/\.json$/, '') + '.sarif';

const elapsed = (started: number): number => Math.round(performance.now() - started);
const peakRss = (): number => process.resourceUsage().maxRSS;

/** Written under a temporary name and renamed: a report that exists is a whole report. */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text.endsWith('\n') ? text : `${text}\n`);
  await rename(tmp, file);
}
