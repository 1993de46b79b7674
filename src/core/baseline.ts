/**
 * Baselines: a committed list of accepted findings, by fingerprint. Safe to commit: it holds
 * rule ids, paths and a short one-way hash, never a secret. Matching ignores the fingerprint's
 * scope (commit / staged / worktree), so a baseline written from a tree scan also covers the same
 * secret when a history or staged scan meets it.
 */
import { fingerprintKey } from './fingerprint.js';
import { jsonSyntaxError } from './json-error.js';
import type { Finding } from './types.js';

/** The baseline every entry point reads from the repository root when none is named. */
export const DEFAULT_BASELINE_NAME = '.mcp-leak-guard-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  line: number;
}

export interface BaselineFile {
  version: 1;
  tool: 'mcp-leak-guard';
  findings: BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(source: string, detail: string) {
    super(`invalid baseline ${source}: ${detail}`);
    this.name = 'BaselineError';
  }
}

export function serializeBaseline(findings: readonly Finding[]): string {
  const entries = findings
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, line: f.line }))
    .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  const file: BaselineFile = { version: 1, tool: 'mcp-leak-guard', findings: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parse a baseline into a matcher. */
export function parseBaseline(text: string, source: string): (f: Finding) => boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { detail, position } = jsonSyntaxError(text);
    throw new BaselineError(position ? `${source}:${position.line}:${position.column}` : source, detail);
  }
  const obj = data as Partial<BaselineFile> | null;
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.findings))
    throw new BaselineError(
      source,
      'expected an object with a "findings" list (write one with `mcp-leak-guard baseline`)',
    );
  const keys = new Set<string>();
  obj.findings.forEach((e, i) => {
    if (!e || typeof e.fingerprint !== 'string') throw new BaselineError(source, `findings[${i}] has no "fingerprint"`);
    keys.add(fingerprintKey(e.fingerprint));
  });
  return (f) => keys.has(fingerprintKey(f.fingerprint));
}
