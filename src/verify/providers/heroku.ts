/** Heroku: `GET /account` (Platform API v3) names the account. */
import { fromAnswer, get, live, person } from '../answer.js';
import type { Verifier } from '../types.js';

export const heroku: Verifier = {
  provider: 'heroku',
  baseUrl: 'https://api.heroku.com',
  endpoint: 'GET /account',
  reports: 'account email (shortened)',
  async verify(secret, http) {
    const res = await http({
      path: '/account',
      headers: { authorization: `Bearer ${secret}`, accept: 'application/vnd.heroku+json; version=3' },
    });
    return fromAnswer(res, (body) => {
      const id = get(body, 'id');
      return id ? live('Heroku accepted it', { account: person(get(body, 'email')) ?? id }) : undefined;
    });
  },
};
