/**
 * Revocation (`incident --revoke`, Action input `revoke`): what a finder may revoke without owning
 * the account. GitHub's credential revocation API takes up to 1000 tokens a request with no
 * authentication (60 requests an hour); a GitLab token revokes itself; a Slack token too. Every
 * other credential is "not revocable here", with the provider's page to do it by hand.
 */
import { secretHash } from '../core/fingerprint.js';
import type { RawFinding, RuleInfo } from '../core/types.js';
import { isObject, get } from './answer.js';
import { baseUrlFor, fetchFor, HttpFailure, httpClient, type Fetch } from './http.js';
import { github } from './providers/github.js';
import { gitlab } from './providers/gitlab.js';
import { slack } from './providers/slack.js';
import type { Http } from './types.js';

export type RevokeStatus = 'revoked' | 'refused' | 'not-revocable';

export interface RevokeOutcome {
  status: RevokeStatus;
  reason: string;
}

export type RevokeTarget = 'github' | 'gitlab' | 'slack';
export const REVOCABLE: readonly RevokeTarget[] = ['github', 'gitlab', 'slack'];

const GITHUB_REVOCABLE = new Set([
  'github-pat',
  'github-fine-grained-pat',
  'github-oauth-token',
  'github-user-to-server-token',
  'github-refresh-token',
  'github-token',
]);
const GITHUB_BATCH = 1000;

export interface RevokeOptions {
  env: NodeJS.ProcessEnv;
  /** Providers to revoke at (default all three); the Action revokes at GitHub only. */
  only?: readonly RevokeTarget[];
  timeoutMs?: number;
  fetch?: Fetch;
  /** The page to revoke by hand, per provider id. */
  manualPage: (provider: string | undefined) => string;
}

/** Revokes what it can; returns an outcome per finding fingerprint (credential findings only). */
export async function revokeFindings(
  findings: readonly RawFinding[],
  rules: readonly RuleInfo[],
  opts: RevokeOptions,
): Promise<Map<string, RevokeOutcome>> {
  const only = new Set(opts.only ?? REVOCABLE);
  const provider = new Map(rules.map((r) => [r.id, r.provider]));
  const doFetch = opts.fetch ?? (await fetchFor(opts.env));
  const client = (p: string, base: string): Http =>
    httpClient({ base: baseUrlFor(p, base, opts.env), fetch: doFetch, timeoutMs: () => opts.timeoutMs ?? 10_000 });
  const out = new Map<string, RevokeOutcome>();
  const byValue = new Map<string, RevokeOutcome>();
  const githubTokens = new Map<string, RawFinding[]>();

  for (const f of findings) {
    if (f.category !== 'secret') continue;
    const p = provider.get(f.ruleId);
    const manual = (): RevokeOutcome => {
      const page = opts.manualPage(p);
      return {
        status: 'not-revocable',
        reason: page ? `revoke it by hand at ${page}` : 'revoke it by hand with the service that issued it',
      };
    };
    if (!f.raw) {
      out.set(f.fingerprint, { status: 'not-revocable', reason: `the value is not available; ${manual().reason}` });
    } else if (p === 'github' && only.has('github') && GITHUB_REVOCABLE.has(f.ruleId)) {
      githubTokens.set(f.raw, [...(githubTokens.get(f.raw) ?? []), f]);
    } else if (p === 'gitlab' && only.has('gitlab') && f.ruleId === 'gitlab-pat') {
      const key = `gitlab:${secretHash(f.raw)}`;
      const outcome = byValue.get(key) ?? (await guarded(() => revokeGitlab(f.raw!, client('gitlab', gitlab.baseUrl))));
      byValue.set(key, outcome);
      out.set(f.fingerprint, outcome);
    } else if (p === 'slack' && only.has('slack') && (slack.rules ?? []).includes(f.ruleId)) {
      const key = `slack:${secretHash(f.raw)}`;
      const outcome = byValue.get(key) ?? (await guarded(() => revokeSlack(f.raw!, client('slack', slack.baseUrl))));
      byValue.set(key, outcome);
      out.set(f.fingerprint, outcome);
    } else {
      out.set(f.fingerprint, manual());
    }
  }

  const tokens = [...githubTokens.keys()];
  for (let i = 0; i < tokens.length; i += GITHUB_BATCH) {
    const batch = tokens.slice(i, i + GITHUB_BATCH);
    const outcome = await guarded(() => revokeGithub(batch, client('github', github.baseUrl)));
    for (const t of batch) for (const f of githubTokens.get(t)!) out.set(f.fingerprint, outcome);
  }
  return out;
}

async function guarded(run: () => Promise<RevokeOutcome>): Promise<RevokeOutcome> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof HttpFailure) return { status: 'refused', reason: e.message };
    return { status: 'refused', reason: 'internal error while reading the answer' };
  }
}

async function revokeGithub(tokens: string[], http: Http): Promise<RevokeOutcome> {
  const res = await http({
    method: 'POST',
    path: '/credentials/revoke',
    // Unauthenticated by design: GitHub answers an authenticated call with 403.
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ credentials: tokens }),
  });
  if (res.status === 202 || res.status === 200 || res.status === 204)
    return { status: 'revoked', reason: "GitHub accepted the revocation (the token's owner is notified)" };
  if (res.status === 422)
    return { status: 'refused', reason: 'GitHub refused it (HTTP 422: validation failed, or too many requests)' };
  return { status: 'refused', reason: `GitHub refused it (HTTP ${res.status})` };
}

async function revokeGitlab(token: string, http: Http): Promise<RevokeOutcome> {
  const res = await http({
    method: 'DELETE',
    path: '/api/v4/personal_access_tokens/self',
    headers: { 'private-token': token },
  });
  if (res.status === 204 || res.status === 200) return { status: 'revoked', reason: 'GitLab revoked the token' };
  if (res.status === 401)
    return { status: 'refused', reason: 'GitLab rejected the token (HTTP 401: already revoked or expired?)' };
  return { status: 'refused', reason: `GitLab refused it (HTTP ${res.status})` };
}

async function revokeSlack(token: string, http: Http): Promise<RevokeOutcome> {
  const res = await http({ method: 'POST', path: '/api/auth.revoke', headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200 || !isObject(res.body))
    return { status: 'refused', reason: `Slack refused it (HTTP ${res.status})` };
  if (res.body['ok'] === true && res.body['revoked'] === true)
    return { status: 'revoked', reason: 'Slack revoked the token' };
  const code = get(res.body, 'error') ?? 'unknown';
  return { status: 'refused', reason: `Slack refused it (${/^[a-z_]{1,40}$/.test(code) ? code : 'unknown'})` };
}
