/**
 * `--format github`: one workflow command per finding, the way the runner reads stdout. Every
 * value from the scanned repository (paths, messages) is escaped, so a crafted file name cannot
 * close the command early or start one of its own.
 */
import { compareFindings, publicFinding } from '../core/findings.js';
import type { Finding } from '../core/types.js';
import type { ScanResult } from '../core/result.js';
import { verificationText } from './verification.js';

/** Escaping of a command's message (toolkit rules: %, CR, LF). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values: also `:` and `,`, which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(f: Finding): string {
  const level = f.severity === 'error' ? 'error' : 'warning';
  const props: [string, string | number][] = [
    ['file', f.file],
    ['line', f.line],
    ['endLine', f.endLine],
  ];
  if (f.line === f.endLine) props.push(['col', f.column], ['endColumn', f.endColumn]);
  props.push(['title', `${f.ruleId}${f.mcp ? ` (${f.mcp.client}${f.mcp.server ? ` / ${f.mcp.server}` : ''})` : ''}`]);
  const where = f.commit ? ` [commit ${f.commit.slice(0, 12)}]` : '';
  const live = f.verification?.status === 'live' ? 'LIVE credential: ' : '';
  const body = `${live}${f.message}${f.secret ? `: ${f.secret}` : ''}${where}.${f.verification ? ` Verified ${verificationText(f.verification)}.` : ''} ${f.remediation}`;
  return `::${level} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(body)}`;
}

export function renderGithub(result: ScanResult): string {
  const lines = [...result.findings].map(publicFinding).sort(compareFindings).map(annotation);
  for (const e of result.errors)
    lines.push(`::error title=mcp-leak-guard::${escapeData(`could not scan ${e.path}: ${e.message}`)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
