import { describe, expect, it } from '@jest/globals';
import { databaseUrlsTokens } from '../../helpers/tokens/database-urls.js';
import { ALNUM, p, randomChars } from '../../helpers/tokens/random.js';
import { expectNotFound, ruleIds } from './harness.js';
import { expectIn } from './keyed-harness.js';

const pw = (seed: string): string => randomChars(`${ALNUM}-_.~!*`, 24, seed);

/** A URL in the usual places: an MCP server's env (JSON), .env, YAML and code. */
const contexts = (url: string): string[] => [
  `{"mcpServers": {"cache": {"env": {"CONN": "${url}"}}}}`,
  `BROKER_URL=${url}\n`,
  `cache:\n  url: ${url}\n`,
  `const client = createClient({ url: '${url}' });`,
];

describe('database-urls rules (Redis, AMQP)', () => {
  it.each([
    ['redis, user and password', (s: string) => p('redis://app:', s, '@cache.acme.net:6379/0')],
    ['redis, password only', (s: string) => p('redis://:', s, '@cache.acme.net:6379')],
    ['rediss (TLS)', (s: string) => p('rediss://default:', s, '@eu1.cache.acme.net:6380')],
    ['amqp', (s: string) => p('amqp://worker:', s, '@mq.acme.net:5672/%2F')],
    ['amqps (TLS)', (s: string) => p('amqps://worker:', s, '@b-1234.mq.acme.net:5671/jobs')],
  ])('database-url-password: %s, the password found in JSON, env, YAML and code', async (kind, make) => {
    const secret = pw(kind);
    for (const text of contexts(make(secret))) await expectIn('database-url-password', text, secret);
  });

  it.each(['ftp', 'ftps', 'sftp'])('database-url-password: %s on a bare host name', async (scheme) => {
    const secret = databaseUrlsTokens.dbPassword(scheme);
    for (const text of contexts(databaseUrlsTokens.ftpUrl(secret, scheme)))
      await expectIn('database-url-password', text, secret);
  });

  it.each(['sqlserver', 'postgresql', 'mariadb', 'oracle', 'hive2'] as const)(
    'jdbc-url-password: a %s JDBC URL, the password found in JSON, env, YAML and code',
    async (driver) => {
      const secret = databaseUrlsTokens.dbPassword(driver);
      for (const text of contexts(databaseUrlsTokens.jdbcUrl(driver, secret)))
        await expectIn('jdbc-url-password', text, secret);
    },
  );

  it("a MySQL JDBC URL's `//user:password@host` is the preset's MySQL URL finding, once", async () => {
    const text = `spring.datasource.url=${databaseUrlsTokens.jdbcUrl('mysql', databaseUrlsTokens.dbPassword('my'))}\n`;
    expect(await ruleIds(text)).toEqual(['database-url-password']);
  });

  it('jdbc-url-password near misses: references, stand-ins, no password', async () => {
    const { jdbcUrl } = databaseUrlsTokens;
    await expectNotFound(
      jdbcUrl('sqlserver', '${DB_PASSWORD}'),
      jdbcUrl('postgresql', 'password'),
      jdbcUrl('oracle', 'changeit'),
      jdbcUrl('hive2', '****'),
      p('jd', 'bc:mysql://db.acme.io:3306/orders?useSSL=true&serverTimezone=UTC'),
      p('jd', 'bc:oracle:thin:@db.acme.io:1521:ORCL'),
      p('jd', 'bc:sqlserver://db.acme.io:1433;databaseName=orders;integratedSecurity=true'),
    );
  });

  it('near misses: defaults, stand-ins, references, masks, no password, other schemes', async () => {
    await expectNotFound(
      'amqp://guest:guest@localhost:5672/',
      'redis://:password@localhost:6379',
      'redis://user:pass@localhost:6379',
      'url: redis://user:${REDIS_PASSWORD}@cache:6379',
      'url: redis://user:$REDIS_PASSWORD@cache:6379',
      'url: amqps://app:<password>@mq.acme.net/',
      'url: amqps://app:{{ amqp_password }}@mq.acme.net/',
      'url: amqp://app:%AMQP_PASSWORD%@mq.acme.net/',
      'url: redis://:****@cache.acme.net:6379',
      'url: redis://default:your-redis-password@cache.acme.net:6379',
      'url: redis://cache.acme.net:6379/0',
      'url: redis://localhost:6379',
    );
  });
});

describe('database-urls rules (LDAP)', () => {
  it.each([
    ['a DN and ldaps', 'cn=admin,dc=acme,dc=org', true],
    ['a plain user and ldap', 'svc-sync', false],
  ])('ldap-url-password: %s, the password found in JSON, env, YAML and code', async (kind, user, secure) => {
    const secret = databaseUrlsTokens.ldapPassword(kind);
    for (const text of contexts(databaseUrlsTokens.ldapUrl(user, secret, secure)))
      await expectIn('ldap-url-password', text, secret);
  });

  it.each([
    ['LDAP_BIND_PASSWORD=', '\n'],
    ['export LDAP_PASSWORD="', '"\n'],
    ['  bind_password: "', '"\n'],
    ['bindPassword: "', '",'],
    ['bindpw ', '\n'],
    ['spring.ldap.password=', '\n'],
    ['<add key="LdapBindPassword" value="', '" />'],
    ['<ldapBindPassword>', '</ldapBindPassword>'],
  ])('ldap-bind-password: found after %s', async (before, after) => {
    const secret = databaseUrlsTokens.ldapPassword(before);
    await expectIn('ldap-bind-password', `${before}${secret}${after}`, secret);
  });

  it('ldap-adsi-password: the password argument of an ADSI OpenDSObject call', async () => {
    const secret = databaseUrlsTokens.ldapPassword('adsi');
    const url = p('LDA', 'P://DC.acme.com/OU=IT,DC=acme,DC=com');
    await expectIn(
      'ldap-adsi-password',
      `Set ou = dso.OpenDSObject("${url}", "ACME\\svc-sync", "${secret}", 1)`,
      secret,
    );
    await expectNotFound(`Set ou = dso.OpenDSObject("${url}", vbNullString, vbNullString, 1)`);
  });

  it('near misses: references, expressions, defaults, DNs, URLs without a password', async () => {
    await expectNotFound(
      'LDAP_BIND_PASSWORD=${LDAP_PASSWORD}',
      'bind_password = config.ldap.password',
      'ldap_password = os.environ["LDAP_PASSWORD"]',
      'const bindPassword = process.env.LDAP_BIND_PASSWORD;',
      'ldapPassword: getSecret("ldap")',
      'LDAP_BIND_DN=cn=admin,dc=acme,dc=org',
      'ldap_password: changeme',
      'bindpw secret',
      p('lda', 'p://ldap.acme.io:389/dc=acme,dc=org?uid?sub'),
      p('lda', 'ps://admin:admin@localhost:636'),
      p('lda', 'p://admin:${LDAP_PASSWORD}@ldap.acme.io'),
      // `.bind(` and other binds are not LDAP.
      'const handler = this.onClick.bind(this);',
    );
  });
});
