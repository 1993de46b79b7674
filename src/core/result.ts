/**
 * What a scan returns, as every reporter (text, JSON, SARIF, GitHub, the Action's summary) reads
 * it. The scan loop (src/runtime/run-scan.ts) fills it; the layers above only read it.
 */
import type { Overdue } from './rotation.js';
import type { McpFileSummary, RawFinding, RuleInfo, ScanNote, Suppression } from './types.js';

/** Why a source passed over a file instead of scanning it. */
export type SkipReason = 'binary' | 'symlink' | 'submodule' | 'deleted' | 'lfs-pointer' | 'not-a-file';

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: Partial<Record<SkipReason, number>>;
  allowlisted: number;
  errors: number;
  findings: number;
  errorFindings: number;
  warningFindings: number;
  baselined: number;
  /** Findings switched off by an inline directive (listed in `suppressed`). */
  suppressed: number;
  durationMs: number;
}

export interface ScanResult {
  source: string;
  findings: RawFinding[];
  notes: ScanNote[];
  /** Findings an inline directive switched off, with the directive and its line. */
  suppressed: Suppression[];
  mcpConfigs: McpFileSummary[];
  /** Inputs that could not be scanned: any entry makes the exit code 2. */
  errors: { path: string; message: string }[];
  stats: ScanStats;
  /** Credentials older than `rotation.maxAgeDays` and still present. */
  overdue: Overdue[];
  rules: RuleInfo[];
  /** With `--verify`: how many credentials were checked and what their providers said. */
  verification?: VerificationStats;
}

/** What `--verify` did in one run: distinct credentials checked, findings per status, time taken. */
export interface VerificationStats {
  checked: number;
  live: number;
  invalid: number;
  unknown: number;
  error: number;
  durationMs: number;
}
