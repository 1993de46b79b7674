/**
 * `--format sarif`: SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): the rules
 * that fired with help text, results with physical locations and partial fingerprints.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { publicFinding } from '../core/findings.js';
import type { RuleInfo } from '../core/types.js';
import type { ScanResult } from '../core/result.js';
import { capResults, MAX_BYTES, omittedNotice } from './sarif-limits.js';

export const TOOL_NAME = 'mcp-leak-guard';
export const TOOL_URI = 'https://github.com/mcp-leak-guard/mcp-leak-guard';

export function renderSarif(result: ScanResult, version: string): string {
  const all = result.findings.map(publicFinding);
  // Most severe first, so the cap below leaves out the least severe.
  const ordered = [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity !== 'error')];
  const errors = result.errors.map((e) => ({
    level: 'error' as const,
    message: { text: `could not scan ${e.path}: ${e.message}` },
  }));
  const omittedNote = (n: number) => ({ level: 'warning' as const, message: { text: omittedNotice(n) } });
  // Everything but the results, with every rule and the longest notice: what results must fit beside.
  const frame = render(result, version, all, [], [...errors, omittedNote(all.length)]);
  const { kept, omitted } = capResults(
    ordered,
    (f) => {
      const text = JSON.stringify(sarifResult(f, 0), null, 2);
      // Pretty-printed at depth 4 (8 spaces more per line), then a comma and newline.
      return Buffer.byteLength(text) + 8 * text.split('\n').length + 2;
    },
    MAX_BYTES - Buffer.byteLength(frame) - 1024,
  );
  return render(result, version, kept, kept, omitted > 0 ? [...errors, omittedNote(omitted)] : errors);
}

/** The log with the rules `ruleSource` uses, `findings` as results and these notifications. */
function render(
  result: ScanResult,
  version: string,
  ruleSource: readonly PublicFinding[],
  findings: readonly PublicFinding[],
  notifications: Notification[],
): string {
  const ruleIds = [...new Set(ruleSource.map((f) => f.ruleId))].sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => sarifRule(known(result, id, ruleSource)));
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results: Result[] = findings.map((f) => sarifResult(f, index.get(f.ruleId)!));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version, informationUri: TOOL_URI, rules } },
        results,
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

type PublicFinding = ReturnType<typeof publicFinding>;
type Notification = NonNullable<
  NonNullable<Log['runs'][number]['invocations']>[number]['toolExecutionNotifications']
>[number];

function sarifResult(f: PublicFinding, ruleIndex: number): Result {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: `${f.message}${f.secret ? `: ${f.secret}` : ''}. ${f.remediation}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { 'mcpLeakGuard/v1': f.fingerprint },
    ...(f.commit || f.mcp
      ? {
          properties: {
            ...(f.commit
              ? { commit: f.commit, ...(f.author ? { author: f.author } : {}), ...(f.date ? { date: f.date } : {}) }
              : {}),
            ...(f.mcp ? { mcp: f.mcp } : {}),
          },
        }
      : {}),
  };
}

function known(result: ScanResult, id: string, findings: readonly PublicFinding[]): RuleInfo {
  return result.rules.find((r) => r.id === id) ?? fallbackRule(id, findings);
}

function sarifRule(r: RuleInfo): ReportingDescriptor {
  const what =
    r.category === 'secret' ? 'credential' : r.category === 'mcp-config' ? 'MCP config problem' : 'policy check';
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description ?? `${r.title} (${what}).` },
    help: {
      text:
        r.description ??
        `${r.title}. Revoke and rotate it, then reference it from an environment variable or secret manager.`,
    },
    defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
    properties: {
      tags: ['security', r.category],
      'security-severity': r.severity === 'error' ? '8.0' : '5.0',
      ...(r.provider ? { provider: r.provider } : {}),
    },
  };
}

function fallbackRule(
  id: string,
  findings: readonly { ruleId: string; message: string; severity: 'error' | 'warning' }[],
): RuleInfo {
  const f = findings.find((x) => x.ruleId === id)!;
  return { id, title: f.message, category: 'secret', severity: f.severity };
}

/** Repository-relative path as a URI reference: each segment percent-encoded. */
function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
