import { describe, expect, it } from '@jest/globals';
import { ALNUM, BASE64, hex, p, randomBytes, randomChars, uuid } from '../../helpers/tokens/random.js';
import { azureTokens } from '../../helpers/tokens/azure.js';
import { expectFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding, found } from './keyed-harness.js';

const account = (key: string): string =>
  p('DefaultEndpointsProtocol=https;AccountName=acmedata;Account', 'Key=', key, ';EndpointSuffix=core.windows.net');

describe('azure rules', () => {
  it('azure-storage-account-key: in a connection string and under a storage key name', async () => {
    const key = azureTokens.azureStorageKey();
    await expectIn('azure-storage-account-key', `"AzureWebJobsStorage": "${account(key)}"`, key);
    await expectIn('azure-storage-account-key', `AZURE_STORAGE_CONNECTION_STRING=${account(key)}\n`, key);
    await expectKeyed('azure-storage-account-key', 'AZURE_STORAGE_KEY', key);
    await expectKeyed('azure-storage-account-key', 'AZURE_STORAGE_ACCOUNT_KEY', key);
  });

  it('azure-storage-account-key: under the account key names SDKs and tools use', async () => {
    const key = azureTokens.azureStorageKey('acctkey');
    await expectKeyed('azure-storage-account-key', 'ACCOUNT_KEY', key);
    await expectIn('azure-storage-account-key', `new Dictionary<string, string> { { "AccountKey", "${key}" } };`, key);
    await expectIn(
      'azure-storage-account-key',
      `<account_name>acme</account_name><account_key>${key}</account_key>`,
      key,
    );
    await expectIn('azure-storage-account-key', `'account_name' => 'acme',\n'account_key' => '${key}',`, key);
    await expectNoProviderFinding(`account_id: ${key}`, `ACCOUNT_KEY=${key.slice(0, 44)}`);
  });

  it('azure-shared-access-key: Service Bus / Event Hubs connection strings', async () => {
    const key = azureTokens.azureSharedAccessKey();
    const conn = p(
      'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccess',
      'Key=',
      key,
    );
    await expectIn('azure-shared-access-key', `SERVICEBUS_CONNECTION="${conn}"`, key);
    await expectIn('azure-shared-access-key', `{"connection": "${conn};EntityPath=jobs"}`, key);
  });

  it('azure-sas-token: the sig of a storage URL or a SAS connection string', async () => {
    const sig = azureTokens.azureSasSignature();
    const url = p(
      'https://acmedata.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sr=b&s',
      'ig=',
      sig,
    );
    await expectIn('azure-sas-token', `{"url": "${url}"}`, sig);
    await expectIn('azure-sas-token', `curl -o db.bak '${url}'`, sig);
    const first = p('https://acmedata.queue.core.windows.net/?s', 'ig=', sig, '&sv=2022-11-02');
    await expectIn('azure-sas-token', `QUEUE_URL=${first}\n`, sig);
    const conn = p(
      'BlobEndpoint=https://acmedata.blob.core.windows.net/;SharedAccess',
      'Signature=sv=2022-11-02&ss=b&s',
      'ig=',
      sig,
    );
    await expectIn('azure-sas-token', `STORAGE="${conn}"`, sig);
  });

  it('azure-sas-token: a SAS token kept alone, as the portal and the SDKs print it', async () => {
    const sig = azureTokens.azureSasSignature('alone');
    const portal = p(
      'sp=racwl&st=2026-01-05T08:00:00Z&se=2026-02-05T08:00:00Z&spr=https&sv=2024-11-04&sr=c&s',
      'ig=',
      sig,
    );
    await expectIn('azure-sas-token', `AZURE_BLOB_SAS_TOKEN=${portal}\n`, sig);
    const sdk = p('?sv=2024-11-04&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-02-05T08:00:00Z&s', 'ig=', sig);
    await expectIn('azure-sas-token', `{"sasToken": "${sdk}"}`, sig);
    // The same query string without the service version, or on another service's parameter, is not one.
    await expectNoProviderFinding(
      p('sp=r&se=2026-02-05T08:00:00Z&s', 'ig=', sig),
      // `q` is no SAS permission.
      p('sp=rq&se=2026-02-05T08:00:00Z&sv=2024-11-04&sr=c&s', 'ig=', sig),
      p('https://cdn.acme.net/f.png?csv=2024-11-04&s', 'ig=', sig),
    );
  });

  it('azure-redis-access-key: in the connection strings the portal shows', async () => {
    const key = azureTokens.azureSharedAccessKey('redis');
    const conn = p('acme-cache.redis.cache.windows.net:6380,pass', 'word=', key, ',ssl=True,abortConnect=False');
    await expectIn('azure-redis-access-key', `"ConnectionStrings": {"Redis": "${conn}"}`, key);
    await expectIn('azure-redis-access-key', `REDIS_URL=${conn}\n`, key);
    const managed = p('acme.westeurope.redis.azure.net:10000,ssl=True,pass', 'word=', key);
    await expectIn('azure-redis-access-key', `redis = ConnectionMultiplexer.Connect("${managed}");`, key);
    // The same key copied without its `=`.
    const unpadded = azureTokens.redisKeyUnpadded();
    await expectIn(
      'azure-redis-access-key',
      p('acme-cache.redis.cache.windows.net:6380,pass', 'word=', unpadded, ',ssl=True,abortConnect=False'),
      unpadded,
    );
    await expectNoProviderFinding(
      p('acme-cache.redis.cache.windows.net:6380,pass', 'word=', key.slice(0, 30), ',ssl=True'),
      p('localhost:6379,pass', 'word=', key, ',ssl=True'),
      // No port Azure serves Redis on.
      p('acme-cache.redis.cache.windows.net:6381,pass', 'word=', key, ',ssl=True'),
      p('acme-cache.redis.cache.windows.net:6380,pass', 'word=', randomChars(ALNUM, 48, 'redis-long'), ',ssl=True'),
    );
  });

  it('azure-container-registry-password: by its +ACR signature, alone and in docker login', async () => {
    const pw = azureTokens.containerRegistryPassword();
    await expectFound('azure-container-registry-password', pw);
    await expectIn('azure-container-registry-password', `docker login acme.azurecr.io -u acme -p ${pw}`, pw);
    await expectNoProviderFinding(
      p(randomChars(BASE64, 30, 'acr1'), '+', 'ACR', randomChars(ALNUM, 6, 'acr2')),
      p(randomChars(BASE64, 42, 'acr3'), '+', 'ACR', randomChars(ALNUM, 12, 'acr4')),
      p(randomChars(BASE64, 42, 'acr5'), '+', 'ABC', randomChars(ALNUM, 6, 'acr6')),
    );
  });

  it('azure-ad-client-secret and azure-devops-pat by their format', async () => {
    await expectFound('azure-ad-client-secret', azureTokens.azureAdClientSecret());
    await expectFound('azure-devops-pat', azureTokens.azureDevopsPat());
  });

  it('azure-devops-pat-legacy: 52 base32 characters under an Azure DevOps key', async () => {
    const pat = azureTokens.azureDevopsPatLegacy();
    await expectKeyed('azure-devops-pat-legacy', 'AZURE_DEVOPS_EXT_PAT', pat);
    await expectKeyed('azure-devops-pat-legacy', 'ADO_TOKEN', pat);
    await expectKeyed('azure-devops-pat-legacy', 'AZDO_PERSONAL_ACCESS_TOKEN', pat);
  });

  it('near misses: wrong lengths, other hosts, signatures that are not HMACs, unrelated keys', async () => {
    const key = azureTokens.azureStorageKey('nm');
    await expectNoProviderFinding(
      p('Account', 'Key=', key.slice(0, 60), '=='),
      p('Account', 'Key=', randomChars(BASE64, 86, 'nm2'), '==', randomChars(ALNUM, 4, 'nm3')),
      `LOCAL_KEY=${key}`,
      p('Account', 'Key=', '${AZURE_STORAGE_KEY}'),
      p('SharedAccess', 'Key=', randomChars(BASE64, 30, 'nm4'), '='),
      // `sig=` on another host, and a `sig` that is not a URL-encoded 32-byte signature.
      p('https://cdn.acme.net/f.png?s', 'ig=', azureTokens.azureSasSignature('nm5')),
      p(
        'https://acmedata.blob.core.windows.net/c/f?s',
        'ig=',
        encodeURIComponent(randomBytes(40, 'nm6').toString('base64')),
      ),
      p('https://acmedata.blob.core.windows.net/c/f?sv=2022-11-02&s', 'ig=<signature>'),
      // Client secrets need the digit and `Q~`; PATs need `AZDO` at 76.
      p(randomChars(ALNUM, 4, 'nm7'), 'Q', '~', randomChars(ALNUM, 20, 'nm8')),
      p(randomChars(ALNUM, 70, 'nm9'), 'AZ', 'DO', randomChars(ALNUM, 4, 'nm10')),
      p(randomChars(ALNUM, 76, 'nm11'), 'AZ', 'DO', randomChars(ALNUM, 5, 'nm12')),
      `DEVOPS_PAT=${randomChars(ALNUM, 52, 'nm13')}`,
      `PAT=${azureTokens.azureDevopsPatLegacy('nm14')}`,
      `ADO_TOKEN=${'a'.repeat(52)}`,
      `git commit -m "fix ${hex(40, 'nm15')} ${uuid('nm16')}"`,
    );
  });

  it('reports the signature, not the URL', async () => {
    const sig = azureTokens.azureSasSignature('pos');
    const text = p('u = "https://a.file.core.windows.net/s/f?sp=r&s', 'ig=', sig, '"');
    expect(await found(text)).toEqual([['azure-sas-token', text.indexOf(sig) + 1]]);
  });

  it('azure-app-configuration-connection-string: the Secret of an App Configuration connection string', async () => {
    const secret = azureTokens.appConfigSecret();
    const conn = azureTokens.appConfigConnectionString(secret);
    await expectIn(
      'azure-app-configuration-connection-string',
      `AZURE_APPCONFIG_CONNECTION_STRING="${conn}"\n`,
      secret,
    );
    await expectIn(
      'azure-app-configuration-connection-string',
      `{"ConnectionStrings": {"AppConfig": "${conn}"}}`,
      secret,
    );
  });

  it('azure-entra-refresh-token by its shape', async () => {
    await expectFound('azure-entra-refresh-token', azureTokens.entraRefreshToken());
  });

  it('near misses of App Configuration strings and refresh tokens', async () => {
    await expectNoProviderFinding(
      azureTokens.appConfigConnectionString('<your-secret>'),
      azureTokens.appConfigConnectionString(randomChars(BASE64, 12, 'ac1')),
      p('Endpoint=https://acme', '.azconfig', '.io;Id=abc;Secret=', 'x'.repeat(43), '='),
      p('1', '.A', randomChars(ALNUM, 80, 'rt1'), '.Ag', randomChars(ALNUM, 90, 'rt2')),
      p('version 1', '.A', 'lpha'),
    );
  });
});
