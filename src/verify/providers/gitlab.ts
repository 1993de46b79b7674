/** GitLab.com: `GET /api/v4/personal_access_tokens/self` reports the token's scopes and expiry. */
import { fromAnswer, get, invalid, isoDate, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const gitlab: Verifier = {
  provider: 'gitlab',
  baseUrl: 'https://gitlab.com',
  endpoint: 'GET /api/v4/personal_access_tokens/self',
  reports: 'token name and user id, scopes, expiry (gitlab.com personal, project and group access tokens)',
  rules: ['gitlab-pat'],
  async verify(secret, http) {
    const res = await http({ path: '/api/v4/personal_access_tokens/self', headers: { 'private-token': secret } });
    return fromAnswer(res, (body) => {
      const scopes = body['scopes'];
      if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) return undefined;
      if (body['revoked'] === true) return invalid('GitLab says the token is revoked');
      if (body['active'] === false) return invalid('GitLab says the token is inactive (expired)');
      const name = get(body, 'name');
      const user = get(body, 'user_id');
      const expiresAt = isoDate(get(body, 'expires_at'));
      return live('GitLab accepted it', {
        ...(name || user ? { account: `token "${name ?? '?'}" of user id ${user ?? '?'}` } : {}),
        scopes: scopes as string[],
        ...(expiresAt ? { expiresAt } : {}),
      });
    });
  },
};
