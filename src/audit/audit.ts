/**
 * `audit`: this device's user-level MCP configs and token caches, checked with the same core as
 * `scan` (literal credentials with client, server and slot; the policy checks) plus where each
 * file sits: permissions, cloud-synced folders, git work trees. `fix` only ever changes modes.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../core/config.js';
import { fingerprint, secretHash } from '../core/fingerprint.js';
import type { RawFinding } from '../core/types.js';
import { ageInDays } from '../core/rotation.js';
import type { ScanResult } from '../core/result.js';
import { countFindings, runScan } from '../runtime/run-scan.js';
import { decodeContent } from '../sources/decode.js';
import type { ScanSource, SourceItem } from '../sources/types.js';
import { deviceFiles, type DeviceEnv, type DeviceFile, type DeviceOs } from './paths.js';
import { gitProblems, permissionProblems, syncedProblems, type LocationProblem } from './location-checks.js';
import { AUDIT_RULES } from '../mcp/audit-rules.js';

export interface AuditOptions extends DeviceEnv {
  os: DeviceOs;
  /** Extra files to audit (`--path`). */
  extra: readonly string[];
  config: ResolvedConfig;
}

export interface PlannedFix {
  file: string;
  from: number;
  to: number;
}

export interface AuditResult {
  result: ScanResult;
  /** The files found and audited, with their client. */
  audited: DeviceFile[];
  fixes: PlannedFix[];
}

/** Files of a folder: a token cache (nested, as mcp-remote keeps them) or a folder of agent configs. */
function expand(f: DeviceFile): DeviceFile[] {
  if (!f.path.endsWith(path.sep) && !f.path.endsWith('/')) return existsSync(f.path) ? [f] : [];
  if (!existsSync(f.path)) return [];
  const out: DeviceFile[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && depth < 3) walk(p, depth + 1);
      // A folder of configs (agent files) is not a token cache: only a cache's files are all credentials.
      else if (e.isFile()) out.push({ client: f.client, path: p, ...(f.cache ? { cache: true } : {}) });
    }
  };
  walk(f.path, 0);
  return out;
}

export async function runAudit(opts: AuditOptions): Promise<AuditResult> {
  const audited = [
    ...deviceFiles(opts.os, opts).flatMap(expand),
    ...opts.extra.map((p) => ({ client: 'given', path: path.resolve(p) })),
  ];
  const source: ScanSource = {
    label: `device (${opts.os}, home ${opts.home})`,
    // A credential has been in its file at least since the file last changed.
    async annotate(findings) {
      for (const f of findings) {
        if (f.category !== 'secret') continue;
        const age = ageInDays(statSync(f.file).mtime.toISOString(), Date.now());
        if (age !== undefined) f.ageDays = age;
      }
    },
    async *items(): AsyncGenerator<SourceItem> {
      for (const f of audited) {
        try {
          const buf = readFileSync(f.path);
          const decoded = decodeContent(buf);
          if (decoded.kind === 'binary') yield { kind: 'skipped', path: f.path, reason: 'binary' };
          else yield { kind: 'unit', unit: { path: f.path, text: decoded.text, origin: 'device' }, bytes: buf.length };
        } catch (e) {
          yield {
            kind: 'error',
            path: f.path,
            message: `cannot read ${f.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
          };
        }
      }
    },
  };
  const result = await runScan(source, { config: opts.config });
  const fixes: PlannedFix[] = [];
  for (const f of audited) {
    if (!existsSync(f.path)) continue;
    const problems: LocationProblem[] = [
      ...permissionProblems(f.path, opts.os),
      ...syncedProblems(f.path),
      ...(await gitProblems(f.path)),
    ];
    for (const p of problems) {
      if (opts.config.ruleSettings.get(p.ruleId) === 'off') continue;
      result.findings.push(locationFinding(f, p, opts.config));
      if (p.fixMode !== undefined) fixes.push({ file: f.path, from: statSync(f.path).mode & 0o777, to: p.fixMode });
    }
  }
  countFindings(result);
  return { result, audited, fixes };
}

function locationFinding(f: DeviceFile, p: LocationProblem, config: ResolvedConfig): RawFinding {
  const rule = AUDIT_RULES.find((r) => r.id === p.ruleId)!;
  const setting = config.ruleSettings.get(p.ruleId);
  return {
    ruleId: p.ruleId,
    category: rule.category,
    severity: setting === 'error' || setting === 'warning' ? setting : p.severity,
    message: p.message,
    file: f.path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fingerprint: fingerprint({ scope: 'device', file: f.path, ruleId: p.ruleId, valueHash: secretHash(p.ruleId) }),
    mcp: { client: f.client },
    remediation: p.fixMode !== undefined ? `chmod 600 "${f.path}" (or run: mcp-leak-guard audit --fix)` : p.message,
  };
}

/** Applies the planned permission fixes (modes only; content is never touched). */
export function applyFixes(fixes: readonly PlannedFix[]): void {
  for (const f of fixes) chmodSync(f.file, f.to);
}
