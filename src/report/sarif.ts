/**
 * `--format sarif`: SARIF 2.1.0 for code scanning (`github/codeql-action/upload-sarif`): the rules
 * that fired with help text, results with physical locations and partial fingerprints.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { publicFinding } from '../core/findings.js';
import type { RuleInfo } from '../core/types.js';
import type { ScanResult } from '../core/result.js';

export const TOOL_NAME = 'mcp-leak-guard';
export const TOOL_URI = 'https://github.com/mcp-leak-guard/mcp-leak-guard';

export function renderSarif(result: ScanResult, version: string): string {
  const findings = result.findings.map(publicFinding);
  const used = new Set(findings.map((f) => f.ruleId));
  const known = new Map(result.rules.map((r) => [r.id, r]));
  const ruleIds = [...used].sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => sarifRule(known.get(id) ?? fallbackRule(id, findings)));
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results: Result[] = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
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
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version, informationUri: TOOL_URI, rules } },
        results,
        ...(result.errors.length > 0
          ? {
              invocations: [
                {
                  executionSuccessful: false,
                  toolExecutionNotifications: result.errors.map((e) => ({
                    level: 'error' as const,
                    message: { text: `could not scan ${e.path}: ${e.message}` },
                  })),
                },
              ],
            }
          : { invocations: [{ executionSuccessful: true }] }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
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
  findings: { ruleId: string; message: string; severity: 'error' | 'warning' }[],
): RuleInfo {
  const f = findings.find((x) => x.ruleId === id)!;
  return { id, title: f.message, category: 'secret', severity: f.severity };
}

/** Repository-relative path as a URI reference: each segment percent-encoded. */
function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
