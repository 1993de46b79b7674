/**
 * `--format github`: one workflow command per finding, the way the runner reads stdout. Every
 * value from the scanned repository (paths, server names, messages) is escaped, so a crafted name
 * cannot close the command early, start one of its own, or send terminal escapes to the log.
 * The Action's annotations (`src/action/annotations.ts`) are built by `annotationParts` too.
 */
import { compareFindings, publicFinding } from '../core/findings.js';
import type { Finding } from '../core/types.js';
import type { ScanResult } from '../core/result.js';
import { withoutControls } from './escape.js';
import { verificationText } from './verification.js';

/** Escaping of a command's message (toolkit rules: %, CR, LF); other controls are removed. */
export function escapeData(s: string): string {
  return withoutControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escaping of a command's property values: also `:` and `,`, which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface AnnotationParts {
  level: 'error' | 'warning';
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

/** The one place an annotation's text is built, for `--format github` and the Action alike. */
export function annotationParts(f: Finding, more = ''): AnnotationParts {
  const where = f.commit ? ` [commit ${f.commit.slice(0, 12)}]` : '';
  const live = f.verification?.status === 'live' ? 'LIVE credential: ' : '';
  return {
    level: f.severity === 'error' ? 'error' : 'warning',
    title: withoutControls(
      `${f.ruleId}${f.mcp ? ` (${f.mcp.client}${f.mcp.server ? ` / ${f.mcp.server}` : ''})` : ''}`,
    ),
    message: `${live}${f.message}${f.secret ? `: ${f.secret}` : ''}${where}.${f.verification ? ` Verified ${verificationText(f.verification)}.` : ''} ${f.remediation}${more}`,
    // CR and LF are escaped by the command encoding (GitHub decodes them back); ESC and the rest go.
    file: f.file.replace(/[^\r\n]+/g, withoutControls),
    startLine: f.line,
    endLine: f.endLine,
    ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
  };
}

export function annotation(f: Finding): string {
  const a = annotationParts(f);
  const props: [string, string | number][] = [
    ['file', a.file],
    ['line', a.startLine],
    ['endLine', a.endLine],
  ];
  if (a.startColumn !== undefined) props.push(['col', a.startColumn], ['endColumn', a.endColumn!]);
  props.push(['title', a.title]);
  return `::${a.level} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(a.message)}`;
}

export function renderGithub(result: ScanResult): string {
  const lines = [...result.findings].map(publicFinding).sort(compareFindings).map(annotation);
  for (const e of result.errors)
    lines.push(`::error title=mcp-leak-guard::${escapeData(`could not scan ${e.path}: ${e.message}`)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
