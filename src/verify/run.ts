/**
 * Verifies the credential findings of one run: one call per distinct secret, a few at a time, each
 * with a timeout, inside a total budget; a provider that rate-limits is left alone for the rest of
 * the run (or until its Retry-After passes). Whatever happens, every finding stays and gets a
 * status: a failure to verify is `unknown` or `error`, never a missing finding.
 */
import { secretHash } from '../core/fingerprint.js';
import type { VerificationStats } from '../core/result.js';
import type { RawFinding, RuleInfo } from '../core/types.js';
import { baseUrlFor, fetchFor, HttpFailure, httpClient, type Fetch } from './http.js';
import { verifierFor } from './providers/index.js';
import type { Verification, Verifier } from './types.js';

export interface VerifyOptions {
  env: NodeJS.ProcessEnv;
  /** Per call, milliseconds (default 5000). */
  timeoutMs?: number;
  /** Calls in flight at once (default 4). */
  concurrency?: number;
  /** The whole run, milliseconds (default 60000): later credentials are `unknown`. */
  budgetMs?: number;
  /** Injected in tests only through `env`; this is for the proxy-aware fetch. */
  fetch?: Fetch;
}

export type VerifyStats = VerificationStats;

/** A bare token: printable, no spaces, no URL. Anything else is not sent anywhere. */
const BARE_TOKEN = /^[\x21-\x7e]{8,512}$/;

/** Adds `verification` to every credential finding (in place) and returns the counts. */
export async function verifyFindings(
  findings: readonly RawFinding[],
  rules: readonly RuleInfo[],
  opts: VerifyOptions,
): Promise<VerifyStats> {
  const started = Date.now();
  const timeoutMs = opts.timeoutMs ?? 5000;
  const deadline = started + (opts.budgetMs ?? 60_000);
  const doFetch = opts.fetch ?? (await fetchFor(opts.env));
  const provider = new Map(rules.map((r) => [r.id, r.provider]));
  // Resolve every base URL first: a bad redirect variable stops the run before any request.
  const bases = new Map<Verifier, string>();
  const blockedUntil = new Map<string, { until: number; reason: string }>();
  const once = new Map<string, Promise<Verification>>();

  const check = async (v: Verifier, secret: string, ruleId: string): Promise<Verification> => {
    const block = blockedUntil.get(v.provider);
    if (block && Date.now() < block.until) return { status: 'unknown', reason: `not checked: ${block.reason}` };
    if (Date.now() >= deadline)
      return { status: 'unknown', reason: `not checked: the verification budget (${budgetText(opts)}) was used up` };
    const http = httpClient({
      base: bases.get(v)!,
      fetch: doFetch,
      timeoutMs: () => Math.min(timeoutMs, deadline - Date.now()),
    });
    try {
      return await v.verify(secret, http, ruleId);
    } catch (e) {
      if (e instanceof HttpFailure) {
        if (e.kind === 'rate-limited') {
          const wait = e.retryAfterSeconds;
          blockedUntil.set(v.provider, {
            until: wait !== undefined ? Date.now() + wait * 1000 : Infinity,
            reason: e.message,
          });
          return { status: 'unknown', reason: e.message };
        }
        return { status: e.kind === 'timeout' ? 'unknown' : 'error', reason: e.message };
      }
      // A provider module's own bug: report it without its text (it could quote the answer).
      return { status: 'error', reason: 'internal error while reading the answer' };
    }
  };

  const jobs: { finding: RawFinding; run: () => Promise<Verification> }[] = [];
  for (const f of findings) {
    if (f.category !== 'secret') continue;
    const v = verifierFor(provider.get(f.ruleId), f.ruleId);
    const secret = f.raw;
    if (!v) {
      f.verification = { status: 'unknown', reason: 'no side-effect-free check for this kind of credential' };
      continue;
    }
    if (secret === undefined) {
      f.verification = {
        status: 'unknown',
        reason: 'the value is not available (a report holds redacted values only)',
      };
      continue;
    }
    if (!BARE_TOKEN.test(secret) || secret.includes('://')) {
      f.verification = { status: 'unknown', reason: 'the value is not a bare token, so it is not sent anywhere' };
      continue;
    }
    if (!bases.has(v)) bases.set(v, baseUrlFor(v.provider, v.baseUrl, opts.env));
    const key = `${v.provider}:${f.ruleId}:${secretHash(secret)}`;
    jobs.push({
      finding: f,
      run: () => {
        let p = once.get(key);
        if (!p) {
          p = check(v, secret, f.ruleId);
          once.set(key, p);
        }
        return p;
      },
    });
  }

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      job.finding.verification = { ...(await job.run()) };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));

  const stats: VerifyStats = { checked: once.size, live: 0, invalid: 0, unknown: 0, error: 0, durationMs: 0 };
  for (const f of findings) if (f.verification) stats[f.verification.status]++;
  stats.durationMs = Date.now() - started;
  return stats;
}

function budgetText(opts: VerifyOptions): string {
  return `${Math.round((opts.budgetMs ?? 60_000) / 1000)} s`;
}
