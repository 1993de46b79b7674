/** Figma: `GET /v1/me` with X-Figma-Token names the token's user. */
import { fromAnswer, get, live, person } from '../answer.js';
import type { Verifier } from '../types.js';

export const figma: Verifier = {
  provider: 'figma',
  baseUrl: 'https://api.figma.com',
  endpoint: 'GET /v1/me',
  reports: 'user email (shortened)',
  async verify(secret, http) {
    const res = await http({ path: '/v1/me', headers: { 'x-figma-token': secret } });
    return fromAnswer(res, (body) => {
      const id = get(body, 'id');
      return id
        ? live('Figma accepted it', { account: person(get(body, 'email') ?? get(body, 'handle')) ?? id })
        : undefined;
    });
  },
};
