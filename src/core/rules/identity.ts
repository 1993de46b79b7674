/** Identity providers: Okta API tokens and client secrets, Auth0 client secrets and Management API tokens. */
import type { RuleFamily } from './define.js';
import { ASSIGN, isJwt, keyedPattern, VALUE } from './keyed.js';

/** Okta API tokens: `00` and 40 base64url characters. */
const OKTA_TOKEN = '00[A-Za-z0-9_-]{40}';

export const identity: RuleFamily = {
  id: 'identity',
  providers: {
    okta: {
      name: 'Okta',
      revokeUrl: '',
      note: 'Revoke the token in your Okta Admin Console under Security > API > Tokens (https://<your-okta-domain>/admin/access/api/tokens); rotate a client secret under Applications > the app > General.',
    },
    auth0: {
      name: 'Auth0',
      revokeUrl: 'https://manage.auth0.com/#/applications',
      note: 'Rotate the client secret under Applications > the app > Settings; Management API tokens expire, but rotate the secret of the client that issued them.',
    },
  },
  rules: [
    {
      id: 'okta-api-token',
      title: 'Okta API token',
      provider: 'okta',
      keywords: ['ssws', 'okta'],
      // In the `SSWS` authorization scheme (Okta's own) or under an Okta key.
      pattern: new RegExp(
        String.raw`(?:SSWS\s{1,4}|(?<![A-Za-z0-9])okta[A-Za-z0-9_.-]{0,24}?(?:token|key)${ASSIGN})` +
          `(?<secret>${OKTA_TOKEN})(?![A-Za-z0-9_-])`,
        'i',
      ),
      minEntropy: 3.5,
      priority: 8,
    },
    {
      id: 'okta-client-secret',
      title: 'Okta OAuth client secret',
      provider: 'okta',
      keywords: ['okta'],
      pattern: keyedPattern({ provider: 'okta', kind: 'client[_.-]?secret', value: '[A-Za-z0-9_-]{40,64}' }),
      minEntropy: 3.5,
      priority: 8,
    },
    {
      id: 'auth0-client-secret',
      title: 'Auth0 client secret',
      provider: 'auth0',
      keywords: ['auth0'],
      pattern: keyedPattern({ provider: 'auth0', kind: 'client[_.-]?secret', value: '[A-Za-z0-9_-]{48,86}' }),
      minEntropy: 3.5,
      priority: 8,
    },
    {
      id: 'auth0-management-token',
      title: 'Auth0 Management API token',
      provider: 'auth0',
      keywords: ['auth0'],
      pattern: keyedPattern({ provider: 'auth0', kind: '(?:access[_.-]?)?token', value: VALUE.jwt }),
      priority: 8,
      validate: isJwt,
    },
  ],
};
