/**
 * Line annotations. GitHub shows at most 10 error and 10 warning annotations per step (50 per
 * job): the most severe go first, and the last of each kind says how many more there are.
 */
import * as core from '@actions/core';
import { compareFindings } from '../core/findings.js';
import type { Finding } from '../core/types.js';

export const PER_KIND = 10;

export function annotate(findings: readonly Finding[]): { shown: number; hidden: number } {
  let shown = 0;
  for (const severity of ['error', 'warning'] as const) {
    const list = findings.filter((f) => f.severity === severity).sort(compareFindings);
    const show = list.slice(0, PER_KIND);
    const hidden = list.length - show.length;
    show.forEach((f, i) => {
      const more =
        hidden > 0 && i === show.length - 1
          ? ` (${hidden} more ${severity}(s) not annotated: see the job summary)`
          : '';
      const live = f.verification?.status === 'live' ? 'LIVE credential: ' : '';
      const message = `${live}${f.message}${f.secret ? `: ${f.secret}` : ''}${f.commit ? ` [commit ${f.commit.slice(0, 12)}]` : ''}. ${f.remediation}${more}`;
      const props: core.AnnotationProperties = {
        title: `${f.ruleId}${f.mcp ? ` (${f.mcp.client}${f.mcp.server ? ` / ${f.mcp.server}` : ''})` : ''}`,
        file: f.file,
        startLine: f.line,
        endLine: f.endLine,
        ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
      };
      if (severity === 'error') core.error(message, props);
      else core.warning(message, props);
      shown++;
    });
  }
  return { shown, hidden: findings.length - shown };
}
