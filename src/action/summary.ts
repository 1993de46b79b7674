/** The job summary: counts, every finding (within GitHub's 1 MiB limit), the MCP configs found. */
import * as core from '@actions/core';
import type { ScanResult } from '../core/result.js';
import { mdCode, mdText } from '../report/escape.js';
import { findingsTable, mcpTable } from './markdown.js';

/** GitHub rejects a step summary over 1 MiB; keep well under it. */
export const SUMMARY_BUDGET = 900 * 1024;

export function summaryMarkdown(result: ScanResult, scope: string): string {
  const s = result.stats;
  const parts = [
    '## mcp-leak-guard',
    '',
    `Scanned ${mdText(scope)}: ${s.files} file(s) or patch(es); **${s.errorFindings} error(s)**, ${s.warningFindings} warning(s)${s.baselined ? `, ${s.baselined} in the baseline` : ''}${result.errors.length ? `, **${result.errors.length} input(s) could not be scanned**` : ''}.`,
    '',
  ];
  if (result.verification)
    parts.push(
      `Verification: **${result.verification.live} LIVE credential(s)** (listed first), ${result.verification.invalid} invalid, ${result.verification.unknown + result.verification.error} not determined.`,
      '',
    );
  const mcp = mcpTable(result.mcpConfigs);
  if (mcp) parts.push('### MCP configs', '', mcp, '');
  if (result.overdue.length > 0) {
    parts.push(
      '### Overdue for rotation',
      '',
      'Older than the rotation age and still present: rotate them even if they never leaked.',
      '',
    );
    for (const o of result.overdue.slice(0, 200))
      parts.push(
        `- ${mdCode(o.ruleId)} ${mdCode(`${o.file}:${o.line}`)}${o.secret ? ` ${mdCode(o.secret)}` : ''}: ${o.ageDays} days`,
      );
    parts.push('');
  }
  for (const e of result.errors) parts.push(`- could not scan ${mdCode(e.path)}: ${mdCode(e.message)}`);
  if (result.suppressed.length > 0)
    parts.push(
      '',
      `${result.suppressed.length} finding(s) suppressed by inline directives: ${result.suppressed
        .slice(0, 20)
        .map((x) => mdCode(`${x.file}:${x.line} ${x.ruleId} (${x.directive} on line ${x.directiveLine})`))
        .join(', ')}${result.suppressed.length > 20 ? ', …' : ''}.`,
      '',
    );
  const used = Buffer.byteLength(parts.join('\n'));
  if (result.findings.length > 0) parts.push('### Findings', '', findingsTable(result.findings, SUMMARY_BUDGET - used));
  else parts.push('No findings.');
  return `${parts.join('\n')}\n`;
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown).write();
}
