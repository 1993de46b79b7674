/**
 * Supabase: the Management API's `GET /v1/organizations` (personal access tokens, `sbp_`). A
 * project's secret key is checked only against its own project, whose URL is not known here.
 */
import { get, invalid, live, malformed } from '../answer.js';
import type { Verification, Verifier } from '../types.js';

export const supabase: Verifier = {
  provider: 'supabase',
  baseUrl: 'https://api.supabase.com',
  endpoint: 'GET /v1/organizations',
  reports: 'organisations the token reaches',
  rules: ['supabase-access-token'],
  async verify(secret, http): Promise<Verification> {
    const res = await http({ path: '/v1/organizations', headers: { authorization: `Bearer ${secret}` } });
    if (res.status === 401 || res.status === 403) return invalid(`the provider rejected it (HTTP ${res.status})`);
    if (res.status !== 200)
      return { status: 'error', reason: `unexpected answer from the provider (HTTP ${res.status})` };
    if (!Array.isArray(res.body)) return malformed();
    const names = res.body.map((o) => get(o, 'name')).filter((n): n is string => Boolean(n));
    return live(`Supabase accepted it (${res.body.length} organisations)`, {
      ...(names.length ? { account: names.slice(0, 3).join(', ') } : {}),
    });
  },
};
