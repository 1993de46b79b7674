/** `--format json`: the contract's one object `{version, findings, stats}` (plus mcp, errors, notes). */
import { publicFinding } from '../core/findings.js';
import type { ScanResult } from '../core/result.js';

export function renderJson(result: ScanResult): string {
  const out = {
    version: 1,
    findings: result.findings.map(publicFinding),
    stats: result.stats,
    mcpConfigs: result.mcpConfigs,
    errors: result.errors,
    notes: result.notes,
    suppressed: result.suppressed,
    overdue: result.overdue,
    ...(result.verification ? { verification: result.verification } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
