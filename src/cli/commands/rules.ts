/** `mcp-leak-guard rules`: every rule id the scanner can report, as a table or JSON. */
import { resolveConfig } from '../../core/config.js';
import type { RuleInfo } from '../../core/types.js';
import { createEngine } from '../../runtime/run-scan.js';
import { parseListArgs, type CliIO } from '../io.js';

export const RULES_USAGE = `Usage: mcp-leak-guard rules [--format text|markdown|json]

Lists every rule: id, category, default severity and what it finds. Any id can be set to
"off", "error" or "warning" under "rules" in the config file.
`;

export async function rulesCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const format = parseListArgs(argv, RULES_USAGE, io);
  if (!format) return 0;
  const rules = createEngine(resolveConfig(undefined)).rules();
  io.stdout.write(
    format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : renderRules(rules, format === 'markdown'),
  );
  return 0;
}

export function renderRules(rules: readonly RuleInfo[], markdown: boolean): string {
  if (markdown) {
    const ids = (list: readonly string[] | undefined): string => (list ?? []).map((id) => `\`${id}\``).join(', ');
    const rows = rules.map(
      (r) =>
        `| \`${r.id}\` | ${r.category} | ${r.severity} | ${r.title.replace(/\|/g, '\\|')} | ${ids(r.peers?.gitleaks)} | ${ids(r.peers?.trufflehog)} |`,
    );
    return `| rule | category | severity | finds | gitleaks | trufflehog |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  return `${rules.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(10)} ${r.severity.padEnd(7)}  ${r.title}`).join('\n')}\n${rules.length} rules\n`;
}
