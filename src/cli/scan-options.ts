/**
 * The scan options shared by `scan` and `baseline`: parsed and validated in one place into one
 * typed settings object; the rest of the CLI never looks at argv.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FailOn } from '../core/findings.js';
import type { SourceChoice } from '../sources/index.js';
import { UsageError } from './io.js';
import { parseVerifyFlags, VERIFY_OPTIONS, type VerifySettings } from './verify.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';

export interface ScanSettings {
  source: SourceChoice;
  format: Format;
  output?: string;
  config?: string;
  baseline?: string;
  failOn: FailOn;
  allowShallow: boolean;
  /** Folder the scan is rooted at (repository root search starts here). */
  cwd: string;
  /** `--verify`: ask each credential's provider whether it is live. */
  verify?: VerifySettings;
}

export const SCAN_OPTIONS = {
  staged: { type: 'boolean' },
  diff: { type: 'string' },
  history: { type: 'boolean' },
  all: { type: 'boolean' },
  stdin: { type: 'boolean' },
  path: { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string', short: 'b' },
  'fail-on': { type: 'string' },
  'allow-shallow': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...VERIFY_OPTIONS,
} as const;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never', 'live'];

export function parseScanArgs(argv: readonly string[], cwd: string): ScanSettings & { help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const positionals = parsed.positionals;
  const modes = [
    v.staged && '--staged',
    v.diff !== undefined && '--diff',
    v.history && '--history',
    v.stdin && '--stdin',
  ].filter(Boolean);
  if (modes.length > 1) throw new UsageError(`choose one of ${modes.join(', ')}`);
  if (positionals.length > 1)
    throw new UsageError(`scan takes at most one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  if (positionals.length === 1 && modes.length === 1) throw new UsageError(`PATH cannot be combined with ${modes[0]}`);
  if (v.all && !v.history) throw new UsageError('--all goes with --history');
  if (v.path !== undefined && !v.stdin) throw new UsageError('--path goes with --stdin');
  const format = (v.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${v.format}"`);
  const failOn = (v['fail-on'] ?? 'error') as FailOn;
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${v['fail-on']}"`);
  const verify = parseVerifyFlags(v, failOn);
  if (verify && v.staged)
    throw new UsageError('--verify does not go with --staged: the pre-commit path never verifies');
  let source: SourceChoice;
  if (v.staged) source = { kind: 'staged' };
  else if (v.diff !== undefined) {
    if (!/^[^\s.][^\s]*?\.\.\.?[^\s]+$/.test(v.diff))
      throw new UsageError(`--diff takes BASE..HEAD or BASE...HEAD, got "${v.diff}"`);
    source = { kind: 'diff', range: v.diff };
  } else if (v.history) source = { kind: 'history', all: Boolean(v.all) };
  else if (v.stdin) source = { kind: 'stdin', path: v.path ?? 'stdin' };
  else source = { kind: 'worktree', target: path.resolve(cwd, positionals[0] ?? '.') };
  return {
    source,
    format,
    ...(v.output !== undefined ? { output: path.resolve(cwd, v.output) } : {}),
    ...(v.config !== undefined ? { config: path.resolve(cwd, v.config) } : {}),
    ...(v.baseline !== undefined ? { baseline: path.resolve(cwd, v.baseline) } : {}),
    failOn,
    allowShallow: Boolean(v['allow-shallow']),
    cwd,
    ...(verify ? { verify } : {}),
    help: Boolean(v.help),
  };
}
