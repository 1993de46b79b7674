/** DigitalOcean: `GET /v2/account` names the account and team. */
import { fromAnswer, get, live, person } from '../answer.js';
import type { Verifier } from '../types.js';

export const digitalocean: Verifier = {
  provider: 'digitalocean',
  baseUrl: 'https://api.digitalocean.com',
  endpoint: 'GET /v2/account',
  reports: 'team, or account email (shortened); account status',
  async verify(secret, http) {
    const res = await http({ path: '/v2/account', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(
      res,
      (body) => {
        const uuid = get(body, 'account', 'uuid');
        if (!uuid) return undefined;
        const team = get(body, 'account', 'team', 'name');
        const status = get(body, 'account', 'status');
        return live(`DigitalOcean accepted it${status ? ` (account ${status.replace(/[^a-z_]/g, '')})` : ''}`, {
          account: team ? `team ${team}` : (person(get(body, 'account', 'email')) ?? uuid),
        });
      },
      [401],
    );
  },
};
