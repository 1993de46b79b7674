/**
 * `--verify` on the CLI: its options, and the lazy hand-off to src/verify (loaded only when asked,
 * so the pre-commit path never pays for it).
 */
import type { FailOn } from '../core/findings.js';
import type { RawFinding, RuleInfo } from '../core/types.js';
import { InputError } from '../runtime/config-file.js';
import type { ScanResult } from '../core/result.js';
import { countFindings } from '../runtime/run-scan.js';
import { UsageError, type CliIO } from './io.js';

export const VERIFY_OPTIONS = {
  verify: { type: 'boolean' },
  'verify-timeout': { type: 'string' },
  'verify-budget': { type: 'string' },
} as const;

export const VERIFY_USAGE = `      --verify            ask each credential's provider whether it is live (read-only identity
                          calls to the provider's own API; see the README for what is sent)
      --verify-timeout S  seconds per call (default 5)
      --verify-budget S   seconds for all calls (default 60); later credentials are "unknown"
      --fail-on live      with --verify: fail only on credentials verified live
`;

export interface VerifySettings {
  timeoutMs: number;
  budgetMs: number;
}

function seconds(name: string, raw: string | undefined, dflt: number): number {
  if (raw === undefined) return dflt * 1000;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || n <= 0 || n > 3600)
    throw new UsageError(`--${name} takes seconds between 0 and 3600, got "${raw}"`);
  return Math.round(n * 1000);
}

export function parseVerifyFlags(
  values: { verify?: boolean | string; 'verify-timeout'?: boolean | string; 'verify-budget'?: boolean | string },
  failOn: FailOn | undefined,
): VerifySettings | undefined {
  const timeout = values['verify-timeout'];
  const budget = values['verify-budget'];
  if (!values.verify) {
    if (timeout !== undefined || budget !== undefined)
      throw new UsageError('--verify-timeout and --verify-budget go with --verify');
    if (failOn === 'live') throw new UsageError('--fail-on live goes with --verify');
    return undefined;
  }
  return {
    timeoutMs: seconds('verify-timeout', typeof timeout === 'string' ? timeout : undefined, 5),
    budgetMs: seconds('verify-budget', typeof budget === 'string' ? budget : undefined, 60),
  };
}

/** Verifies a run's findings in place (and recounts them) when `--verify` was given. */
export async function verifyIfAsked(
  result: { findings: RawFinding[]; rules: RuleInfo[]; verification?: ScanResult['verification'] },
  settings: VerifySettings | undefined,
  io: CliIO,
): Promise<void> {
  if (!settings) return;
  const { verifyResult, VerifyConfigError } = await import('../verify/index.js');
  try {
    await verifyResult(result, { env: io.env, timeoutMs: settings.timeoutMs, budgetMs: settings.budgetMs });
  } catch (e) {
    if (e instanceof VerifyConfigError) throw new InputError(e.message);
    throw e;
  }
  if ('stats' in result) countFindings(result as ScanResult);
}
