/**
 * Incident response: for each provider whose credentials a report holds, one checklist: revoke,
 * remove or replace, change related passwords, check the audit log, re-issue narrowly. Built
 * from findings (a `scan`/`audit` JSON report, or a scan run on the spot); values stay redacted.
 */
import { providerInfo, type ProviderRemediation } from '../core/remediation.js';
import type { Finding, RuleInfo } from '../core/types.js';
import { guessProvider } from '../mcp/analyze.js';
import { adviceFor, CLIENTS } from '../mcp/clients.js';

const GENERIC = providerInfo(undefined).name;

export interface ProviderIncident {
  provider: ProviderRemediation;
  findings: Finding[];
  /** The earliest commit date among them: the audit log must be read from there on. */
  since?: string;
}

/** Groups the credential findings by provider (unknown providers together, last). */
export function incidentsByProvider(findings: readonly Finding[], rules: readonly RuleInfo[]): ProviderIncident[] {
  const ruleProvider = new Map(rules.map((r) => [r.id, r.provider]));
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.category !== 'secret') continue;
    let key = ruleProvider.get(f.ruleId);
    if (!key || key === 'generic') key = (f.mcp && guessProvider(f.mcp.slot ?? '', f.mcp.server ?? '')) ?? 'generic';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'generic' ? 1 : b === 'generic' ? -1 : a.localeCompare(b)))
    .map(([key, list]) => {
      const dates = list
        .map((f) => f.date)
        .filter((d): d is string => Boolean(d))
        .sort();
      return { provider: providerInfo(key), findings: list, ...(dates[0] ? { since: dates[0] } : {}) };
    });
}

/** What `--revoke` did with one credential (keyed by fingerprint in the plan). */
export interface RevocationNote {
  status: 'revoked' | 'refused' | 'not-revocable';
  reason: string;
}

function where(f: Finding): string {
  const mcp = f.mcp ? ` (${[f.mcp.client, f.mcp.server, f.mcp.slot].filter(Boolean).join(' > ')})` : '';
  const commit = f.commit ? ` [commit ${f.commit.slice(0, 12)}${f.date ? `, ${f.date.slice(0, 10)}` : ''}]` : '';
  const live = f.verification?.status === 'live' ? ' LIVE' : '';
  return `${f.file}:${f.line} ${f.secret ?? ''}${mcp}${commit}${live}`.replace(/ {2,}/g, ' ');
}

/** The client's own way to reference a secret, for each MCP client named in the findings. */
function referenceAdvice(findings: readonly Finding[]): string[] {
  const names = new Set(findings.map((f) => f.mcp?.client).filter(Boolean));
  return CLIENTS.filter((c) => names.has(c.name)).map((c) => `${c.name}: ${adviceFor(c)}`);
}

export function incidentPlan(
  incidents: readonly ProviderIncident[],
  markdown: boolean,
  revocations?: ReadonlyMap<string, RevocationNote>,
): string {
  if (incidents.length === 0)
    return markdown ? 'No leaked credentials in this report.\n' : 'No leaked credentials in this report.\n';
  const box = markdown ? '- [ ]' : '  [ ]';
  const out: string[] = [];
  out.push(markdown ? '# Incident response: leaked credentials' : 'Incident response: leaked credentials', '');
  for (const inc of incidents) {
    const p = inc.provider;
    const n = inc.findings.length;
    const name = p.name === GENERIC ? 'Other services (provider not recognised)' : p.name;
    const title = `${name} (${n} credential${n > 1 ? 's' : ''})`;
    out.push(markdown ? `## ${title}` : title, '');
    out.push(markdown ? 'Where:' : '  Where:');
    for (const f of inc.findings) out.push(`${markdown ? '-' : '   -'} ${markdown ? `\`${where(f)}\`` : where(f)}`);
    out.push('');
    const notes = revocations ? inc.findings.map((f) => ({ f, r: revocations.get(f.fingerprint) })) : [];
    for (const { f, r } of notes) {
      if (!r) continue;
      const done = r.status === 'revoked' ? (markdown ? '- [x]' : '  [x]') : box;
      const word = { revoked: 'Revoked here', refused: 'Revocation refused', 'not-revocable': 'Not revocable here' }[
        r.status
      ];
      out.push(`${done} ${word}: ${f.secret ?? f.ruleId} (${r.reason}).`);
    }
    const allRevoked = notes.length > 0 && notes.every(({ r }) => r?.status === 'revoked');
    out.push(
      `${allRevoked ? (markdown ? '- [x]' : '  [x]') : box} Revoke now: ${p.revokeUrl || 'in the service that issued it (its API keys or tokens page)'}${p.note ? `. ${p.note}` : ''}`,
    );
    out.push(
      `${box} Remove the literal (or the whole server entry) from each file above, and from git history if it was pushed.`,
    );
    for (const advice of referenceAdvice(inc.findings)) out.push(`${box} Reference it instead. ${advice}`);
    out.push(
      `${box} Change related passwords: the account behind the token, and any password that was stored or shared with it.`,
    );
    out.push(
      `${box} Check the audit log for use${inc.since ? ` since ${inc.since.slice(0, 10)}` : ''}: ${p.auditLog ?? "the service's security or audit log"}.`,
    );
    out.push(
      `${box} Re-issue it with the narrowest scope (read-only, one project, an expiry) and keep it outside any repository.`,
    );
    out.push('');
  }
  return `${out.join('\n')}`;
}
