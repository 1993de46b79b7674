/**
 * The safe-use checklist at the end of `audit`'s text output, in the user's words, each item
 * marked by what the audit found, and what to revoke right now if this device was lost.
 */
import { providerInfo } from '../core/remediation.js';
import type { Finding, RuleInfo } from '../core/types.js';
import { guessProvider } from '../mcp/analyze.js';
import type { ScanResult } from '../core/result.js';

interface Item {
  text: string;
  /** Rule ids whose findings mean this item is not met. */
  rules: readonly string[];
}

const ITEMS: readonly Item[] = [
  {
    text: "No literal tokens in configs: reference them from the environment or the client's secret store.",
    rules: ['mcp-literal-credential'],
  },
  {
    text: 'Least privilege: each server gets the narrowest token it needs (read-only, one project).',
    rules: ['mcp-broad-scope'],
  },
  {
    text: 'Config protected: only you can read it (0600), it is not in a synced folder or a repository.',
    rules: ['audit-file-permissions', 'audit-folder-permissions', 'audit-synced-location', 'audit-in-git'],
  },
  {
    text: 'Official servers, pinned: from their publisher, at an exact version.',
    rules: ['mcp-unpinned-server', 'mcp-untrusted-server'],
  },
  {
    text: 'Nothing sensitive connected blindly: no production databases, no write access without review.',
    rules: ['mcp-production-database', 'mcp-insecure-transport'],
  },
];

export function checklistText(result: ScanResult): string {
  const failing = new Set(result.findings.map((f) => f.ruleId));
  const secretFound = result.findings.some((f) => f.category === 'secret');
  const lines = ['', 'Safe-use checklist'];
  for (const item of ITEMS) {
    const ok =
      !item.rules.some((r) => failing.has(r)) && !(item.rules.includes('mcp-literal-credential') && secretFound);
    lines.push(`  [${ok ? 'ok' : '!!'}] ${item.text}`);
  }
  lines.push(
    '  [..] Rotate tokens on a schedule (every 90 days), and at once when a device, repository or log may have exposed them.',
  );
  const providers = providersToRevoke(result);
  lines.push('', 'If this device was lost or stolen, revoke these now (then issue new ones elsewhere):');
  if (providers.length === 0) lines.push('  (no provider tokens recognised in the audited configs)');
  for (const p of providers) lines.push(`  - ${p.name}: ${p.revokeUrl || 'revoke it with the provider'}`);
  return `${lines.join('\n')}\n`;
}

/** Providers whose tokens the audited configs hold: from findings' rules and servers' names. */
export function providersToRevoke(result: ScanResult): { name: string; revokeUrl: string }[] {
  const byId = new Map<string, RuleInfo>(result.rules.map((r) => [r.id, r]));
  const keys = new Set<string>();
  const add = (key: string | undefined): void => {
    if (key && key !== 'generic') keys.add(key);
  };
  result.findings.forEach((f: Finding) => {
    add(byId.get(f.ruleId)?.provider);
    if (f.mcp?.server || f.mcp?.slot) add(guessProvider(f.mcp.slot ?? '', f.mcp.server ?? ''));
  });
  for (const config of result.mcpConfigs) for (const s of config.servers) add(guessProvider('', s.name));
  const generic = providerInfo(undefined).name;
  return [...keys].map((k) => providerInfo(k)).filter((p) => p.name !== generic);
}
