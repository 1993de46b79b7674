/**
 * Connection URLs with an inline password for Redis and AMQP (RabbitMQ); the preset covers
 * PostgreSQL, MySQL and MongoDB. The secret is the password part.
 */
import type { RuleFamily } from './define.js';

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
]);

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
  },
  rules: [
    {
      id: 'database-url-password',
      title: 'Password in a Redis/AMQP URL',
      provider: 'database',
      keywords: ['redis://', 'rediss://', 'amqp://', 'amqps://'],
      pattern: /(?:rediss?|amqps?):\/\/[^\s:@/'"`]{0,100}:(?<secret>[^\s:@/'"`]{4,200})@[A-Za-z0-9.-]{1,253}/,
      minEntropy: 2,
      // No stand-in, reference (`${PASS}`, `%PASS%`, `{{pass}}`, `<pass>`) or mask (`****`).
      validate: (secret) =>
        !NOT_SECRETS.has(secret.toLowerCase()) && !/^[$%{<]/.test(secret) && !/^(.)\1*$/.test(secret),
      format: String.raw`[A-Za-z0-9]{12,32}`,
      // `redi(?:s)://` keeps these samples from reading as URLs with a password in this file.
      samples: {
        found: [
          String.raw`REDIS_URL=redi(?:s)://default:[A-Za-z0-9]{24}@cache\.internal:6379/0`,
          String.raw`amq(?:p)s://app:[A-Za-z0-9!%]{16}@mq\.acme\.io/vhost`,
        ],
        notFound: [
          String.raw`REDIS_URL=redi(?:s)://default:\$\{REDIS_PASSWORD\}@cache\.internal:6379`,
          String.raw`amq(?:p)://guest:guest@localhost:5672`,
          String.raw`redi(?:s)://:\*{12}@cache:6379`,
        ],
      },
      peers: { trufflehog: ['redis', 'rabbitmq', 'mongodb', 'postgres'] },
    },
  ],
};
