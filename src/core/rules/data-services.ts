/**
 * Hosted databases and vector stores: Pinecone, Weaviate, Qdrant, Neon, PlanetScale, Upstash,
 * Turso, MongoDB Atlas, Couchbase Capella, ClickHouse Cloud, MaxMind (connection URLs with passwords are the preset's and
 * database-urls').
 */
import type { RuleFamily } from './define.js';
import { prefixedRule } from './prefixed-rule.js';
import { decodeJwt } from './jwt-claims.js';
import { ASSIGN, KEY_FILLER, KEY_NUMBER, keyedPattern, VALUE } from './keyed.js';
import { looksLikePassword, passwordValue } from './password-value.js';

export const dataServices: RuleFamily = {
  id: 'data-services',
  providers: {
    clickhouse: {
      name: 'ClickHouse Cloud',
      revokeUrl: 'https://console.clickhouse.cloud/',
      note: 'Delete the key under Organization > API Keys and create a new one.',
    },
    maxmind: { name: 'MaxMind', revokeUrl: 'https://www.maxmind.com/en/accounts/current/license-key' },
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
    couchbase: {
      name: 'Couchbase',
      revokeUrl: 'https://cloud.couchbase.com/',
      auditLog: "the cluster's audit log (Capella: the cluster > Settings > Audit Log Export)",
      note: "Change the database user's password (Capella: the cluster > Settings > Cluster Access; self-managed: Security > Users), then update every client that connects with it.",
    },
  },
  rules: [
    {
      id: 'couchbase-password',
      title: 'Couchbase database password',
      provider: 'couchbase',
      keywords: ['couchbase'],
      // A password under a Couchbase key or section (`COUCHBASE_PASSWORD=`, `couchbase:\n  password:`),
      // as the SDKs' connect options and Capella's connection settings name it; between double
      // quotes it may hold quotes, brackets and blanks.
      pattern: new RegExp(
        String.raw`(?<![A-Za-z0-9])couchbase${KEY_FILLER}(?:password|passwd|pass|pwd)${KEY_NUMBER}${ASSIGN}${passwordValue(8, 128)}`,
        'i',
      ),
      minEntropy: 2.5,
      priority: 8,
      validate: looksLikePassword,
      format: String.raw`[A-Za-z0-9!#%&*@^]{16,24}`,
      key: 'COUCHBASE_PASSWORD',
      samples: {
        found: [
          String.raw`COUCHBASE_CONNECTION_STRING=couchbases://cb\.[a-z0-9]{16}\.cloud\.couchbase\.com\nCOUCHBASE_PASSWORD=[A-Za-z0-9]{12}[!#%&*][0-9]{2}`,
          String.raw`couchbase_password: "[A-Za-z]{6}[{(' ][0-9]{4}[!#%&*]"`,
        ],
        notFound: [
          String.raw`COUCHBASE_PASSWORD=\$\{COUCHBASE_PASSWORD\}`,
          String.raw`couchbase_password: "couchbase"`,
          String.raw`COUCHBASE_PASSWORD=[a-z]{4}`,
          String.raw`const couchbasePassword = config\.couchbase\.password;`,
        ],
      },
      peers: { trufflehog: ['couchbase'] },
    },
    prefixedRule({
      id: 'clickhouse-cloud-api-secret',
      title: 'ClickHouse Cloud API key secret',
      provider: 'clickhouse',
      prefixes: ['4b1d'],
      body: '[A-Za-z0-9]{38}',
      short: '[A-Za-z0-9]{19}',
      // `4b1d` also starts hex digests: a key secret has both cases.
      validate: (s) => /[a-z]/.test(s) && /[A-Z]/.test(s),
      peers: { gitleaks: ['clickhouse-cloud-api-secret-key'] },
    }),
    {
      id: 'maxmind-license-key',
      title: 'MaxMind license key',
      provider: 'maxmind',
      keywords: ['_mmk'],
      // Current keys: 6 characters, `_`, 29 characters and the `_mmk` suffix.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk`,
      samples: {
        found: [String.raw`MAXMIND_LICENSE_KEY=[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk`],
        notFound: [String.raw`[A-Za-z0-9]{6}_[A-Za-z0-9]{12}_mmk`, String.raw`x{6}_x{29}_mmk`],
      },
      peers: { gitleaks: ['maxmind-license-key'], trufflehog: ['maxmindlicense'] },
    },
    {
      id: 'pinecone-api-key',
      title: 'Pinecone API key',
      provider: 'pinecone',
      keywords: ['pcsk_'],
      // `pcsk_` + a short key id + `_` + the secret.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?![A-Za-z0-9_-])/,
      minEntropy: 4,
      format: String.raw`pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}`,
      samples: {
        found: [String.raw`pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}`],
        notFound: [String.raw`pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{25}`, String.raw`pcsk_[A-Za-z0-9]{4,8}_x{50}`],
      },
      peers: { trufflehog: ['pinecone'] },
    },
    {
      id: 'pinecone-api-key-legacy',
      title: 'Pinecone API key (UUID)',
      provider: 'pinecone',
      keywords: ['pinecone'],
      pattern: keyedPattern({ provider: 'pinecone', value: VALUE.uuid }),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'PINECONE_API_KEY',
      samples: {
        found: [String.raw`PINECONE_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`PINECONE_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`PINECONE_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
    },
    {
      id: 'weaviate-api-key',
      title: 'Weaviate API key',
      provider: 'weaviate',
      keywords: ['weaviate'],
      pattern: keyedPattern({ provider: 'weaviate', value: '[A-Za-z0-9+/_-]{32,100}={0,2}', tail: 'A-Za-z0-9+/=_-' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9+/_-]{32,100}={0,2}`,
      key: 'WEAVIATE_API_KEY',
      samples: {
        found: [String.raw`WEAVIATE_API_KEY=[A-Za-z0-9+/_-]{32,100}={0,2}`],
        notFound: [
          String.raw`WEAVIATE_API_KEY=[A-Za-z0-9+/_-]{16}={0,2}`,
          String.raw`WEAVIATE_API_KEY=x{32}={0,2}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9+/_-]{32,100}={0,2}`,
        ],
      },
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
      format: String.raw`[A-Za-z0-9_.|-]{32,200}`,
      key: 'QDRANT_API_KEY',
      samples: {
        found: [String.raw`QDRANT_API_KEY=[A-Za-z0-9_.|-]{32,200}`],
        notFound: [
          String.raw`QDRANT_API_KEY=[A-Za-z0-9_.|-]{16}`,
          String.raw`QDRANT_API_KEY=x{32}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9_.|-]{32,200}`,
        ],
      },
    },
    {
      id: 'neon-api-key',
      title: 'Neon API key',
      provider: 'neon',
      keywords: ['napi_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>napi_[a-z0-9]{64})(?![A-Za-z0-9_-])/,
      minEntropy: 3.8,
      format: String.raw`napi_[a-z0-9]{64}`,
      samples: {
        found: [String.raw`napi_[a-z0-9]{64}`],
        notFound: [String.raw`napi_[a-z0-9]{32}`, String.raw`napi_x{64}`],
      },
    },
    {
      id: 'planetscale-token',
      title: 'PlanetScale service or OAuth token',
      provider: 'planetscale',
      keywords: ['pscale_tkn_', 'pscale_oauth_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pscale_(?:tkn|oauth)_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`pscale_(?:tkn|oauth)_[A-Za-z0-9_-]{32,64}`,
      samples: {
        found: [String.raw`pscale_(?:tkn|oauth)_[A-Za-z0-9_-]{32,64}`],
        notFound: [String.raw`pscale_(?:tkn|oauth)_[A-Za-z0-9_-]{16}`, String.raw`pscale_(?:tkn|oauth)_x{32}`],
      },
      peers: { gitleaks: ['planetscale-api-token', 'planetscale-oauth-token'], trufflehog: ['planetscale'] },
    },
    {
      id: 'planetscale-password',
      title: 'PlanetScale database password',
      provider: 'planetscale',
      keywords: ['pscale_pw_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pscale_pw_[A-Za-z0-9_-]{32,64})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`pscale_pw_[A-Za-z0-9_-]{32,64}`,
      samples: {
        found: [String.raw`pscale_pw_[A-Za-z0-9_-]{32,64}`],
        notFound: [String.raw`pscale_pw_[A-Za-z0-9_-]{16}`, String.raw`pscale_pw_x{32}`],
      },
      peers: { gitleaks: ['planetscale-password'], trufflehog: ['planetscaledb'] },
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
      format: String.raw`[A-Za-z0-9+/_-]{32,400}={0,2}`,
      key: 'UPSTASH_REDIS_REST_TOKEN',
      samples: {
        found: [String.raw`UPSTASH_REDIS_REST_TOKEN=[A-Za-z0-9+/_-]{32,400}={0,2}`],
        notFound: [
          String.raw`UPSTASH_REDIS_REST_TOKEN=[A-Za-z0-9+/_-]{16}={0,2}`,
          String.raw`UPSTASH_REDIS_REST_TOKEN=x{32}={0,2}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9+/_-]{32,400}={0,2}`,
        ],
      },
    },
    {
      id: 'turso-auth-token',
      title: 'Turso / libSQL auth token',
      provider: 'turso',
      keywords: ['turso', 'libsql'],
      pattern: keyedPattern({ provider: '(?:turso|libsql)', value: VALUE.jwt }),
      priority: 8,
      validate: (secret) => decodeJwt(secret) !== undefined,
      format: String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"a":"rw","iat":17[0-9]{8},"id":"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"\})\.[A-Za-z0-9_-]{43}`,
      key: 'TURSO_AUTH_TOKEN',
      samples: {
        found: [
          String.raw`TURSO_AUTH_TOKEN=(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"a":"rw","iat":17[0-9]{8},"id":"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"\})\.[A-Za-z0-9_-]{43}`,
        ],
        notFound: [
          String.raw`TURSO_AUTH_TOKEN=eyJ[A-Za-z0-9_-]{30}\.eyJ[A-Za-z0-9_-]{40}\.[A-Za-z0-9_-]{43}`,
          String.raw`TURSO_DATABASE_URL=libsql://acme-[a-z]{6}\.turso\.io`,
        ],
      },
    },
    {
      id: 'mongodb-atlas-service-account-secret',
      title: 'MongoDB Atlas service account secret',
      provider: 'mongodb-atlas',
      keywords: ['mdb_sa_sk_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>mdb_sa_sk_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`mdb_sa_sk_[A-Za-z0-9_-]{40}`,
      samples: {
        found: [String.raw`mdb_sa_sk_[A-Za-z0-9_-]{40}`],
        notFound: [String.raw`mdb_sa_sk_[A-Za-z0-9_-]{20}`, String.raw`mdb_sa_sk_x{40}`],
      },
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
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'MONGODB_ATLAS_PRIVATE_KEY',
      samples: {
        found: [String.raw`MONGODB_ATLAS_PRIVATE_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`MONGODB_ATLAS_PRIVATE_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`MONGODB_ATLAS_PRIVATE_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
    },
  ],
};
