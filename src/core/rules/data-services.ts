/**
 * Hosted databases and vector stores: Pinecone, Weaviate, Qdrant, Neon, PlanetScale, Upstash,
 * Turso, MongoDB Atlas (connection URLs with passwords are the preset's and database-urls').
 */
import type { RuleFamily } from './define.js';
import { isJwt, keyedPattern, VALUE } from './keyed.js';

export const dataServices: RuleFamily = {
  id: 'data-services',
  providers: {
    pinecone: {
      name: 'Pinecone',
      revokeUrl: 'https://app.pinecone.io/',
      note: 'Delete the key under the project > API keys.',
    },
    weaviate: {
      name: 'Weaviate Cloud',
      revokeUrl: 'https://console.weaviate.cloud/',
      note: 'Delete the key under the cluster > API keys and create a new one.',
    },
    qdrant: {
      name: 'Qdrant Cloud',
      revokeUrl: 'https://cloud.qdrant.io/',
      note: 'Revoke the key under the cluster > API Keys (self-hosted: change `service.api_key`).',
    },
    neon: { name: 'Neon', revokeUrl: 'https://console.neon.tech/app/settings/api-keys' },
    planetscale: {
      name: 'PlanetScale',
      revokeUrl: 'https://app.planetscale.com/',
      note: 'Delete the service token (organization Settings > Service tokens) or the database password (the branch > Passwords).',
    },
    upstash: {
      name: 'Upstash',
      revokeUrl: 'https://console.upstash.com/',
      note: 'Reset the REST token or password under the database > Details (QStash: roll the token and signing keys).',
    },
    turso: {
      name: 'Turso',
      revokeUrl: 'https://app.turso.tech/',
      note: 'Invalidate every token of the database with `turso db tokens invalidate <db>` (API tokens: `turso auth api-tokens revoke`).',
    },
    'mongodb-atlas': {
      name: 'MongoDB Atlas',
      revokeUrl: 'https://cloud.mongodb.com/',
      note: 'Delete the API key or service account secret under Organization > Access Manager > Applications.',
    },
  },
  rules: [
    {
      id: 'pinecone-api-key',
      title: 'Pinecone API key',
      provider: 'pinecone',
      keywords: ['pcsk_'],
      // `pcsk_` + a short key id + `_` + the secret.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?![A-Za-z0-9_-])/,
      minEntropy: 4,
    },
    {
      id: 'pinecone-api-key-legacy',
      title: 'Pinecone API key (UUID)',
      provider: 'pinecone',
      keywords: ['pinecone'],
      pattern: keyedPattern({ provider: 'pinecone', value: VALUE.uuid }),
      priority: 8,
    },
    {
      id: 'weaviate-api-key',
      title: 'Weaviate API key',
      provider: 'weaviate',
      keywords: ['weaviate'],
      pattern: keyedPattern({ provider: 'weaviate', value: '[A-Za-z0-9+/_-]{32,100}={0,2}', tail: 'A-Za-z0-9+/=_-' }),
      minEntropy: 3.5,
      priority: 8,
    },
    {
      id: 'qdrant-api-key',
      title: 'Qdrant API key',
      provider: 'qdrant',
      keywords: ['qdrant'],
      // Cloud keys are long base64url strings, some `<id>|<secret>`.
      pattern: keyedPattern({ provider: 'qdrant', value: '[A-Za-z0-9_.|-]{32,200}', tail: 'A-Za-z0-9_.|-' }),
      minEntropy: 3.5,
      priority: 8,
    },
    {
      id: 'neon-api-key',
      title: 'Neon API key',
      provider: 'neon',
      keywords: ['napi_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>napi_[a-z0-9]{64})(?![A-Za-z0-9_-])/,
      minEntropy: 3.8,
    },
    {
      id: 'planetscale-token',
      title: 'PlanetScale service or OAuth token',
      provider: 'planetscale',
      keywords: ['pscale_tkn_', 'pscale_oauth_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pscale_(?:tkn|oauth)_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
    },
    {
      id: 'planetscale-password',
      title: 'PlanetScale database password',
      provider: 'planetscale',
      keywords: ['pscale_pw_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pscale_pw_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
    },
    {
      id: 'upstash-token',
      title: 'Upstash token',
      provider: 'upstash',
      keywords: ['upstash', 'qstash'],
      // Redis REST tokens, QStash tokens and signing keys, management API keys.
      pattern: keyedPattern({
        provider: '(?:upstash|qstash)',
        value: '[A-Za-z0-9+/_-]{32,400}={0,2}',
        tail: 'A-Za-z0-9+/=_-',
      }),
      minEntropy: 3.5,
      priority: 8,
    },
    {
      id: 'turso-auth-token',
      title: 'Turso / libSQL auth token',
      provider: 'turso',
      keywords: ['turso', 'libsql'],
      pattern: keyedPattern({ provider: '(?:turso|libsql)', value: VALUE.jwt }),
      priority: 8,
      validate: isJwt,
    },
    {
      id: 'mongodb-atlas-service-account-secret',
      title: 'MongoDB Atlas service account secret',
      provider: 'mongodb-atlas',
      keywords: ['mdb_sa_sk_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>mdb_sa_sk_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
    },
    {
      id: 'mongodb-atlas-api-key',
      title: 'MongoDB Atlas API private key',
      provider: 'mongodb-atlas',
      keywords: ['atlas', 'mongodb'],
      // Programmatic API keys: an 8-character public key and a UUID private key.
      pattern: keyedPattern({
        provider: '(?:mongodb|atlas)',
        kind: 'private[_.-]?(?:api[_.-]?)?key',
        value: VALUE.uuid,
      }),
      priority: 8,
    },
  ],
};
