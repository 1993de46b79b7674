/** Vercel: `GET /v2/user` names the token's user. */
import { fromAnswer, get, live, person } from '../answer.js';
import type { Verifier } from '../types.js';

export const vercel: Verifier = {
  provider: 'vercel',
  baseUrl: 'https://api.vercel.com',
  endpoint: 'GET /v2/user',
  reports: 'username (shortened)',
  async verify(secret, http) {
    const res = await http({ path: '/v2/user', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(res, (body) => {
      const id = get(body, 'user', 'id');
      return id ? live('Vercel accepted it', { account: person(get(body, 'user', 'username')) ?? id }) : undefined;
    });
  },
};
