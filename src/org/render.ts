/**
 * The merged organisation report as text (a terminal), Markdown (a job summary) and JSON. Every
 * string that came from a scanned repository (names, paths, messages) is untrusted: Markdown shows
 * it as inline code and text shows control characters as visible escapes (the reporters' own
 * helpers, `src/report/escape.ts`).
 */
import { mdCode, visible } from '../report/escape.js';
import type { MergedFinding, OrgReport } from './merge.js';

const MAX_LOCATIONS = 5;

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
    for (const x of failed) out.push(`  ${visible(x.repo)}: ${visible(x.error ?? 'failed')}`);
  }
  if (r.findings.length) out.push('', 'Findings (one entry per distinct secret):');
  for (const f of r.findings) {
    const live = f.verification === 'live' ? ' LIVE' : '';
    out.push(
      `  [${f.severity}]${live} ${f.ruleId} ${visible(f.secret ?? '')} in ${f.repos.length} ${f.repos.length === 1 ? 'repository' : 'repositories'}${f.firstSeen ? `, first committed ${f.firstSeen.slice(0, 10)}` : ''}`,
    );
    for (const w of where(f, visible)) out.push(`      ${w}`);
  }
  if (!r.findings.length && !failed.length) out.push('', 'No findings.');
  return `${out.join('\n')}\n`;
}

export function renderOrgMarkdown(r: OrgReport): string {
  const out = ['## mcp-leak-guard: organisation scan', '', headline(r), ''];
  const failed = r.repos.filter((x) => x.status === 'failed');
  if (failed.length) {
    out.push('### Could not scan', '', '| repository | why |', '| --- | --- |');
    for (const x of failed) out.push(`| ${mdCode(x.repo)} | ${mdCode(x.error ?? 'failed')} |`);
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
        `| ${sev} | ${mdCode(f.ruleId)} | ${f.secret ? mdCode(f.secret) : ''} | ${f.repos.length} | ${f.firstSeen?.slice(0, 10) ?? ''} | ${where(f, mdCode).join('<br>')} |`,
      );
    }
  } else out.push('No findings.');
  return `${out.join('\n')}\n`;
}

export const renderOrgJson = (r: OrgReport): string => `${JSON.stringify(r, null, 2)}\n`;
