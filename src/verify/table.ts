/** The README's table of verifiers: provider, the one call made, what it reports, which credentials. */
import { providerInfo } from '../core/remediation.js';
import { VERIFIERS } from './providers/index.js';

export function verifiersMarkdown(): string {
  const rows = VERIFIERS.map((v) => {
    const host = new URL(v.baseUrl).host;
    const rules = v.rules ? v.rules.map((r) => `\`${r}\``).join(', ') : 'every rule of the provider';
    return `| ${providerInfo(v.provider).name} | \`${host}\` | \`${v.endpoint}\` | ${v.reports} | ${rules} |`;
  });
  return [
    '| provider | host | read-only call | reports | credentials |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
