/**
 * Identity providers: Okta API tokens and client secrets, Auth0 client secrets and Management API
 * tokens, 42 Intra and Adobe Developer Console client secrets, Authress service client access keys,
 * Duo application secret keys.
 */
import type { RuleFamily } from './define.js';
import { keyedRule } from './keyed-rule.js';
import { hasIdNearby, hasMixedClasses } from './pairs.js';
import { prefixedRule } from './prefixed-rule.js';
import { decodeJwt } from './jwt-claims.js';
import { ASSIGN, keyedPattern, VALUE } from './keyed.js';

/** A Duo integration key (`DI` and 18 upper-case letters and digits) and a Duo API host. */
const DUO_INTEGRATION_KEY = /(?<![A-Za-z0-9])DI[A-Z0-9]{18}(?![A-Za-z0-9])/;
const DUO_API_HOST = /(?<![A-Za-z0-9.-])api-[a-z0-9]{6,12}\.duosecurity\.com/;

/** Okta API tokens: `00` and 40 base64url characters. */
const OKTA_TOKEN = '00[A-Za-z0-9_-]{40}';

export const identity: RuleFamily = {
  id: 'identity',
  providers: {
    duo: {
      name: 'Duo Security',
      revokeUrl: 'https://admin.duosecurity.com/',
      note: 'Reset the secret key of the application under Applications > the application in the Duo Admin Panel (its integration key stays), then update the integration.',
    },
    authress: {
      name: 'Authress',
      revokeUrl: 'https://authress.io/app/',
      note: 'Delete the access key under Service clients > the client > Access keys, and create a new one.',
    },
    adobe: {
      name: 'Adobe Developer Console',
      revokeUrl: 'https://developer.adobe.com/console',
      note: 'Rotate the client secret of the OAuth credential in the project (add a new one, then delete the old).',
    },
    intra42: {
      name: '42 Intra',
      revokeUrl: 'https://profile.intra.42.fr/oauth/applications',
      note: 'Replace the secret of the application under Settings > API; the old one stops working.',
    },
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
      ...keyedRule({
        id: 'duo-secret-key',
        title: 'Duo application secret key',
        provider: 'duo',
        // The secret key (`skey`) of a Duo Auth/Admin API application: 40 letters and digits. Every Duo
        // client takes it with the application's integration key (`DI...`, an identifier) and API host
        // (`api-....duosecurity.com`); it is reported with both in the same block, as one credential.
        word: 'duo',
        kind: '(?:skey|secret[_.-]?key|secret)',
        value: '[A-Za-z0-9]{40}',
        format: '[A-Z]{4}[a-z]{4}[0-9]{4}[A-Za-z0-9]{28}',
        key: 'DUO_SKEY',
        near: ['[A-Za-z0-9]{20}', 'x{40}'],
        minEntropy: 4,
        validate: (secret, m) =>
          hasMixedClasses(secret) && hasIdNearby([DUO_INTEGRATION_KEY], m) && hasIdNearby([DUO_API_HOST], m),
        peers: { trufflehog: ['duo'] },
        description:
          'Duo application secret key: reported with its integration key (`DI...`, an identifier never reported alone) and API host in the same block, the three parts every Duo client takes; the secret key alone is not.',
      }),
      samples: {
        found: [
          String.raw`DUO_IKEY=DI[A-Z0-9]{18}\nDUO_SKEY=[A-Z]{4}[a-z]{4}[0-9]{4}[A-Za-z0-9]{28}\nDUO_HOST=api-[a-z0-9]{8}\.duosecurity\.com`,
        ],
        notFound: [
          String.raw`DUO_SKEY=[A-Z]{4}[a-z]{4}[0-9]{4}[A-Za-z0-9]{28}`,
          String.raw`DUO_IKEY=DI[A-Z0-9]{18}\nDUO_SKEY=[A-Z]{4}[a-z]{4}[0-9]{4}[A-Za-z0-9]{28}`,
          String.raw`DUO_IKEY=DI[A-Z0-9]{4}\nDUO_SKEY=[A-Z]{4}[a-z]{4}[0-9]{4}[A-Za-z0-9]{28}\nDUO_HOST=api-[a-z0-9]{8}\.duosecurity\.com`,
        ],
      },
    },
    {
      id: 'authress-access-key',
      title: 'Authress service client access key',
      provider: 'authress',
      keywords: ['.acc_', '.acc-'],
      // `<sc|ext|scauth|authress>_<client>.<key id>.acc_<account>.<secret>`: the `.acc` part names the account.
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/,
      minEntropy: 3.5,
      format: String.raw`sc_[a-z0-9]{16}\.[a-z0-9]{5}\.acc_[a-z0-9]{16}\.[A-Za-z0-9_-]{43}`,
      samples: {
        found: [String.raw`AUTHRESS_KEY=sc_[a-z0-9]{16}\.[a-z0-9]{5}\.acc_[a-z0-9]{16}\.[A-Za-z0-9_-]{43}`],
        notFound: [
          String.raw`sc_[a-z0-9]{16}\.[a-z0-9]{5}\.acc_[a-z0-9]{16}\.[A-Za-z0-9_-]{10}`,
          String.raw`sc_[a-z0-9]{16}\.[a-z0-9]{5}\.acc_[a-z0-9]{16}\.x{43}`,
        ],
      },
      peers: { gitleaks: ['authress-service-client-access-key'] },
    },
    prefixedRule({
      id: 'adobe-client-secret',
      title: 'Adobe Developer Console client secret',
      provider: 'adobe',
      prefixes: ['p8e-'],
      body: '[A-Za-z0-9_-]{32}',
      short: '[A-Za-z0-9_-]{16}',
      peers: { gitleaks: ['adobe-client-secret'] },
    }),
    {
      id: 'intra42-client-secret',
      title: '42 Intra OAuth client secret',
      provider: 'intra42',
      keywords: ['s-s4t2ud-', 's-s4t2af-'],
      // `s-s4t2ud-` (or `s-s4t2af-`) and 64 hex characters.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>s-s4t2(?:ud|af)-[a-fA-F0-9]{64})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      format: String.raw`s-s4t2(?:ud|af)-[a-f0-9]{64}`,
      samples: {
        found: [String.raw`s-s4t2(?:ud|af)-[a-f0-9]{64}`, String.raw`FT_CLIENT_SECRET="s-s4t2ud-[a-f0-9]{64}"`],
        notFound: [String.raw`s-s4t2ud-[a-f0-9]{32}`, String.raw`s-s4t2af-0{64}`],
      },
      peers: { gitleaks: ['intra42-client-secret'], trufflehog: ['intra42'] },
    },
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
      format: String.raw`00[A-Za-z0-9_-]{40}`,
      key: 'OKTA_API_TOKEN',
      samples: {
        found: [String.raw`OKTA_API_TOKEN=00[A-Za-z0-9_-]{40}`],
        notFound: [
          String.raw`OKTA_API_TOKEN=00[A-Za-z0-9_-]{20}`,
          String.raw`OKTA_API_TOKEN=00x{40}`,
          String.raw`UNRELATED_SETTING=00[A-Za-z0-9_-]{40}`,
        ],
      },
      peers: { gitleaks: ['okta-access-token'], trufflehog: ['okta'] },
    },
    {
      id: 'okta-client-secret',
      title: 'Okta OAuth client secret',
      provider: 'okta',
      keywords: ['okta'],
      pattern: keyedPattern({ provider: 'okta', kind: 'client[_.-]?secret', value: '[A-Za-z0-9_-]{40,64}' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9_-]{40,64}`,
      key: 'OKTA_CLIENT_SECRET',
      samples: {
        found: [String.raw`OKTA_CLIENT_SECRET=[A-Za-z0-9_-]{40,64}`],
        notFound: [
          String.raw`OKTA_CLIENT_SECRET=[A-Za-z0-9_-]{20}`,
          String.raw`OKTA_CLIENT_SECRET=x{40}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9_-]{40,64}`,
        ],
      },
    },
    {
      id: 'auth0-client-secret',
      title: 'Auth0 client secret',
      provider: 'auth0',
      keywords: ['auth0'],
      pattern: keyedPattern({ provider: 'auth0', kind: 'client[_.-]?secret', value: '[A-Za-z0-9_-]{48,86}' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9_-]{48,86}`,
      key: 'AUTH0_CLIENT_SECRET',
      samples: {
        found: [String.raw`AUTH0_CLIENT_SECRET=[A-Za-z0-9_-]{48,86}`],
        notFound: [
          String.raw`AUTH0_CLIENT_SECRET=[A-Za-z0-9_-]{24}`,
          String.raw`AUTH0_CLIENT_SECRET=x{48}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9_-]{48,86}`,
        ],
      },
      peers: { trufflehog: ['auth0oauth'] },
    },
    {
      id: 'auth0-management-token',
      title: 'Auth0 Management API token',
      provider: 'auth0',
      keywords: ['auth0'],
      pattern: keyedPattern({ provider: 'auth0', kind: '(?:access[_.-]?)?token', value: VALUE.jwt }),
      priority: 8,
      validate: (secret) => decodeJwt(secret) !== undefined,
      format: String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"iss":"https://acme\.us\.auth0\.com/","sub":"[A-Za-z0-9]{24}@clients","aud":"https://acme\.us\.auth0\.com/api/v2/","exp":19[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
      key: 'AUTH0_MANAGEMENT_API_TOKEN',
      samples: {
        found: [
          String.raw`AUTH0_MANAGEMENT_API_TOKEN=(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"iss":"https://acme\.us\.auth0\.com/","sub":"[A-Za-z0-9]{24}@clients","aud":"https://acme\.us\.auth0\.com/api/v2/","exp":19[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
        ],
        notFound: [
          String.raw`AUTH0_MANAGEMENT_API_TOKEN=eyJ[A-Za-z0-9_-]{30}\.eyJ[A-Za-z0-9_-]{40}\.[A-Za-z0-9_-]{43}`,
          String.raw`AUTH0_DOMAIN=acme\.us\.auth0\.com`,
        ],
      },
      peers: { trufflehog: ['auth0managementapitoken'] },
    },
  ],
};
