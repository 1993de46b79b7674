import { describe, it } from '@jest/globals';
import { ALNUM, p, randomChars } from '../../helpers/tokens/random.js';
import { expectNotFound } from './harness.js';
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
