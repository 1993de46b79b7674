/**
 * Stripe: `GET /v1/account` with the key. A secret key reads it; a restricted key without that
 * permission gets 403, which still proves it live (Stripe answers 401 to an unknown key).
 */
import { fromAnswer, get, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const stripe: Verifier = {
  provider: 'stripe',
  baseUrl: 'https://api.stripe.com',
  endpoint: 'GET /v1/account',
  reports: 'account id and business name, restricted or full secret key, test or live mode',
  async verify(secret, http) {
    const restricted = secret.startsWith('rk_');
    const mode = /_test_/.test(secret) ? 'test mode' : 'live mode';
    const res = await http({ path: '/v1/account', headers: { authorization: `Bearer ${secret}` } });
    if (res.status === 403 && restricted)
      return live(`Stripe accepted it: a restricted key (${mode}) without account read permission`, {
        scopes: ['restricted'],
      });
    return fromAnswer(
      res,
      (body) => {
        const id = get(body, 'id');
        if (!id) return undefined;
        const name = get(body, 'business_profile', 'name') ?? get(body, 'settings', 'dashboard', 'display_name');
        return live(`Stripe accepted it (${mode})`, {
          account: name ? `${name} (${id})` : id,
          scopes: [restricted ? 'restricted' : 'full access (secret key)'],
        });
      },
      [401],
    );
  },
};
