/** GitHub: `GET /user` names the account; classic tokens list their scopes in X-OAuth-Scopes. */
import { fromAnswer, get, isoDate, live, person, scopeList } from '../answer.js';
import type { Verification, Verifier } from '../types.js';

const HEADERS = { 'x-github-api-version': '2022-11-28', accept: 'application/vnd.github+json' };

export const github: Verifier = {
  provider: 'github',
  baseUrl: 'https://api.github.com',
  endpoint: 'GET /user (app installation tokens: GET /installation/repositories)',
  reports: 'account (login shortened), scopes (classic tokens, from X-OAuth-Scopes), expiry',
  rules: [
    'github-pat',
    'github-fine-grained-pat',
    'github-oauth-token',
    'github-user-to-server-token',
    'github-app-token',
    'github-refresh-token',
    'github-token',
  ],
  async verify(secret, http, ruleId): Promise<Verification> {
    if (ruleId === 'github-refresh-token')
      return { status: 'unknown', reason: "a refresh token only works with its app's client secret" };
    const auth = { ...HEADERS, authorization: `Bearer ${secret}` };
    if (ruleId === 'github-app-token') {
      const res = await http({ path: '/installation/repositories?per_page=1', headers: auth });
      return fromAnswer(
        res,
        (body) => {
          const n = body['total_count'];
          if (typeof n !== 'number') return undefined;
          return live(`GitHub App installation token with access to ${n} repositories`, {
            ...expiry(res.headers.get('github-authentication-token-expiration')),
          });
        },
        [401],
      );
    }
    const res = await http({ path: '/user', headers: auth });
    return fromAnswer(
      res,
      (body) => {
        const login = get(body, 'login');
        if (!login) return undefined;
        const scopes = scopeList(res.headers.get('x-oauth-scopes'));
        return live(
          scopes ? 'GitHub accepted it' : 'GitHub accepted it (fine-grained: permissions are set per repository)',
          {
            account: get(body, 'type') === 'Organization' ? login : person(login),
            ...(scopes ? { scopes } : {}),
            ...expiry(res.headers.get('github-authentication-token-expiration')),
          },
        );
      },
      [401],
    );
  },
};

function expiry(header: string | null): { expiresAt?: string } {
  const at = isoDate(header ?? undefined);
  return at ? { expiresAt: at } : {};
}
