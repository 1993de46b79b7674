/**
 * The scan loop every entry point shares: pull items from a source, run the engine on each unit,
 * apply the baseline, and gather findings, MCP summaries, notes, errors and stats.
 */
import { readFile } from 'node:fs/promises';
import { parseBaseline } from '../core/baseline.js';
import type { ResolvedConfig } from '../core/config.js';
import { Engine } from '../core/engine.js';
import { compareFindings } from '../core/findings.js';
import type { Finding, McpFileSummary, RawFinding, RuleInfo, ScanNote } from '../core/types.js';
import { AUDIT_RULES } from '../audit/rules.js';
import { analyzeMcp, MCP_RULES } from '../mcp/analyze.js';
import type { ScanSource, SkipReason } from '../sources/types.js';
import { aggregateByFingerprint } from './aggregate.js';
import { overdueForRotation, type Overdue } from './rotation.js';
import { InputError } from './config-file.js';

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: Partial<Record<SkipReason, number>>;
  allowlisted: number;
  errors: number;
  findings: number;
  errorFindings: number;
  warningFindings: number;
  baselined: number;
  durationMs: number;
}

export interface ScanResult {
  source: string;
  findings: RawFinding[];
  notes: ScanNote[];
  mcpConfigs: McpFileSummary[];
  /** Inputs that could not be scanned: any entry makes the exit code 2. */
  errors: { path: string; message: string }[];
  stats: ScanStats;
  /** Credentials older than `rotation.maxAgeDays` and still present. */
  overdue: Overdue[];
  rules: RuleInfo[];
}

export interface RunOptions {
  config: ResolvedConfig;
  baselinePath?: string;
  /** Called after each item, for progress displays. */
  onItem?: (done: number) => void;
}

export function createEngine(config: ResolvedConfig): Engine {
  return new Engine(config, { mcpAnalyzer: analyzeMcp, extraRules: [...MCP_RULES, ...AUDIT_RULES] });
}

export async function loadBaseline(file: string): Promise<(f: Finding) => boolean> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read baseline ${file}: ${e.code ?? e.message}`);
  });
  return parseBaseline(text, file);
}

export async function runScan(
  source: ScanSource,
  opts: RunOptions,
  engine = createEngine(opts.config),
): Promise<ScanResult> {
  const started = performance.now();
  const inBaseline = opts.baselinePath ? await loadBaseline(opts.baselinePath) : undefined;
  const result: ScanResult = {
    source: source.label,
    findings: [],
    notes: [],
    mcpConfigs: [],
    errors: [],
    overdue: [],
    stats: {
      files: 0,
      bytes: 0,
      skipped: {},
      allowlisted: 0,
      errors: 0,
      findings: 0,
      errorFindings: 0,
      warningFindings: 0,
      baselined: 0,
      durationMs: 0,
    },
    rules: engine.rules(),
  };
  const { stats } = result;
  let done = 0;
  for await (const item of source.items()) {
    done++;
    if (item.kind === 'skipped') stats.skipped[item.reason] = (stats.skipped[item.reason] ?? 0) + 1;
    else if (item.kind === 'error') result.errors.push({ path: item.path, message: item.message });
    else {
      const r = await engine.scan(item.unit);
      if (r.allowlisted) stats.allowlisted++;
      else {
        stats.files++;
        stats.bytes += item.bytes;
      }
      result.notes.push(...r.notes);
      if (r.mcp) result.mcpConfigs.push(r.mcp);
      for (const f of r.findings) {
        if (inBaseline?.(f)) stats.baselined++;
        else result.findings.push(f);
      }
    }
    opts.onItem?.(done);
  }
  result.findings = aggregateByFingerprint(result.findings).sort(compareFindings);
  await source.annotate?.(result.findings);
  result.overdue = overdueForRotation(result.findings, opts.config.maxAgeDays);
  stats.errors = result.errors.length;
  stats.findings = result.findings.length;
  stats.errorFindings = result.findings.filter((f) => f.severity === 'error').length;
  stats.warningFindings = stats.findings - stats.errorFindings;
  stats.durationMs = Math.round(performance.now() - started);
  return result;
}
