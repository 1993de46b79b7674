/** The vocabulary of organisation scans: which repositories, how they are split, what each scan wrote. */
import type { Finding, McpFileSummary, ScanNote } from '../core/types.js';

/** One repository to scan: a GitHub repository from the API, or a clone URL / local path from a list. */
export interface RepoRef {
  /** `owner/name` for GitHub repositories; the list entry's last path part otherwise. */
  name: string;
  /** What `git clone` is given: an https URL or a local path. */
  url: string;
  /** Size in KiB as GitHub reports it (0 when unknown): the shard planner balances on it. */
  sizeKb: number;
  archived?: boolean;
  fork?: boolean;
}

/** A finding in a per-repository report: the public finding plus a keyed id of its secret. */
export interface OrgFinding extends Finding {
  /**
   * HMAC-SHA256 of the secret value under the organisation key, shortened: the same credential in
   * two repositories has the same id, so one revocation is listed once. Absent for policy findings.
   */
  secretId?: string;
  /** The rule's provider key (e.g. `github`), so a merged report groups and advises without the rule table. */
  provider?: string;
}

/** What `org scan` writes for one repository (`<out>/<name>.json`). */
export interface RepoReport {
  kind: 'mcp-leak-guard/repo-report';
  version: 1;
  repo: string;
  url: string;
  /** Digest of the repository's branch and tag heads when it was scanned: a rerun skips an unchanged one. */
  headsDigest: string;
  scannedAt: string;
  status: 'ok' | 'empty' | 'failed';
  /** Why the scan failed (no secret values: git and scanner errors only). */
  error?: string;
  durationMs: number;
  /** Peak resident memory of the process that scanned it, in KiB. */
  peakRssKb?: number;
  commits?: number;
  findings: OrgFinding[];
  mcpConfigs: McpFileSummary[];
  notes: ScanNote[];
  errors: { path: string; message: string }[];
}

export const REPORT_KIND = 'mcp-leak-guard/repo-report';
