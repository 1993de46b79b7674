/** Linear: the GraphQL `viewer` query (a read) names the user and the organisation. */
import { get, invalid, isObject, live, malformed, person } from '../answer.js';
import type { Verification, Verifier } from '../types.js';

export const linear: Verifier = {
  provider: 'linear',
  baseUrl: 'https://api.linear.app',
  endpoint: 'POST /graphql { viewer { id email } organization { name } }',
  reports: 'organisation and user (shortened)',
  async verify(secret, http): Promise<Verification> {
    const res = await http({
      method: 'POST',
      path: '/graphql',
      headers: { authorization: secret, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id email } organization { name } }' }),
    });
    const body = res.body;
    const errors = isObject(body) && Array.isArray(body['errors']) ? body['errors'] : [];
    // Linear answers a bad key with an AUTHENTICATION_ERROR, on 400 or 401.
    if (res.status === 401 || errors.some((e) => /authenticat/i.test(JSON.stringify(e))))
      return invalid('Linear rejected it (authentication error)');
    if (res.status !== 200)
      return { status: 'error', reason: `unexpected answer from the provider (HTTP ${res.status})` };
    const data = isObject(body) ? body['data'] : undefined;
    if (!get(data, 'viewer', 'id')) return malformed();
    const org = get(data, 'organization', 'name');
    const email = person(get(data, 'viewer', 'email'));
    return live('Linear accepted it', {
      account: [org && `organisation ${org}`, email && `user ${email}`].filter(Boolean).join(', '),
    });
  },
};
