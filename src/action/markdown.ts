/**
 * The findings as Markdown, for the job summary and the pull request comment (redacted values
 * only). Every string from the scanned repository is rendered as an inline code span (`mdCode`):
 * no HTML, link, image or @mention in a file or server name can reach the page.
 */
import type { Finding, McpFileSummary, ServerTier } from '../core/types.js';
import { mdCode, mdText } from '../report/escape.js';

export function revokeLink(remediation: string): string {
  const url = /https:\/\/[^\s)]+[^\s).,]/.exec(remediation)?.[0];
  // The remediation table's own links only: a URL in it never comes from the scanned files.
  return url && /^https:\/\/[\w.-]+(?:\/[\w./#?=&%~+-]*)?$/.test(url)
    ? `[revoke / rotate](${url})`
    : mdText(remediation.split('. ')[0] ?? '');
}

export function findingRow(f: Finding): string {
  const where = `${f.file}:${f.line}`;
  const severity = f.verification?.status === 'live' ? `**LIVE** ${f.severity}` : f.severity;
  return `| ${severity} | ${mdCode(f.ruleId)} | ${mdCode(where)} | ${f.commit ? mdCode(f.commit.slice(0, 12)) : ''} | ${f.secret ? mdCode(f.secret) : ''} | ${revokeLink(f.remediation)} |`;
}

export const FINDINGS_HEADER =
  '| severity | rule | where | commit | value | what to do |\n| --- | --- | --- | --- | --- | --- |';

/**
 * A findings table that fits `budget` bytes: rows are added while they fit, and a last line says
 * how many did not.
 */
export function findingsTable(findings: readonly Finding[], budget: number): string {
  const lines = [FINDINGS_HEADER];
  let size = FINDINGS_HEADER.length;
  let shown = 0;
  for (const f of findings) {
    const row = findingRow(f);
    if (size + row.length + 200 > budget) break;
    lines.push(row);
    size += row.length + 1;
    shown++;
  }
  if (shown < findings.length)
    lines.push(
      '',
      `…and ${findings.length - shown} more finding(s), not shown here for size: see the SARIF report or run the CLI.`,
    );
  return lines.join('\n');
}

export function mcpTable(configs: readonly McpFileSummary[]): string {
  if (configs.length === 0) return '';
  const rows = configs.map((c) => {
    const refs = c.servers.reduce((n, s) => n + s.references, 0);
    const lits = c.servers.reduce((n, s) => n + s.literals, 0);
    return `| ${mdCode(c.file)} | ${mdCode(c.client)} | ${c.servers.map((s) => mdCode(s.name)).join(', ')} | ${refs} | ${lits} |`;
  });
  // The inventory: one line per server, what it reaches and how carefully to connect it.
  const inventory = configs.flatMap((c) =>
    c.servers.map(
      (s) =>
        `| ${mdCode(s.name)} | ${mdCode(c.file)} | ${mdCode(s.kind ?? 'unknown')} | ${s.tier ? TIER_WORDS[s.tier] : ''} |`,
    ),
  );
  return [
    '| MCP config | client | servers | references | literal credentials |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '| server | config | connects to | tier |',
    '| --- | --- | --- | --- |',
    ...inventory,
  ].join('\n');
}

const TIER_WORDS: Record<ServerTier, string> = {
  'connect-freely': 'connect freely',
  'consider-carefully': 'consider carefully',
  'dont-connect': "**don't connect**",
};
