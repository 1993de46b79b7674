/**
 * `merge`: per-repository reports (from one machine or from every shard of a matrix) into one
 * organisation report. A secret found in several repositories (same `secretId`) becomes one entry
 * with every location, so one revocation is listed once; findings without an id (policy and MCP
 * config findings) stay one entry per repository.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Category, McpContext, Severity } from '../core/types.js';
import { InputError } from '../runtime/config-file.js';
import { REPORT_KIND, type OrgFinding, type RepoReport } from './types.js';

export interface Location {
  repo: string;
  file: string;
  line: number;
  column: number;
  commit?: string;
  author?: string;
  date?: string;
  atHead?: boolean;
  mcp?: McpContext;
}

export type LiveStatus = 'live' | 'invalid' | 'unknown' | 'error';

export interface MergedFinding {
  /** The cross-repository id, or `<repo>:<fingerprint>` for findings without one. */
  key: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  provider?: string;
  message: string;
  /** Redacted. */
  secret?: string;
  remediation: string;
  repos: string[];
  locations: Location[];
  /** The earliest commit date among the locations (ISO 8601). */
  firstSeen?: string;
  /** Set when any location was verified (scan --verify): live wins over the rest. */
  verification?: LiveStatus;
}

export interface RepoLine {
  repo: string;
  status: RepoReport['status'];
  error?: string;
  scannedAt: string;
  commits: number;
  findings: number;
  durationMs: number;
}

export interface OrgReport {
  kind: 'mcp-leak-guard/org-report';
  version: 1;
  generatedAt: string;
  repos: RepoLine[];
  findings: MergedFinding[];
  stats: {
    repos: number;
    failed: number;
    empty: number;
    findings: number;
    distinctSecrets: number;
    errorFindings: number;
    live: number;
    sharedSecrets: number;
  };
}

export interface LoadedReport {
  report: RepoReport;
  /** Where it was read: the repository's SARIF report sits beside it. */
  file: string;
}

/** Every repo report under the given folders (recursively), newest scan of each repository. */
export async function readReports(inputs: readonly string[]): Promise<LoadedReport[]> {
  const byRepo = new Map<string, LoadedReport>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new InputError(`merge: ${input} does not exist`);
    const files = info.isDirectory() ? await jsonFilesUnder(input) : [input];
    for (const file of files) {
      let parsed: Partial<RepoReport>;
      try {
        parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<RepoReport>;
      } catch (e) {
        if (!info.isDirectory()) throw new InputError(`merge: ${file} is not JSON (${(e as Error).name})`);
        continue;
      }
      if (parsed.kind !== REPORT_KIND) {
        if (!info.isDirectory()) throw new InputError(`merge: ${file} is not an org scan repository report`);
        continue;
      }
      if (parsed.version !== 1 || !Array.isArray(parsed.findings) || typeof parsed.repo !== 'string')
        throw new InputError(`merge: ${file} is a repository report of an unknown version or shape`);
      const report = parsed as RepoReport;
      const prev = byRepo.get(report.repo);
      if (!prev || prev.report.scannedAt < report.scannedAt) byRepo.set(report.repo, { report, file });
    }
  }
  return [...byRepo.values()].sort((a, b) => a.report.repo.localeCompare(b.report.repo));
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...(await jsonFilesUnder(p)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

const RANK: Record<Severity, number> = { error: 2, warning: 1 };
const LIVE_RANK: Record<LiveStatus, number> = { live: 4, error: 1, unknown: 2, invalid: 3 };

function verificationOf(f: OrgFinding): LiveStatus | undefined {
  const v = (f as { verification?: { status?: unknown } }).verification?.status;
  return v === 'live' || v === 'invalid' || v === 'unknown' || v === 'error' ? v : undefined;
}

export function mergeReports(reports: readonly RepoReport[], now = new Date()): OrgReport {
  const merged = new Map<string, MergedFinding>();
  for (const r of reports) {
    for (const f of r.findings) {
      const key = f.secretId ?? `${r.repo}:${f.fingerprint}`;
      const loc: Location = { repo: r.repo, file: f.file, line: f.line, column: f.column };
      if (f.commit) loc.commit = f.commit;
      if (f.author) loc.author = f.author;
      if (f.date) loc.date = f.date;
      if (f.atHead !== undefined) loc.atHead = f.atHead;
      if (f.mcp) loc.mcp = f.mcp;
      let m = merged.get(key);
      if (!m) {
        m = {
          key,
          ruleId: f.ruleId,
          category: f.category,
          severity: f.severity,
          message: f.message,
          remediation: f.remediation,
          repos: [],
          locations: [],
          ...(f.provider ? { provider: f.provider } : {}),
          ...(f.secret ? { secret: f.secret } : {}),
        };
        merged.set(key, m);
      } else if (
        RANK[f.severity] > RANK[m.severity] ||
        (m.provider === 'generic' && f.provider && f.provider !== 'generic')
      ) {
        // The same value under a more severe or more specific rule: describe it by that rule.
        Object.assign(m, { ruleId: f.ruleId, severity: f.severity, message: f.message, remediation: f.remediation });
        if (f.provider) m.provider = f.provider;
      }
      if (!m.repos.includes(r.repo)) m.repos.push(r.repo);
      m.locations.push(loc);
      if (f.date && (!m.firstSeen || f.date < m.firstSeen)) m.firstSeen = f.date;
      const v = verificationOf(f);
      if (v && (!m.verification || LIVE_RANK[v] > LIVE_RANK[m.verification])) m.verification = v;
    }
  }
  const findings = [...merged.values()].sort(
    (a, b) =>
      Number(b.verification === 'live') - Number(a.verification === 'live') ||
      RANK[b.severity] - RANK[a.severity] ||
      b.repos.length - a.repos.length ||
      (a.firstSeen ?? '').localeCompare(b.firstSeen ?? '') ||
      a.key.localeCompare(b.key),
  );
  for (const f of findings) f.repos.sort();
  const repos: RepoLine[] = reports.map((r) => ({
    repo: r.repo,
    status: r.status,
    ...(r.error ? { error: r.error } : {}),
    scannedAt: r.scannedAt,
    commits: r.commits ?? 0,
    findings: r.findings.length,
    durationMs: r.durationMs,
  }));
  const secrets = findings.filter((f) => f.category === 'secret');
  return {
    kind: 'mcp-leak-guard/org-report',
    version: 1,
    generatedAt: now.toISOString(),
    repos,
    findings,
    stats: {
      repos: reports.length,
      failed: reports.filter((r) => r.status === 'failed').length,
      empty: reports.filter((r) => r.status === 'empty').length,
      findings: reports.reduce((n, r) => n + r.findings.length, 0),
      distinctSecrets: secrets.length,
      errorFindings: findings.filter((f) => f.severity === 'error').length,
      live: secrets.filter((f) => f.verification === 'live').length,
      sharedSecrets: secrets.filter((f) => f.repos.length > 1).length,
    },
  };
}
