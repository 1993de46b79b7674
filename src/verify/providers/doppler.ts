/** Doppler: `GET /v3/me` describes the calling token and its workplace. */
import { fromAnswer, get, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const doppler: Verifier = {
  provider: 'doppler',
  baseUrl: 'https://api.doppler.com',
  endpoint: 'GET /v3/me',
  reports: 'workplace, token type (personal, service, service account...)',
  async verify(secret, http) {
    const res = await http({ path: '/v3/me', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(res, (body) => {
      const workplace = get(body, 'workplace', 'name');
      const type = get(body, 'type');
      if (!workplace && !type) return undefined;
      return live('Doppler accepted it', {
        ...(workplace ? { account: `workplace ${workplace}` } : {}),
        ...(type ? { scopes: [type] } : {}),
      });
    });
  },
};
