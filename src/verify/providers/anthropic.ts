/** Anthropic: `GET /v1/models` with the key in x-api-key (no tokens are spent). */
import { fromAnswer, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const anthropic: Verifier = {
  provider: 'anthropic',
  baseUrl: 'https://api.anthropic.com',
  endpoint: 'GET /v1/models',
  reports: 'live or not',
  async verify(secret, http) {
    const res = await http({ path: '/v1/models', headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01' } });
    return fromAnswer(res, (body) => (Array.isArray(body['data']) ? live('Anthropic accepted it') : undefined), [401]);
  },
};
