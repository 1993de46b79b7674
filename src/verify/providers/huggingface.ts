/** Hugging Face: `GET /api/whoami-v2` names the account and the token's role. */
import { get, fromAnswer, isObject, isoDate, live, person } from '../answer.js';
import type { Verifier } from '../types.js';

export const huggingface: Verifier = {
  provider: 'huggingface',
  baseUrl: 'https://huggingface.co',
  endpoint: 'GET /api/whoami-v2',
  reports: 'account (user shortened, organisation named), token role (read, write, fineGrained), expiry',
  async verify(secret, http) {
    const res = await http({ path: '/api/whoami-v2', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(
      res,
      (body) => {
        const name = get(body, 'name');
        if (!name) return undefined;
        const token = isObject(body['auth']) ? body['auth']['accessToken'] : undefined;
        const role = get(token, 'role');
        const expiresAt = isoDate(get(token, 'expiration'));
        return live('Hugging Face accepted it', {
          account: get(body, 'type') === 'user' ? person(name) : name,
          ...(role ? { scopes: [role] } : {}),
          ...(expiresAt ? { expiresAt } : {}),
        });
      },
      [401],
    );
  },
};
