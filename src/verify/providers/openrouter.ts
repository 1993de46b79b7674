/** OpenRouter: `GET /api/v1/key` describes the calling key (its model list is public, so useless here). */
import { fromAnswer, get, isObject, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const openrouter: Verifier = {
  provider: 'openrouter',
  baseUrl: 'https://openrouter.ai',
  endpoint: 'GET /api/v1/key',
  reports: 'key label, credit limit',
  async verify(secret, http) {
    const res = await http({ path: '/api/v1/key', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(
      res,
      (body) => {
        const data = body['data'];
        if (!isObject(data)) return undefined;
        const limit = data['limit'];
        const label = get(data, 'label');
        return live(
          `OpenRouter accepted it${typeof limit === 'number' ? ` (credit limit ${limit})` : ' (no credit limit)'}`,
          {
            ...(label ? { account: `key ${label}` } : {}),
          },
        );
      },
      [401],
    );
  },
};
