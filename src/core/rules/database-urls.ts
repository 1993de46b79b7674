/**
 * Connection URLs with an inline password for Redis, AMQP (RabbitMQ), FTP and LDAP directories, JDBC
 * URLs, and LDAP bind passwords; the preset covers PostgreSQL, MySQL and MongoDB URLs on hosts with a
 * domain. The secret is the password.
 */
import type { RuleFamily } from './define.js';
import { keyedPattern } from './keyed.js';

/** Stand-in and well-known default passwords that are not secrets. */
const NOT_SECRETS = new Set([
  'password',
  'pass',
  'passwd',
  'secret',
  'guest',
  'redis',
  'rabbitmq',
  'admin',
  'pwd',
  'changeit',
  'changeme',
]);

/** A stand-in or well-known default password (`password`, `secret`, `guest`, `changeme`). */
export const isStandInPassword = (secret: string): boolean => NOT_SECRETS.has(secret.toLowerCase());

/** No stand-in, reference (`${PASS}`, `%PASS%`, `{{pass}}`, `<pass>`) or mask (`****`). */
const isLiteralPassword = (secret: string): boolean =>
  !isStandInPassword(secret) && !/^[$%{<]/.test(secret) && !/^(.)\1*$/.test(secret);

/**
 * A bind password written in code is often an expression, not a literal: `config.ldap.password`,
 * `LDAP_PASSWORD` (a constant's name), `getpass`. Those are identifiers without a digit.
 */
const isCodeReference = (secret: string): boolean =>
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(secret) || /^[A-Za-z_]+$/.test(secret);

export const databaseUrls: RuleFamily = {
  id: 'database-urls',
  providers: {
    database: {
      auditLog:
        "the database's connection and audit logs (pg_stat_activity / log_connections, or the cloud provider's database logs)",
      name: 'the database',
      revokeUrl: '',
      note: 'Change the database user password now, and give the MCP server a read-only user on a non-production copy.',
    },
    ldap: {
      name: 'the LDAP directory',
      revokeUrl: '',
      auditLog: "the directory server's access log (binds by that DN)",
      note: "Change the bind account's password in the directory (ldappasswd, or the admin console of Active Directory / FreeIPA), then update every service that binds with it.",
    },
  },
  rules: [
    {
      id: 'database-url-password',
      title: 'Password in a Redis/AMQP/FTP URL',
      provider: 'database',
      // FTP too (`ftp://`, `ftps://`, `sftp://`): the preset reads those only on a host with a domain,
      // and file servers are often named by a bare host (`ftp://deploy:<password>@files-01`).
      keywords: ['redis://', 'rediss://', 'amqp://', 'amqps://', 'ftp://', 'ftps://'],
      pattern: /(?:rediss?|amqps?|s?ftps?):\/\/[^\s:@/'"`]{0,100}:(?<secret>[^\s:@/'"`]{4,200})@[A-Za-z0-9.-]{1,253}/,
      minEntropy: 2,
      validate: isLiteralPassword,
      format: String.raw`[A-Za-z0-9]{12,32}`,
      // `redi(?:s)://` keeps these samples from reading as URLs with a password in this file.
      samples: {
        found: [
          String.raw`REDIS_URL=redi(?:s)://default:[A-Za-z0-9]{24}@cache\.internal:6379/0`,
          String.raw`amq(?:p)s://app:[A-Za-z0-9!%]{16}@mq\.acme\.io/vhost`,
          String.raw`FTP_URL=ft(?:p)://deploy:[A-Za-z0-9!%]{16}@files-0[1-9]/upload`,
        ],
        notFound: [
          String.raw`REDIS_URL=redi(?:s)://default:\$\{REDIS_PASSWORD\}@cache\.internal:6379`,
          String.raw`amq(?:p)://guest:guest@localhost:5672`,
          String.raw`redi(?:s)://:\*{12}@cache:6379`,
          String.raw`ft(?:p)://anonymous:guest@files-01/pub`,
        ],
      },
      peers: { trufflehog: ['redis', 'rabbitmq', 'mongodb', 'postgres', 'ftp'] },
    },
    {
      id: 'jdbc-url-password',
      title: 'Password in a JDBC URL',
      provider: 'database',
      keywords: ['jdbc:'],
      // The drivers' documented forms: a `password=` (or `pwd=`) property after `;` (SQL Server, Hive,
      // DB2), `?` or `&` (MySQL, PostgreSQL, MariaDB); a user and password before `@` (MySQL's and
      // MariaDB's `//user:password@host`, Oracle's `thin:user/password@host`). A property match
      // starts at its `password=` and looks back (bounded) for the URL's `jdbc:`, so text full of
      // `jdbc:` is not rescanned from each one.
      pattern: new RegExp(
        String.raw`(?:[;?&](?:password|pwd)=(?<=jdbc:[a-z0-9]{2,20}:[^\s"'<>\x60]{0,400}[;?&](?:password|pwd)=)|jdbc:[a-z0-9]{2,20}:(?:(?:[a-z0-9]{1,20}:)?//[^\s:@/"'<>\x60]{1,100}:|thin:[^\s:@/"'<>\x60]{1,100}/))` +
          String.raw`(?<secret>(?<==)[^\s"'<>;&\x60]{4,128}(?![^\s"'<>;&\x60])|[^\s"'<>;&@/\x60]{4,128}(?=@))`,
        'i',
      ),
      minEntropy: 2,
      validate: isLiteralPassword,
      format: String.raw`[A-Za-z0-9!%#]{12,24}`,
      // `jdb(?:c):` keeps these samples from reading as JDBC URLs in this file.
      samples: {
        found: [
          String.raw`url=jdb(?:c):sqlserver://db\.acme\.io:1433;databaseName=orders;user=app;password=[A-Za-z0-9!%#]{12,24}`,
          String.raw`"jdb(?:c):postgresql://db\.acme\.io:5432/orders\?user=app&password=[A-Za-z0-9!%#]{12,24}&ssl=true"`,
          String.raw`spring\.datasource\.url=jdb(?:c):mariadb://app:[A-Za-z0-9!%#]{12,24}@db-01:3306/orders`,
          String.raw`jdb(?:c):oracle:thin:scott/[A-Za-z0-9!%#]{12,24}@db\.acme\.io:1521:ORCL`,
        ],
        notFound: [
          String.raw`jdb(?:c):sqlserver://db\.acme\.io:1433;databaseName=orders;user=app;password=\$\{DB_PASSWORD\}`,
          String.raw`jdb(?:c):postgresql://db\.acme\.io:5432/orders\?user=app&password=password`,
          String.raw`jdb(?:c):mysql://db\.acme\.io:3306/orders\?useSSL=true&serverTimezone=UTC`,
          String.raw`jdb(?:c):oracle:thin:@db\.acme\.io:1521:ORCL`,
        ],
      },
      peers: { trufflehog: ['jdbc'] },
    },
    {
      id: 'ldap-url-password',
      title: 'Password in an LDAP URL',
      provider: 'ldap',
      keywords: ['ldap://', 'ldaps://'],
      // The user part may be a DN (`cn=admin,dc=acme,dc=org`): anything but `:`, `@`, `/` and blanks.
      pattern: /ldaps?:\/\/[^\s:@/'"`]{1,200}:(?<secret>[^\s:@/'"`]{4,200})@[A-Za-z0-9.[\]-]{1,253}/i,
      minEntropy: 2,
      validate: isLiteralPassword,
      format: String.raw`[A-Za-z0-9]{12,32}`,
      // `lda(?:p)://` keeps these samples from reading as URLs with a password in this file.
      samples: {
        found: [
          String.raw`LDAP_URL=lda(?:p)s://cn=admin,dc=[a-z]{4,8},dc=org:[A-Za-z0-9!%]{12,24}@ldap\.[a-z]{4,8}\.io:636`,
          String.raw`lda(?:p)://svc-[a-z]{4}:[A-Za-z0-9]{16}@10\.0\.0\.5`,
        ],
        notFound: [
          String.raw`LDAP_URL=lda(?:p)://admin:\$\{LDAP_PASSWORD\}@ldap\.acme\.io`,
          String.raw`lda(?:p)://admin:admin@localhost:389`,
          String.raw`lda(?:p)://ldap\.acme\.io:389/dc=acme,dc=org\?uid\?sub`,
        ],
      },
      peers: { trufflehog: ['ldap'] },
    },
    {
      id: 'ldap-adsi-password',
      title: 'LDAP password in an ADSI OpenDSObject call',
      provider: 'ldap',
      keywords: ['opendsobject'],
      // VBScript / PowerShell ADSI: `OpenDSObject("LDAP://dc/...", "DOMAIN\user", "password", flags)`.
      pattern:
        /OpenDSObject\(\s{0,4}"ldaps?:\/\/[^"\s]{1,300}"\s{0,4},\s{0,4}"[^"\s]{1,200}"\s{0,4},\s{0,4}"(?<secret>[^"\s]{4,128})"/i,
      minEntropy: 2,
      validate: isLiteralPassword,
      format: String.raw`[A-Za-z0-9!%#]{12,24}`,
      samples: {
        found: [
          String.raw`Set ou = dso\.OpenDSObject\("LDA(?:P)://DC\.acme\.com/OU=IT,DC=acme,DC=com", "ACME\\svc-[a-z]{4}", "[A-Za-z0-9!%#]{12,24}", 1\)`,
        ],
        notFound: [
          String.raw`Set ou = dso\.OpenDSObject\("LDA(?:P)://DC\.acme\.com/OU=IT,DC=acme,DC=com", vbNullString, vbNullString, 1\)`,
          String.raw`Set ou = dso\.OpenDSObject\("LDA(?:P)://DC\.acme\.com/OU=IT", "ACME\\admin", "password", 1\)`,
        ],
      },
      peers: { trufflehog: ['ldap'] },
    },
    {
      id: 'ldap-bind-password',
      title: 'LDAP bind password',
      provider: 'ldap',
      // `bind` only as the key's start (`bindpw`, `bind_password`): a bare `bind` is in every `.bind(`.
      keywords: ['ldap', ...['', '_', '-', '.'].flatMap((s) => ['pw', 'pass', 'cred'].map((k) => `bind${s}${k}`))],
      // `LDAP_BIND_PASSWORD=`, `bind_password:`, `bindpw secret` (ldap.conf), `ldap.password = "..."`.
      pattern: keyedPattern({
        provider: String.raw`(?:ldap|bind(?=[_.-]?(?:pw|pass|cred)))`,
        kind: String.raw`(?:pass(?:word|wd)?|pw|credentials?)`,
        value: String.raw`[^\s"'\x60,;()\[\]{}<>]{8,128}`,
        tail: String.raw`^\s"'\x60,;)\]}<`,
      }),
      minEntropy: 2.5,
      priority: 8,
      validate: (secret) => isLiteralPassword(secret) && !isCodeReference(secret),
      format: String.raw`[A-Za-z0-9!@#%^&*]{10,24}`,
      key: 'LDAP_BIND_PASSWORD',
      samples: {
        found: [
          String.raw`LDAP_BIND_PASSWORD=[A-Za-z0-9!@#%^&*]{8}[0-9]{2}`,
          String.raw`bind_password: "[A-Za-z0-9!@#%]{10,20}[0-9]"`,
          String.raw`bindpw [A-Za-z]{6}[0-9]{4}`,
        ],
        notFound: [
          String.raw`LDAP_BIND_PASSWORD=\$\{LDAP_PASSWORD\}`,
          String.raw`bind_password = settings[.]ldap[.]bind_password`,
          String.raw`LDAP_BIND_DN=cn=admin,dc=[a-z]{6},dc=org`,
          String.raw`ldap_password: changeme`,
        ],
      },
      peers: { trufflehog: ['ldap'] },
    },
  ],
};
