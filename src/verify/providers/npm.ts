/** npm: `GET /-/whoami` on the public registry names the token's user. */
import { fromAnswer, get, live, person } from '../answer.js';
import type { Verifier } from '../types.js';

export const npm: Verifier = {
  provider: 'npm',
  baseUrl: 'https://registry.npmjs.org',
  endpoint: 'GET /-/whoami',
  reports: 'user (shortened)',
  // An .npmrc token may belong to another registry: only npm_ tokens are npmjs.org's own.
  rules: ['npm-access-token'],
  async verify(secret, http) {
    const res = await http({ path: '/-/whoami', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(res, (body) => {
      const user = get(body, 'username');
      return user ? live('npm accepted it', { account: person(user) }) : undefined;
    });
  },
};
