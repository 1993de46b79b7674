/** Cloudflare: `GET /client/v4/user/tokens/verify` says whether an API token is active, and until when. */
import { fromAnswer, get, invalid, isObject, isoDate, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const cloudflare: Verifier = {
  provider: 'cloudflare',
  baseUrl: 'https://api.cloudflare.com',
  endpoint: 'GET /client/v4/user/tokens/verify',
  reports: 'token status (active, disabled, expired), expiry',
  async verify(secret, http) {
    const res = await http({ path: '/client/v4/user/tokens/verify', headers: { authorization: `Bearer ${secret}` } });
    // Cloudflare answers an unknown token with 400 or 401 and success: false.
    if (res.status === 400 && isObject(res.body) && res.body['success'] === false)
      return invalid('Cloudflare rejected it (invalid API token)');
    return fromAnswer(res, (body) => {
      const status = get(body, 'result', 'status');
      if (!status) return undefined;
      if (status !== 'active') return invalid(`Cloudflare says the token is ${status.replace(/[^a-z_]/g, '')}`);
      const expiresAt = isoDate(get(body, 'result', 'expires_on'));
      return live('Cloudflare says the token is active', expiresAt ? { expiresAt } : {});
    });
  },
};
