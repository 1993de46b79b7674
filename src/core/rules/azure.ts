/**
 * Azure: storage and Cosmos DB account keys, Service Bus / Event Hubs shared access keys, SAS
 * signatures, Azure Cache for Redis access keys in connection strings, Container Registry passwords, App Configuration connection strings, Entra ID (Azure AD) client secrets and refresh
 * tokens, and Azure DevOps personal access tokens.
 */
import type { RuleFamily } from './define.js';
import { ASSIGN, keyedPattern } from './keyed.js';

/** Sovereign clouds use other storage suffixes. */
const STORAGE_HOST = String.raw`[A-Za-z0-9.-]{1,120}\.core\.(?:windows\.net|usgovcloudapi\.net|chinacloudapi\.cn)`;

/**
 * The permissions a SAS may grant (`sp=`), the union of the letters Azure documents for service,
 * account and user delegation SAS; any other letter means the string is not one.
 */
const SAS_PERMISSIONS = /(?:^|[?&;=])sp=(?<sp>[^&\s"']*)/;
function hasSasPermissions(query: string): boolean {
  const sp = SAS_PERMISSIONS.exec(query)?.groups?.['sp'];
  return sp === undefined || /^[racwdxyltmeopifu]+$/.test(sp);
}

/** A SAS signature is the URL-encoded base64 of an HMAC-SHA256: 43 characters and `=`. */
function isSasSignature(value: string): boolean {
  try {
    return /^[A-Za-z0-9+/]{43}=$/.test(decodeURIComponent(value));
  } catch {
    return false;
  }
}

export const azure: RuleFamily = {
  id: 'azure',
  providers: {
    'azure-storage': {
      name: 'Azure Storage',
      revokeUrl: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
      note: 'Rotate the account key under Security + networking > Access keys; prefer Entra ID (managed identity) over shared keys.',
    },
    'azure-sas': {
      name: 'Azure Storage',
      revokeUrl: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
      note: 'A SAS cannot be revoked alone: rotate the account key that signed it (or revoke the stored access policy / user delegation keys it is tied to).',
    },
    'azure-service-bus': {
      name: 'Azure Service Bus / Event Hubs',
      revokeUrl: 'https://portal.azure.com/#browse/Microsoft.ServiceBus%2Fnamespaces',
      note: 'Regenerate the key under Shared access policies of the namespace or entity.',
    },
    'azure-entra': {
      name: 'Microsoft Entra ID',
      revokeUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      note: 'Delete the client secret under the app registration > Certificates & secrets and add a new one; prefer a certificate or workload identity federation.',
    },
    'azure-app-configuration': {
      name: 'Azure App Configuration',
      revokeUrl: 'https://portal.azure.com/#browse/Microsoft.AppConfiguration%2FconfigurationStores',
      note: 'Regenerate the key under the store > Settings > Access settings; prefer Entra ID (managed identity) over access keys.',
    },
    'azure-entra-session': {
      name: 'Microsoft Entra ID',
      revokeUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers',
      note: "Revoke the user's sessions (the user > Revoke sessions, or `Revoke-MgUserSignInSession`): that invalidates its refresh tokens.",
    },
    'azure-container-registry': {
      name: 'Azure Container Registry',
      revokeUrl: 'https://portal.azure.com/#browse/Microsoft.ContainerRegistry%2Fregistries',
      note: 'Regenerate the password under the registry > Access keys (admin user) or Repository permissions > Tokens (`az acr token credential generate`); prefer Entra ID identities over the admin user.',
    },
    'azure-redis': {
      name: 'Azure Cache for Redis',
      revokeUrl: 'https://portal.azure.com/#browse/Microsoft.Cache%2FRedis',
      note: 'Regenerate the key under the cache > Settings > Authentication (Access keys), after moving clients to the other key; prefer Entra ID authentication.',
    },
    'azure-devops': {
      name: 'Azure DevOps',
      revokeUrl: 'https://aex.dev.azure.com/me',
      note: 'Revoke the token under User settings > Personal access tokens of the organization; prefer Entra ID tokens.',
    },
  },
  rules: [
    {
      id: 'azure-storage-account-key',
      title: 'Azure storage account key',
      provider: 'azure-storage',
      keywords: ['accountkey', 'account_key', 'account-key', 'azure', 'storage'],
      // 64 random bytes in base64: 86 characters and `==`, in a connection string or under a storage
      // or account key (`AccountKey`, `account_key`: the names Azure's SDKs and tools give it).
      pattern: new RegExp(
        `(?:AccountKey=|(?<![A-Za-z0-9])(?:azure|storage|account)[A-Za-z0-9_.-]{0,24}?key${ASSIGN})` +
          String.raw`(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`,
        'i',
      ),
      // Every match starts at one of these words. `storage` is in every browser bundle
      // (`localStorage`), and this pattern, case-folded and opening with a choice, cannot be searched
      // for quickly: it runs on windows around the words only.
      runsNear: {
        words: ['accountkey', 'account_key', 'account-key', 'azure', 'storage', 'account'],
        before: 0,
        after: 0,
        barrier: '!#$%()*;@^{|}~',
        ahead: 240,
      },
      minEntropy: 4,
      // The storage emulator's account (`devstoreaccount1`): its key is published, the same everywhere.
      validate: (_secret, m) =>
        !/AccountName\s*=\s*devstoreaccount1\s*;\s*$/i.test(m.input.slice(Math.max(0, m.index - 60), m.index)),
      format: String.raw`[A-Za-z0-9+/]{86}==`,
      key: 'AZURE_STORAGE_KEY',
      samples: {
        found: [
          String.raw`AZURE_STORAGE_KEY=[A-Za-z0-9+/]{86}==`,
          String.raw`account_name: [a-z]{8}\n  account_key: '[A-Za-z0-9+/]{86}=='`,
          String.raw`\{ "AccountKey", "[A-Za-z0-9+/]{86}==" \}`,
        ],
        notFound: [
          String.raw`AZURE_STORAGE_KEY=[A-Za-z0-9+/]{43}==`,
          String.raw`AZURE_STORAGE_KEY=x{86}==`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9+/]{86}==`,
          String.raw`account_id: [A-Za-z0-9+/]{86}==`,
        ],
      },
      peers: { trufflehog: ['azure_storage'] },
    },
    {
      id: 'azure-shared-access-key',
      title: 'Azure Service Bus / Event Hubs shared access key',
      provider: 'azure-service-bus',
      keywords: ['sharedaccesskey='],
      // 32 random bytes in base64: 43 characters and one `=`.
      pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
      minEntropy: 4,
      format: String.raw`[A-Za-z0-9+/]{43}=`,
      samples: {
        found: [String.raw`SharedAccessKey=(?:[A-Za-z0-9+/]{43}=)`],
        notFound: [String.raw`SharedAccessKey=(?:[A-Za-z0-9+/]{21}=)`, String.raw`SharedAccessKey=(?:x{43}=)`],
      },
    },
    {
      id: 'azure-sas-token',
      title: 'Azure shared access signature',
      provider: 'azure-sas',
      keywords: [
        'core.windows.net',
        'core.usgovcloudapi.net',
        'core.chinacloudapi.cn',
        'sharedaccesssignature=',
        '&sig=',
      ],
      // The `sig=` parameter of a storage URL, a connection string, or a SAS token kept alone (the
      // query string, which carries the storage service version `sv=<date>` before its `sig`);
      // earlier parameters end at `&`.
      pattern: new RegExp(
        String.raw`(?:https?://${STORAGE_HOST}(?::\d{1,5})?(?:/[^\s"'<>?#]{0,512})?\?|SharedAccessSignature=|(?<![A-Za-z0-9_])sv=20\d\d-\d\d-\d\d&)` +
          String.raw`(?:[^\s"'<>#&;]{0,256}&){0,16}sig=(?<secret>[A-Za-z0-9%+/=]{44,132})(?![A-Za-z0-9%+/=])`,
        'i',
      ),
      minEntropy: 3.5,
      // A SAS kept alone may list `sp=` before the `sv=` it is matched from: the line up to the match's end.
      validate: (secret, m) =>
        isSasSignature(secret) &&
        hasSasPermissions(m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index + m[0].length)),
      format: String.raw`[A-Za-z0-9%]{43}%3D`,
      samples: {
        found: [
          String.raw`https://acme[a-z]{4}\.blob\.core\.windows\.net/backups/db\.bak\?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&sig=[A-Za-z0-9]{43}%3D`,
          String.raw`SAS_TOKEN=sp=rl&st=2026-01-05T08:00:00Z&se=2026-02-05T08:00:00Z&spr=https&sv=2024-11-04&sr=c&sig=[A-Za-z0-9]{43}%3D`,
        ],
        notFound: [
          String.raw`https://acme\.blob\.core\.windows\.net/backups/db\.bak\?sv=2022-11-02&sp=r&sig=x{43}%3D`,
          String.raw`https://acme\.blob\.core\.windows\.net/c\?sv=2022-11-02&sig=[A-Za-z0-9]{12}`,
          String.raw`https://cdn\.acme\.net/f\.png\?v=2022-11-02&sig=[A-Za-z0-9]{43}%3D`,
        ],
      },
      peers: { trufflehog: ['azuresastoken'] },
    },
    {
      id: 'azure-ad-client-secret',
      title: 'Microsoft Entra ID (Azure AD) client secret',
      provider: 'azure-entra',
      keywords: ['q~'],
      // Current client secrets: three characters, a digit, `Q~`, then 31 to 34 more (40 in all).
      pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
      minEntropy: 3.5,
      format: String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`,
      samples: {
        found: [String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}`],
        notFound: [String.raw`[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{15}`, String.raw`[A-Za-z0-9_~.]{3}\dQ~x{31}`],
      },
      peers: { gitleaks: ['azure-ad-client-secret'], trufflehog: ['azure_entra'] },
    },
    {
      id: 'azure-app-configuration-connection-string',
      title: 'Azure App Configuration connection string',
      provider: 'azure-app-configuration',
      keywords: ['.azconfig.io'],
      // `Endpoint=https://<store>.azconfig.io;Id=<key id>;Secret=<base64 key>`: the secret is reported.
      pattern:
        /Endpoint=https:\/\/[A-Za-z0-9-]{1,63}\.azconfig\.io\/?;Id=[A-Za-z0-9+/=:_-]{1,80};Secret=(?<secret>[A-Za-z0-9+/][A-Za-z0-9+/=]{19,100})(?![A-Za-z0-9+/=])/,
      minEntropy: 3.5,
      format: String.raw`[A-Za-z0-9+/]{43}=`,
      samples: {
        found: [
          String.raw`Endpoint=https://[a-z]{4,12}\.azconfig\.io;Id=[a-z0-9]{4}-l[0-9]-s0:[A-Za-z0-9]{20};Secret=[A-Za-z0-9+/]{43}=`,
        ],
        notFound: [
          String.raw`Endpoint=https://[a-z]{4,12}\.azconfig\.io;Id=[a-z0-9]{4}-l[0-9]-s0:[A-Za-z0-9]{20};Secret=[A-Za-z0-9+/]{10}`,
          String.raw`Endpoint=https://[a-z]{4,12}\.azconfig\.io;Id=[a-z0-9]{4}-l[0-9]-s0:[A-Za-z0-9]{20};Secret=<secret>`,
        ],
      },
      peers: { trufflehog: ['azureappconfigconnectionstring'] },
    },
    {
      id: 'azure-entra-refresh-token',
      title: 'Microsoft Entra ID refresh token',
      provider: 'azure-entra-session',
      keywords: ['0.a', '1.a'],
      // `0.A`/`1.A` and a base64url segment, an `.Ag` segment of several hundred characters, and an
      // optional third `.A` segment: the shape of the identity platform's (opaque) refresh tokens.
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>[01]\.A[A-Za-z0-9_-]{50,1000}(?:\.\d)?\.Ag[A-Za-z0-9_-]{250,4000}(?:\.A[A-Za-z0-9_-]{200,2000})?)(?![A-Za-z0-9_-])/,
      minEntropy: 4,
      format: String.raw`[01]\.A[A-Za-z0-9_-]{80}\.Ag[A-Za-z0-9_-]{300}\.A[A-Za-z0-9_-]{220}`,
      samples: {
        found: [String.raw`[01]\.A[A-Za-z0-9_-]{80}\.Ag[A-Za-z0-9_-]{300}\.A[A-Za-z0-9_-]{220}`],
        notFound: [
          String.raw`[01]\.A[A-Za-z0-9_-]{80}\.Ag[A-Za-z0-9_-]{100}`,
          String.raw`[01]\.A[A-Za-z0-9_-]{20}\.Ag[A-Za-z0-9_-]{300}`,
        ],
      },
      peers: { trufflehog: ['azure_entra'] },
    },
    {
      id: 'azure-container-registry-password',
      title: 'Azure Container Registry password',
      provider: 'azure-container-registry',
      keywords: ['+acr'],
      // Admin and token passwords: 42 base64 characters, the signature `+ACR`, and 6 more.
      pattern: /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6})(?![A-Za-z0-9+/=])/,
      minEntropy: 4,
      format: String.raw`[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}`,
      samples: {
        found: [
          String.raw`[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}`,
          String.raw`docker login acme\.azurecr\.io -u acme -p [A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}`,
        ],
        notFound: [
          String.raw`[A-Za-z0-9+/]{20}\+ACR[A-Za-z0-9]{6}`,
          String.raw`x{42}\+ACR[A-Za-z0-9]{6}`,
          String.raw`[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}[A-Za-z0-9]{8}`,
        ],
      },
      peers: { trufflehog: ['azurecontainerregistry'] },
    },
    {
      id: 'azure-redis-access-key',
      title: 'Azure Cache for Redis access key',
      provider: 'azure-redis',
      keywords: ['redis.cache.windows.net', 'redis.azure.net'],
      // The StackExchange.Redis connection string the portal shows:
      // `<cache>.redis.cache.windows.net:6380,password=<key>,ssl=True,abortConnect=False`; the key is
      // 32 random bytes in base64, 44 characters with its `=` (copies often drop it, and keys of that
      // field written as 44 characters without padding are still the key). The port, when written, is
      // one Azure serves Redis on: 6379 (plain), 6380 (TLS), 10000 (Managed Redis), 13xxx/15xxx
      // (cluster shards). The match starts at the `.redis.` literal (a fast scan), the cache name
      // only looked behind.
      pattern:
        /(?<=[A-Za-z0-9-])\.redis\.(?:cache\.windows|azure)\.net(?::(?:6379|6380|10000|1[35]\d{3}))?,(?:[^,\s"'=]{1,40}=[^,\s"']{0,100},){0,8}password=(?<secret>[A-Za-z0-9+/]{43,44}=?)(?![A-Za-z0-9+/=])/i,
      minEntropy: 4,
      format: String.raw`[A-Za-z0-9+/]{43}=`,
      samples: {
        found: [
          String.raw`REDIS_CONNECTION=acme-[a-z]{6}\.redis\.cache\.windows\.net:6380,password=[A-Za-z0-9+/]{43}=,ssl=True,abortConnect=False`,
          String.raw`"Redis": "acme\.westeurope\.redis\.azure\.net:10000,ssl=True,password=[A-Za-z0-9+/]{43}="`,
          String.raw`acme\.redis\.cache\.windows\.net:6380,password=[A-Za-z0-9]{44},ssl=True,abortConnect=False`,
        ],
        notFound: [
          String.raw`REDIS_CONNECTION=acme\.redis\.cache\.windows\.net:6380,password=[A-Za-z0-9+/]{20}=,ssl=True`,
          String.raw`REDIS_CONNECTION=acme\.redis\.cache\.windows\.net:6380,password=x{43}=,ssl=True`,
          String.raw`REDIS_CONNECTION=localhost:6379,password=[A-Za-z0-9+/]{43}=,ssl=True`,
          String.raw`REDIS_CONNECTION=acme\.redis\.cache\.windows\.net:6380,password=[A-Za-z0-9]{48},ssl=True`,
          String.raw`REDIS_CONNECTION=acme\.redis\.cache\.windows\.net:6381,password=[A-Za-z0-9+/]{43}=,ssl=True`,
        ],
      },
      peers: { trufflehog: ['redis'] },
    },
    {
      id: 'azure-devops-pat',
      title: 'Azure DevOps personal access token',
      provider: 'azure-devops',
      keywords: ['azdo'],
      // Tokens issued since July 2024: 84 characters with the fixed signature `AZDO` at 76-80.
      pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
      minEntropy: 4,
      format: String.raw`[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}`,
      samples: {
        found: [String.raw`[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}`],
        notFound: [String.raw`[A-Za-z0-9]{38}AZDO[A-Za-z0-9]{4}`, String.raw`x{76}AZDO[A-Za-z0-9]{4}`],
      },
    },
    {
      id: 'azure-devops-pat-legacy',
      title: 'Azure DevOps personal access token (52-character)',
      provider: 'azure-devops',
      keywords: ['devops', 'azdo', 'vsts', 'ado_', 'ado-', 'ado.', 'adopat', 'adotoken', 'adopersonal'],
      // Older tokens are 52 characters of lowercase base32, recognisable only by the key they sit under.
      pattern: keyedPattern({
        // `ado` only as a word of its own (`ADO_PAT`, `adoToken`), not inside `shadow_token`.
        provider: String.raw`(?:azure[_.-]?devops|azdo|ado(?=[_.-]|pat|token|personal)|vsts|devops)`,
        kind: '(?:pat|token|key|password|secret)',
        value: '[a-z2-7]{52}',
      }),
      minEntropy: 3.8,
      priority: 8,
      validate: (secret) => /^[a-z2-7]+$/.test(secret),
      format: String.raw`[a-z2-7]{52}`,
      key: 'AZURE_DEVOPS_EXT_PAT',
      samples: {
        found: [String.raw`AZURE_DEVOPS_EXT_PAT=[a-z2-7]{52}`],
        notFound: [
          String.raw`AZURE_DEVOPS_EXT_PAT=[a-z2-7]{26}`,
          String.raw`AZURE_DEVOPS_EXT_PAT=x{52}`,
          String.raw`UNRELATED_SETTING=[a-z2-7]{52}`,
        ],
      },
      peers: { trufflehog: ['azuredevopspersonalaccesstoken'] },
    },
  ],
};
