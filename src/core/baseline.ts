/**
 * Baselines: a committed list of accepted findings, by fingerprint. Safe to commit: it holds
 * rule ids, paths and a short keyed hash (HMAC with the baseline's own random salt), never a
 * secret. Matching ignores the fingerprint's scope (commit / staged / worktree), so a baseline
 * written from a tree scan also covers the same secret when a history or staged scan meets it.
 *
 * Version 1 files (before salts) still load: their hashes are unsalted, the scan computes the
 * same, and a note asks for the file to be rewritten.
 */
import { fingerprintKey } from './fingerprint.js';
import type { Finding } from './types.js';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  line: number;
}

export interface BaselineFile {
  version: 1 | 2;
  tool: 'mcp-leak-guard';
  /** Version 2: the key of the fingerprints' HMAC (random, one per repository's baseline). */
  salt?: string;
  findings: BaselineEntry[];
}

/** Matches findings against a baseline; `salt` is the key its fingerprints were made with. */
export type BaselineMatcher = ((f: Finding) => boolean) & { salt?: string };

export class BaselineError extends Error {
  constructor(source: string, detail: string) {
    super(`invalid baseline ${source}: ${detail}`);
    this.name = 'BaselineError';
  }
}

/** `findings` must have been fingerprinted with `salt` (the scan's `fingerprintSalt`). */
export function serializeBaseline(findings: readonly Finding[], salt: string): string {
  const entries = findings
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, line: f.line }))
    .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  const file: BaselineFile = { version: 2, tool: 'mcp-leak-guard', salt, findings: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parse a baseline into a matcher. */
export function parseBaseline(text: string, source: string): BaselineMatcher {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(source, `not valid JSON: ${(e as Error).message}`);
  }
  const obj = data as Partial<BaselineFile> | null;
  if (!obj || typeof obj !== 'object' || !Array.isArray(obj.findings))
    throw new BaselineError(
      source,
      'expected an object with a "findings" list (write one with `mcp-leak-guard baseline`)',
    );
  if (obj.salt !== undefined && (typeof obj.salt !== 'string' || !/^[0-9a-f]{32,128}$/.test(obj.salt)))
    throw new BaselineError(
      source,
      '"salt" must be 32 to 128 lowercase hex digits (as `mcp-leak-guard baseline` writes it)',
    );
  const keys = new Set<string>();
  obj.findings.forEach((e, i) => {
    if (!e || typeof e.fingerprint !== 'string') throw new BaselineError(source, `findings[${i}] has no "fingerprint"`);
    keys.add(fingerprintKey(e.fingerprint));
  });
  const matcher: BaselineMatcher = (f) => keys.has(fingerprintKey(f.fingerprint));
  if (obj.salt !== undefined) matcher.salt = obj.salt;
  return matcher;
}

/** What a scan with a baseline written before salts should tell the user. */
export function unsaltedBaselineNote(file: string): string {
  return `this baseline's fingerprints are unsalted (written by an older version): a dictionary of common passwords can be matched against them. Rewrite it with \`mcp-leak-guard baseline -o ${file}\` to salt them (the same findings stay accepted).`;
}
