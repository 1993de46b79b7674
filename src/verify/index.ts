/**
 * `--verify` for every entry point: checks the run's credential findings with their providers,
 * adds `mcp-live-broad-scope` findings, puts live credentials first and recounts. Entry points
 * load this module lazily (`await import`), so runs without `--verify` (the pre-commit hook
 * among them) never load it.
 */
import { compareFindings } from '../core/findings.js';
import type { RawFinding, RuleInfo } from '../core/types.js';
import { liveBroadScopeFindings } from './live-scope.js';
import { verifyFindings, type VerifyOptions, type VerifyStats } from './run.js';

export { VerifyConfigError } from './http.js';
export { revokeFindings, type RevokeOutcome } from './revoke.js';
export { verifiersMarkdown } from './table.js';
export type { VerifyOptions, VerifyStats };

export interface Verifiable {
  findings: RawFinding[];
  rules: RuleInfo[];
  verification?: VerifyStats;
}

export async function verifyResult(result: Verifiable, opts: VerifyOptions): Promise<VerifyStats> {
  const stats = await verifyFindings(result.findings, result.rules, opts);
  const provider = new Map(result.rules.map((r) => [r.id, r.provider]));
  result.findings.push(...liveBroadScopeFindings(result.findings, (id) => provider.get(id)));
  result.findings.sort(compareFindings);
  result.verification = stats;
  return stats;
}
