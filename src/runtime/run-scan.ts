/**
 * The scan loop every entry point shares: pull items from a source, run the engine on each unit,
 * apply the baseline, and gather findings, MCP summaries, notes, errors and stats.
 */
import { readFile } from 'node:fs/promises';
import { parseBaseline, unsaltedBaselineNote, type BaselineMatcher } from '../core/baseline.js';
import { UNSALTED_BASELINE } from '../core/fingerprint.js';
import type { ResolvedConfig } from '../core/config.js';
import type { Engine } from '../core/engine.js';
import { capPerRule, compareFindings } from '../core/findings.js';
import type { ScanResult } from '../core/result.js';
import type { RawFinding, RuleInfo } from '../core/types.js';
import type { ScanSource, SourceItem } from '../sources/types.js';
import { aggregateByFingerprint } from './aggregate.js';
import { historyOnlyRemediation } from '../core/remediation.js';
import { overdueForRotation } from '../core/rotation.js';
import { InputError } from './config-file.js';
import { createEngine } from './create-engine.js';
import { scanInParallel, workerCount, type ConfigLocation, type Outcome } from './parallel.js';

export interface RunOptions {
  config: ResolvedConfig;
  baselinePath?: string;
  /** Called after each item, for progress displays. */
  onItem?: (done: number) => void;
  /**
   * The key of the fingerprints' HMAC; default: the baseline's salt (none: see src/core/fingerprint.ts). The
   * `baseline` command passes the salt of the file it writes.
   */
  fingerprintSalt?: string;
  /** Where the config came from, so worker threads load the same one (large tree scans). */
  configLocation?: ConfigLocation;
}

export { createEngine };

export async function loadBaseline(file: string): Promise<BaselineMatcher> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read baseline ${file}: ${e.code ?? e.message}`);
  });
  return parseBaseline(text, file);
}

export async function runScan(
  source: ScanSource,
  opts: RunOptions,
  engine: Engine = createEngine(opts.config),
): Promise<ScanResult> {
  const started = performance.now();
  const inBaseline = opts.baselinePath ? await loadBaseline(opts.baselinePath) : undefined;
  // A folder the source could not list may hold a token in its name, like any path a report echoes.
  const incomplete = source.incomplete ? await engine.redactSecretsIn(source.incomplete) : undefined;
  const result: ScanResult = {
    source: source.label,
    findings: [],
    notes: [],
    suppressed: [],
    mcpConfigs: [],
    errors: [],
    overdue: [],
    skippedFiles: [],
    ...(incomplete ? { incomplete } : {}),
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
      suppressed: 0,
      durationMs: 0,
    },
    rules: engine.rules(),
  };
  const { stats } = result;
  // A baseline written before salts matches only the plain hashes it holds.
  const salt = opts.fingerprintSalt ?? inBaseline?.salt ?? (inBaseline ? UNSALTED_BASELINE : undefined);
  engine.setFingerprintSalt(salt);
  if (inBaseline && inBaseline.salt === undefined && opts.baselinePath)
    result.notes.push({ file: opts.baselinePath, level: 'warning', message: unsaltedBaselineNote(opts.baselinePath) });
  let done = 0;
  const accept = (o: Outcome): void => {
    done++;
    if (o.kind === 'skipped') {
      stats.skipped[o.reason] = (stats.skipped[o.reason] ?? 0) + 1;
      result.skippedFiles.push({ path: o.path, reason: o.reason });
    } else if (o.kind === 'error') result.errors.push({ path: o.path, message: o.message });
    else {
      const r = o.result;
      if (r.allowlisted) stats.allowlisted++;
      else {
        stats.files++;
        stats.bytes += o.bytes;
      }
      result.notes.push(...r.notes);
      result.suppressed.push(...r.suppressed);
      if (r.mcp) result.mcpConfigs.push(r.mcp);
      // Nearly every unit of a history finds nothing: no lists to copy for it.
      if (r.findings.length > 0) {
        const fresh = r.findings.filter((f) => {
          if (!inBaseline?.(f)) return true;
          stats.baselined++;
          return false;
        });
        // Named as the findings name the file (a token in its path redacted).
        result.findings.push(...capPerRule(fresh, fresh[0]?.file ?? o.path, result.notes));
      }
    }
    opts.onItem?.(done);
  };
  for (const f of source.failures ?? []) accept({ kind: 'error', path: f.path, message: f.message });
  const files = source.files;
  const workers = files && opts.configLocation ? workerCount(files.paths.length) : 0;
  if (files && opts.configLocation && workers > 0) {
    const location = { ...opts.configLocation, ...(salt !== undefined ? { fingerprintSalt: salt } : {}) };
    await scanInParallel(engine, files.base, files.paths, workers, location, accept);
  } else {
    for await (const batch of inBatches(source)) {
      for (const item of batch) {
        if (item.kind !== 'unit') accept(item);
        else accept({ kind: 'unit', path: item.unit.path, bytes: item.bytes, result: await engine.scan(item.unit) });
      }
    }
  }
  // A token in a file's name is redacted in the findings (the engine); these lists name files
  // the engine never read, so their paths and messages are redacted here.
  for (const e of result.errors) {
    e.path = await engine.redactSecretsIn(e.path);
    e.message = await engine.redactSecretsIn(e.message, e.path);
  }
  for (const s of result.skippedFiles) s.path = await engine.redactSecretsIn(s.path);
  // Threads finish in any order: sort everything a report lists.
  if (incomplete) result.notes.push({ file: source.label, level: 'warning', message: incomplete });
  result.notes.sort((a, b) => a.file.localeCompare(b.file));
  result.skippedFiles.sort((a, b) => a.path.localeCompare(b.path));
  result.mcpConfigs.sort((a, b) => a.file.localeCompare(b.file));
  result.errors.sort((a, b) => a.path.localeCompare(b.path));
  result.suppressed.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  stats.suppressed = result.suppressed.length;
  result.findings = aggregateByFingerprint(result.findings).sort(compareFindings);
  await source.annotate?.(result.findings);
  sayWhenGoneFromHead(result.findings, result.rules);
  result.overdue = overdueForRotation(result.findings, opts.config.maxAgeDays);
  stats.errors = result.errors.length;
  countFindings(result);
  stats.durationMs = Math.round(performance.now() - started);
  return result;
}

/** A source's items in its own batches, or one by one. */
async function* inBatches(source: ScanSource): AsyncGenerator<readonly SourceItem[]> {
  if (source.itemBatches) yield* source.itemBatches();
  else for await (const item of source.items()) yield [item];
}

/** Recounts the findings by severity (after a caller adds findings of its own, as `audit` does). */
export function countFindings(result: ScanResult): void {
  const s = result.stats;
  s.findings = result.findings.length;
  s.errorFindings = result.findings.filter((f) => f.severity === 'error').length;
  s.warningFindings = s.findings - s.errorFindings;
}

/** A secret gone from HEAD is not removed "from the file": it is still in the history, and live. */
function sayWhenGoneFromHead(findings: RawFinding[], rules: readonly RuleInfo[]): void {
  const provider = new Map(rules.map((r) => [r.id, r.provider]));
  for (const f of findings)
    if (f.atHead === false) f.remediation = historyOnlyRemediation(provider.get(f.ruleId), f.file);
}
