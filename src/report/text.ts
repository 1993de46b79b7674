/**
 * `--format text`: findings grouped by file, for people. Colour only on a terminal. Every string
 * from the scanned repository goes through `visible`, so none can move the cursor, clear the
 * screen or start a workflow command on a new line when the CLI runs in CI.
 */
import { publicFinding } from '../core/findings.js';
import type { Finding, ServerTier } from '../core/types.js';
import type { ScanResult } from '../core/result.js';
import { visible as v } from './escape.js';
import { isLive, verificationSummary, verificationText } from './verification.js';

export interface TextOptions {
  color: boolean;
  /** Print the remediation under each finding (default true). */
  remediation?: boolean;
}

const paint = (on: boolean, code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

export function renderText(result: ScanResult, opts: TextOptions): string {
  const red = paint(opts.color, 31);
  const yellow = paint(opts.color, 33);
  const dim = paint(opts.color, 2);
  const bold = paint(opts.color, 1);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings.map(publicFinding)) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  // Files holding a verified-live credential first, and live credentials first within a file.
  const liveFirst = (a: Finding[], b: Finding[]): number => Number(b.some(isLive)) - Number(a.some(isLive));
  for (const [file, findings] of [...byFile].sort(([a, fa], [b, fb]) => liveFirst(fa, fb) || a.localeCompare(b))) {
    out.push(bold(v(file)));
    for (const f of findings.sort(
      (a, b) => Number(isLive(b)) - Number(isLive(a)) || a.line - b.line || a.column - b.column,
    )) {
      const sev = `${isLive(f) ? bold(red('LIVE ')) : ''}${f.severity === 'error' ? red('error  ') : yellow('warning')}`;
      const where = `${f.line}:${f.column}`.padEnd(8);
      const mcp = f.mcp ? dim(` [${v([f.mcp.client, f.mcp.server, f.mcp.slot].filter(Boolean).join(' > '))}]`) : '';
      const commit = f.commit
        ? dim(
            ` (commit ${f.commit.slice(0, 12)}${f.date ? ` ${f.date.slice(0, 10)}` : ''}${f.occurrences && f.occurrences > 1 ? `, in ${f.occurrences} commits` : ''})`,
          )
        : '';
      out.push(`  ${where} ${sev} ${f.ruleId}  ${v(f.message)}${f.secret ? `: ${v(f.secret)}` : ''}${mcp}${commit}`);
      if (f.verification)
        out.push(`           ${(isLive(f) ? red : dim)(`verified ${v(verificationText(f.verification))}`)}`);
      if (opts.remediation !== false && f.remediation !== f.message) out.push(dim(`           ${v(f.remediation)}`));
    }
    out.push('');
  }
  if (result.mcpConfigs.length > 0) {
    out.push(bold('MCP configs'));
    for (const m of result.mcpConfigs) {
      const refs = m.servers.reduce((n, s) => n + s.references, 0);
      const lits = m.servers.reduce((n, s) => n + s.literals, 0);
      out.push(
        `  ${v(m.file)} (${v(m.client)}): ${m.servers.length} server(s), ${refs} reference(s), ${lits} literal credential(s)`,
      );
      // The inventory: what each server reaches, and how carefully it should be connected.
      for (const sv of m.servers)
        if (sv.tier) out.push(dim(`    - ${v(sv.name)}: ${v(sv.kind ?? 'unknown')} (${TIER_WORDS[sv.tier]})`));
    }
    out.push('');
  }
  if (result.overdue.length > 0) {
    out.push(bold(`Overdue for rotation (older than the rotation age, still present)`));
    for (const o of result.overdue)
      out.push(`  ${v(o.file)}:${o.line} ${o.ruleId}${o.secret ? ` ${v(o.secret)}` : ''}: ${o.ageDays} days old`);
    out.push('');
  }
  if (result.suppressed.length > 0) {
    out.push(bold(`Suppressed by inline directives (${result.suppressed.length})`));
    for (const s of result.suppressed.slice(0, MAX_SUPPRESSED_LISTED))
      out.push(
        dim(
          `  ${v(s.file)}:${s.line} ${s.ruleId} (${s.directive} on line ${s.directiveLine}${s.commit ? `, commit ${s.commit.slice(0, 12)}` : ''})`,
        ),
      );
    if (result.suppressed.length > MAX_SUPPRESSED_LISTED)
      out.push(dim(`  …and ${result.suppressed.length - MAX_SUPPRESSED_LISTED} more (--format json lists them all)`));
    out.push('');
  }
  for (const n of result.notes) out.push(dim(`note: ${v(n.file)}: ${v(n.message)}`));
  for (const e of result.errors) out.push(red(`could not scan ${v(e.path)}: ${v(e.message)}`));
  if (result.verification) out.push(verificationSummary(result.verification));
  out.push(summaryLine(result));
  return `${out.join('\n')}\n`;
}

const MAX_SUPPRESSED_LISTED = 50;

const TIER_WORDS: Record<ServerTier, string> = {
  'connect-freely': 'connect freely',
  'consider-carefully': 'consider carefully',
  'dont-connect': "don't connect",
};

export function summaryLine(result: ScanResult): string {
  const s = result.stats;
  const skipped = Object.entries(s.skipped)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const parts = [
    `${s.findings} finding(s) (${s.errorFindings} error, ${s.warningFindings} warning)`,
    `${s.files} file(s), ${formatBytes(s.bytes)} scanned in ${s.durationMs} ms`,
  ];
  if (skipped) parts.push(`skipped: ${skipped}`);
  if (s.allowlisted) parts.push(`${s.allowlisted} allowlisted`);
  if (s.baselined) parts.push(`${s.baselined} in baseline`);
  if (s.suppressed) parts.push(`${s.suppressed} suppressed inline`);
  if (s.errors) parts.push(`${s.errors} could not be scanned`);
  return parts.join('; ');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1 << 20) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1 << 20)).toFixed(1)} MB`;
}
