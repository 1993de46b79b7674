/** Netlify: `GET /api/v1/user` names the token's user. */
import { fromAnswer, get, live, person } from '../answer.js';
import type { Verifier } from '../types.js';

export const netlify: Verifier = {
  provider: 'netlify',
  baseUrl: 'https://api.netlify.com',
  endpoint: 'GET /api/v1/user',
  reports: 'user email (shortened)',
  async verify(secret, http) {
    const res = await http({ path: '/api/v1/user', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(res, (body) => {
      const id = get(body, 'id');
      return id ? live('Netlify accepted it', { account: person(get(body, 'email')) ?? id }) : undefined;
    });
  },
};
