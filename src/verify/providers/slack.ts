/** Slack: `auth.test` names the workspace and user; the granted scopes come in X-OAuth-Scopes. */
import { get, invalid, isObject, live, malformed, person, scopeList } from '../answer.js';
import type { Verification, Verifier } from '../types.js';

const REJECTED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

export const slack: Verifier = {
  provider: 'slack',
  baseUrl: 'https://slack.com',
  endpoint: 'POST /api/auth.test',
  reports: 'workspace and user (shortened), scopes (from X-OAuth-Scopes)',
  // Webhook URLs can only be checked by posting to them; app-level tokens are not accepted by auth.test.
  rules: ['slack-bot-token', 'slack-user-token', 'slack-token'],
  async verify(secret, http): Promise<Verification> {
    const res = await http({ method: 'POST', path: '/api/auth.test', headers: { authorization: `Bearer ${secret}` } });
    if (res.status !== 200) {
      return res.status === 401
        ? invalid('the provider rejected it (HTTP 401)')
        : { status: 'error', reason: `unexpected answer from the provider (HTTP ${res.status})` };
    }
    if (!isObject(res.body) || typeof res.body['ok'] !== 'boolean') return malformed();
    const body = res.body;
    if (!body['ok']) {
      const code = get(body, 'error') ?? '';
      const safe = /^[a-z_]{1,40}$/.test(code) ? code : 'unknown';
      return REJECTED.has(code) ? invalid(`Slack says ${safe}`) : { status: 'error', reason: `Slack says ${safe}` };
    }
    const team = get(body, 'team');
    const user = person(get(body, 'user'));
    const scopes = scopeList(res.headers.get('x-oauth-scopes'));
    return live('Slack accepted it', {
      ...(team || user
        ? { account: [team && `workspace ${team}`, user && `user ${user}`].filter(Boolean).join(', ') }
        : {}),
      ...(scopes ? { scopes } : {}),
    });
  },
};
