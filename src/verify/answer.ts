/** Small helpers every provider module shares to turn an HTTP answer into a verification. */
import type { HttpAnswer, Verification } from './types.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A nested string field, or undefined (`get(body, 'user', 'login')`). */
export function get(v: unknown, ...keys: string[]): string | undefined {
  let cur = v;
  for (const k of keys) {
    if (!isObject(cur)) return undefined;
    cur = cur[k];
  }
  return typeof cur === 'string' ? cur : typeof cur === 'number' ? String(cur) : undefined;
}

/**
 * A person's login or email, shortened so a report names whose it is without publishing it
 * (`oc***`, `a***@example.com`). Organisation and workspace names are not redacted.
 */
export function person(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const at = value.indexOf('@');
  if (at > 0) return `${value.slice(0, 1)}***${value.slice(at)}`;
  const chars = [...value];
  return chars.length <= 3 ? '***' : `${chars.slice(0, 2).join('')}***`;
}

/** A comma- or space-separated scope header as a list (empty header: no scopes). */
export function scopeList(header: string | null | undefined): string[] | undefined {
  if (header === null || header === undefined) return undefined;
  return header
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An ISO 8601 date from a provider's date text (or undefined when it does not parse). */
export function isoDate(value: string | number | undefined | null): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const ms =
    typeof value === 'number' ? value * 1000 : Date.parse(String(value).replace(' UTC', 'Z').replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function live(reason: string, extra: Omit<Verification, 'status' | 'reason'> = {}): Verification {
  const out: Verification = { status: 'live', reason };
  if (extra.account) out.account = extra.account;
  if (extra.scopes) out.scopes = extra.scopes;
  if (extra.expiresAt) out.expiresAt = extra.expiresAt;
  return out;
}

export const invalid = (reason: string): Verification => ({ status: 'invalid', reason });
export const malformed = (): Verification => ({
  status: 'error',
  reason: 'the provider answered, but not in the documented shape',
});

/**
 * The common case: 2xx with a JSON object is read by `ok` (undefined from it means the shape was
 * wrong); the statuses in `rejected` (default 401 and 403) mean the provider refused the
 * credential; anything else is an error that says the status.
 */
export function fromAnswer(
  res: HttpAnswer,
  ok: (body: Json, res: HttpAnswer) => Verification | undefined,
  rejected: readonly number[] = [401, 403],
): Verification {
  if (res.status >= 200 && res.status < 300) {
    if (!isObject(res.body)) return malformed();
    return ok(res.body, res) ?? malformed();
  }
  if (rejected.includes(res.status)) return invalid(`the provider rejected it (HTTP ${res.status})`);
  return { status: 'error', reason: `unexpected answer from the provider (HTTP ${res.status})` };
}
