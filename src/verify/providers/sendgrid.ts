/** SendGrid: `GET /v3/scopes` lists exactly what the key may do. */
import { fromAnswer, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const sendgrid: Verifier = {
  provider: 'sendgrid',
  baseUrl: 'https://api.sendgrid.com',
  endpoint: 'GET /v3/scopes',
  reports: 'scopes',
  async verify(secret, http) {
    const res = await http({ path: '/v3/scopes', headers: { authorization: `Bearer ${secret}` } });
    return fromAnswer(res, (body) => {
      const scopes = body['scopes'];
      if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) return undefined;
      return live(`SendGrid accepted it (${scopes.length} scopes)`, { scopes: scopes as string[] });
    });
  },
};
