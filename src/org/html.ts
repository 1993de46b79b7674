/**
 * The organisation report as one self-contained HTML page: inline CSS and SVG, no script, no
 * network (a Content-Security-Policy forbids every fetch), so it opens from disk anywhere. Findings
 * by repository, provider, age and live status, a timeline of when credentials were committed,
 * and the incident checklist per provider. Values are redacted as in every report; every string
 * from a scanned repository is HTML-escaped.
 */
import type { Finding } from '../core/types.js';
import { incidentsByProvider } from '../incident/plan.js';
import type { MergedFinding, OrgReport } from './merge.js';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const DAY = 86_400_000;
const AGE_BUCKETS: [string, number][] = [
  ['under 30 days', 30],
  ['30 days to 6 months', 182],
  ['6 months to 1 year', 365],
  ['1 to 2 years', 730],
  ['over 2 years', Infinity],
];

function table(id: string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return `<p class="none" id="${id}-none">None.</p>`;
  return `<table id="${id}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function countBy<T>(items: readonly T[], key: (t: T) => string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) for (const k of key(it)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Every `YYYY-MM` from `first` to `last` (at most 50 years of them). */
function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= last || out.length >= 600) return out;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

function timeline(findings: readonly MergedFinding[]): string {
  const months = countBy(
    findings.filter((f) => f.firstSeen),
    (f) => [f.firstSeen!.slice(0, 7)],
  ).sort((a, b) => a[0].localeCompare(b[0]));
  if (months.length === 0) return '<p class="none">No commit dates.</p>';
  const first = months[0]![0];
  const last = months[months.length - 1]![0];
  const counts = new Map(months);
  const all: [string, number][] = monthsFrom(first, last).map((k) => [k, counts.get(k) ?? 0]);
  const max = Math.max(...all.map(([, n]) => n));
  const w = 14;
  const h = 120;
  const bars = all
    .map(([k, n], i) => {
      const bh = Math.round((n / max) * (h - 20));
      return `<rect x="${i * w + 2}" y="${h - bh}" width="${w - 4}" height="${bh}"><title>${esc(k)}: ${n}</title></rect>`;
    })
    .join('');
  const svg = `<svg role="img" aria-label="credentials first committed per month" width="${all.length * w + 4}" height="${h + 2}" viewBox="0 0 ${all.length * w + 4} ${h + 2}">${bars}</svg>`;
  return `${svg}<p class="axis">${esc(first)} to ${esc(last)}</p>${table(
    'timeline',
    ['month', 'credentials first committed'],
    months.map(([k, n]) => [esc(k), String(n)]),
  )}`;
}

function checklist(findings: readonly MergedFinding[]): string {
  const asFindings: Finding[] = findings
    .filter((f) => f.category === 'secret')
    .map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      file: f.locations[0]?.file ?? '',
      line: f.locations[0]?.line ?? 0,
      column: 1,
      endLine: 0,
      endColumn: 0,
      fingerprint: f.key,
      remediation: f.remediation,
      ...(f.secret ? { secret: f.secret } : {}),
      ...(f.firstSeen ? { date: f.firstSeen } : {}),
      ...(f.locations[0]?.mcp ? { mcp: f.locations[0].mcp } : {}),
    }));
  const rules = findings.map((f) => ({
    id: f.ruleId,
    title: f.ruleId,
    category: f.category,
    severity: f.severity,
    ...(f.provider ? { provider: f.provider } : {}),
  }));
  const incidents = incidentsByProvider(asFindings, rules);
  if (incidents.length === 0) return '<p class="none">No leaked credentials.</p>';
  return incidents
    .map((inc) => {
      const p = inc.provider;
      const revoke = p.revokeUrl
        ? `Revoke each at <a href="${esc(p.revokeUrl)}">${esc(p.revokeUrl)}</a>`
        : `Revoke each with ${esc(p.name)}`;
      const items = [
        `${revoke} and issue replacements with the narrowest scope.`,
        ...(p.note ? [esc(p.note)] : []),
        'Remove them from the files (and purge history where they were pushed), then reference them from a secret store.',
        p.auditLog
          ? `Check the audit log${inc.since ? ` from ${esc(inc.since.slice(0, 10))} on` : ''}: ${esc(p.auditLog)}`
          : `Check ${esc(p.name)}'s logs for use${inc.since ? ` since ${esc(inc.since.slice(0, 10))}` : ''}.`,
      ];
      const secrets = inc.findings.map((f) => `<code>${esc(f.secret ?? f.ruleId)}</code>`).join(', ');
      return `<section class="provider"><h3>${esc(p.name)} <span class="count">(${inc.findings.length})</span></h3><p>${secrets}</p><ul>${items.map((i) => `<li><input type="checkbox" disabled> ${i}</li>`).join('')}</ul></section>`;
    })
    .join('');
}

export function renderOrgHtml(r: OrgReport): string {
  const now = Date.parse(r.generatedAt);
  const s = r.stats;
  const secrets = r.findings.filter((f) => f.category === 'secret');
  const stat = (id: string, label: string, n: number): string =>
    `<div class="stat" id="stat-${id}"><b>${n}</b><span>${esc(label)}</span></div>`;
  const byRepo = r.repos.map((x) => {
    const distinct = secrets.filter((f) => f.repos.includes(x.repo)).length;
    const live = secrets.filter((f) => f.repos.includes(x.repo) && f.verification === 'live').length;
    return [
      `<code>${esc(x.repo)}</code>`,
      esc(x.status),
      String(x.commits),
      String(x.findings),
      String(distinct),
      String(live),
      x.error ? esc(x.error) : '',
    ];
  });
  const byProvider = countBy(secrets, (f) => [f.provider ?? 'generic']).map(([p, n]) => [
    esc(p),
    String(n),
    String(secrets.filter((f) => (f.provider ?? 'generic') === p && f.verification === 'live').length),
  ]);
  const byAge = AGE_BUCKETS.map(([label, maxDays], i) => {
    const min = i === 0 ? -Infinity : AGE_BUCKETS[i - 1]![1];
    const n = secrets.filter((f) => {
      if (!f.firstSeen) return false;
      const days = (now - Date.parse(f.firstSeen)) / DAY;
      return days >= min && days < maxDays;
    }).length;
    return [esc(label), String(n)];
  });
  const undated = secrets.filter((f) => !f.firstSeen).length;
  if (undated) byAge.push(['no commit date', String(undated)]);
  const findingRows = r.findings.map((f) => [
    f.verification
      ? `<span class="v-${esc(f.verification)}">${esc(f.verification === 'live' ? 'LIVE' : f.verification)}</span>`
      : '',
    esc(f.severity),
    `<code>${esc(f.ruleId)}</code>`,
    f.secret ? `<code>${esc(f.secret)}</code>` : '',
    String(f.repos.length),
    esc(f.firstSeen?.slice(0, 10) ?? ''),
    f.locations
      .slice(0, 5)
      .map(
        (l) =>
          `<code>${esc(l.repo)}</code> <code>${esc(`${l.file}:${l.line}`)}</code>${l.commit ? ` @${esc(l.commit.slice(0, 12))}` : ''}`,
      )
      .join('<br>') + (f.locations.length > 5 ? `<br>and ${f.locations.length - 5} more` : ''),
  ]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mcp-leak-guard: organisation report</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24;max-width:1200px}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
.stats{display:flex;gap:1rem;flex-wrap:wrap}.stat{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem;min-width:7rem}
.stat b{display:block;font-size:1.6rem}.stat span{color:#57606a}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font:12px ui-monospace,monospace;background:#f6f8fa;padding:0 .2rem;overflow-wrap:anywhere}
svg rect{fill:#cf222e}.axis{color:#57606a;margin:0}.v-live{color:#fff;background:#cf222e;padding:0 .3rem;border-radius:3px;font-weight:bold}
.provider{border-left:3px solid #d0d7de;padding-left:1rem}.provider ul{list-style:none;padding-left:0}.none{color:#57606a}
</style></head><body>
<h1>mcp-leak-guard: organisation report</h1>
<p>Generated ${esc(r.generatedAt)}. Secret values are redacted; the full values never leave the scanner.</p>
<div class="stats">${stat('repos', 'repositories', s.repos)}${stat('failed', 'could not be scanned', s.failed)}${stat('findings', 'findings', s.findings)}${stat('distinct', 'distinct secrets', s.distinctSecrets)}${stat('shared', 'in several repositories', s.sharedSecrets)}${stat('live', 'verified live', s.live)}</div>
<h2>Findings</h2>${table('findings', ['live', 'severity', 'rule', 'secret', 'repositories', 'first committed', 'where'], findingRows)}
<h2>By repository</h2>${table('by-repository', ['repository', 'status', 'commits', 'findings', 'distinct secrets', 'live', 'note'], byRepo)}
<h2>By provider</h2>${table('by-provider', ['provider', 'distinct secrets', 'live'], byProvider)}
<h2>By age</h2>${table('by-age', ['first committed', 'distinct secrets'], byAge)}
<h2>Timeline</h2>${timeline(secrets)}
<h2>Incident checklist</h2>${checklist(r.findings)}
</body></html>
`;
}
