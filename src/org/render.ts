/**
 * The merged organisation report as text (a terminal), Markdown (a job summary) and JSON. Every
 * string that came from a scanned repository (names, paths, messages) is untrusted: Markdown shows
 * it as inline code, with backticks and mentions defused, and text strips control characters.
 */
import type { MergedFinding, OrgReport } from './merge.js';

const MAX_LOCATIONS = 5;

/** Control characters (ESC, newlines, bidi overrides) would let a file name rewrite the terminal. */
export function plain(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

/** Inline code that no backtick, pipe, newline or mention can break out of. */
export function code(s: string): string {
  const safe = plain(s).replace(/\|/g, '\\|').replace(/@/g, '@\u200b');
  const fence = safe.includes('`') ? '``' : '`';
  return `${fence}${safe.includes('`') ? ` ${safe} ` : safe}${fence}`;
}

function headline(r: OrgReport): string {
  const s = r.stats;
  const parts = [
    `${s.repos} repositories`,
    s.failed ? `${s.failed} failed` : '',
    s.empty ? `${s.empty} empty` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}: ${s.findings} findings, ${s.distinctSecrets} distinct secrets (${s.sharedSecrets} in several repositories)${s.live ? `, ${s.live} LIVE` : ''}`;
}

function where(f: MergedFinding, fmt: (s: string) => string): string[] {
  const lines = f.locations.slice(0, MAX_LOCATIONS).map((l) => {
    const commit = l.commit ? ` commit ${l.commit.slice(0, 12)}${l.date ? ` ${l.date.slice(0, 10)}` : ''}` : '';
    const head = l.atHead === false ? ' (gone from HEAD)' : '';
    return `${fmt(l.repo)} ${fmt(`${l.file}:${l.line}`)}${commit}${head}`;
  });
  if (f.locations.length > MAX_LOCATIONS) lines.push(`and ${f.locations.length - MAX_LOCATIONS} more locations`);
  return lines;
}

export function renderOrgText(r: OrgReport): string {
  const out = [`Organisation scan: ${headline(r)}`];
  const failed = r.repos.filter((x) => x.status === 'failed');
  if (failed.length) {
    out.push('', 'Could not scan:');
    for (const x of failed) out.push(`  ${plain(x.repo)}: ${plain(x.error ?? 'failed')}`);
  }
  if (r.findings.length) out.push('', 'Findings (one entry per distinct secret):');
  for (const f of r.findings) {
    const live = f.verification === 'live' ? ' LIVE' : '';
    out.push(
      `  [${f.severity}]${live} ${f.ruleId} ${plain(f.secret ?? '')} in ${f.repos.length} ${f.repos.length === 1 ? 'repository' : 'repositories'}${f.firstSeen ? `, first committed ${f.firstSeen.slice(0, 10)}` : ''}`,
    );
    for (const w of where(f, plain)) out.push(`      ${w}`);
  }
  if (!r.findings.length && !failed.length) out.push('', 'No findings.');
  return `${out.join('\n')}\n`;
}

export function renderOrgMarkdown(r: OrgReport): string {
  const out = ['## mcp-leak-guard: organisation scan', '', headline(r), ''];
  const failed = r.repos.filter((x) => x.status === 'failed');
  if (failed.length) {
    out.push('### Could not scan', '', '| repository | why |', '| --- | --- |');
    for (const x of failed) out.push(`| ${code(x.repo)} | ${code(x.error ?? 'failed')} |`);
    out.push('');
  }
  if (r.findings.length) {
    out.push(
      '### Findings',
      '',
      '| severity | rule | secret | repositories | first committed | where |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const f of r.findings) {
      const sev = `${f.severity}${f.verification === 'live' ? ' **LIVE**' : ''}`;
      out.push(
        `| ${sev} | ${code(f.ruleId)} | ${f.secret ? code(f.secret) : ''} | ${f.repos.length} | ${f.firstSeen?.slice(0, 10) ?? ''} | ${where(f, code).join('<br>')} |`,
      );
    }
  } else out.push('No findings.');
  return `${out.join('\n')}\n`;
}

export const renderOrgJson = (r: OrgReport): string => `${JSON.stringify(r, null, 2)}\n`;
