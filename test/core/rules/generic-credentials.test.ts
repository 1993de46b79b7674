/** Authorization headers, Redis/AMQP URLs and credentials in URL query parameters. */
import { describe, expect, it } from '@jest/globals';
import { ALNUM, p, randomChars } from '../../helpers/tokens/random.js';
import { githubTokens } from '../../helpers/tokens/github.js';
import { expectNotFound, ruleIds } from './harness.js';

const opaque = (seed: string, n = 40): string => randomChars(`${ALNUM}-_.`, n, seed);

describe('http-auth rules', () => {
  it.each([
    ['JSON header', (t: string) => `{"headers": {"Authorization": "Bearer ${t}"}}`],
    ['curl', (t: string) => `curl -H 'Authorization: Bearer ${t}' https://api.acme.dev`],
    ['YAML', (t: string) => `headers:\n  Authorization: token ${t}\n`],
    ['Python', (t: string) => `requests.get(u, headers={"Authorization": "Bearer ${t}"})`],
  ])('http-bearer-token in %s', async (_n, make) => {
    expect(await ruleIds(make(opaque('bearer')))).toEqual(['http-bearer-token']);
  });

  it('http-basic-auth only when the value decodes to user:password', async () => {
    const creds = Buffer.from(p('deploy:', randomChars(ALNUM, 18, 'basic'))).toString('base64');
    expect(await ruleIds(`Authorization: Basic ${creds}`)).toEqual(['http-basic-auth']);
    expect(await ruleIds(`Authorization: Basic ${Buffer.from('no-colon-here-at-all').toString('base64')}`)).toEqual([]);
  });

  it('a provider token in the header keeps the provider id', async () => {
    expect(await ruleIds(`Authorization: Bearer ${githubTokens.githubPat('hdr')}`)).toEqual(['github-pat']);
  });

  it('references, templates and placeholders are not findings', async () => {
    await expectNotFound(
      '{"Authorization": "Bearer ${GITHUB_TOKEN}"}',
      'headers: { Authorization: `Bearer ${token}` }',
      '"Authorization": "Bearer {{ api_token }}"',
      'Authorization: Bearer <your-token-here>',
      'Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxx',
      '"Authorization": "Bearer " + token',
    );
  });
});

describe('redis and amqp URLs', () => {
  it('finds the password, not the whole URL', async () => {
    const pw = randomChars(ALNUM, 24, 'redis');
    for (const url of [
      p('redis://default:', pw, '@cache.acme.net:6379/0'),
      p('amqps://app:', pw, '@mq.acme.net/vhost'),
    ]) {
      const text = `BROKER_URL=${url}`;
      expect(await ruleIds(text)).toEqual(['database-url-password']);
    }
  });
  it('ignores default and stand-in passwords, references and URLs without one', async () => {
    await expectNotFound(
      'amqp://guest:guest@localhost:5672/',
      'redis://:password@localhost:6379',
      'redis://user:${REDIS_PASSWORD}@cache:6379',
      'redis://cache.acme.net:6379/0',
    );
  });
});

describe('url-query-credential', () => {
  it.each(['api_key', 'apikey', 'access_token', 'token', 'key'])('?%s= in a URL', async (name) => {
    const v = randomChars(ALNUM, 32, `q-${name}`);
    expect(await ruleIds(`fetch("https://api.acme.dev/v1/search?q=x&${name}=${v}&page=2")`)).toEqual([
      'url-query-credential',
    ]);
  });
  it('not outside a URL (the generic assignment rule has that), not for references or low-entropy values', async () => {
    expect(await ruleIds(`api_key=${randomChars(ALNUM, 32, 'bare')}`)).not.toContain('url-query-credential');
    await expectNotFound(
      'https://api.acme.dev/v1?api_key=${API_KEY}',
      'https://api.acme.dev/v1?token=aaaaaaaaaaaaaaaaaaaaaaaa',
      'https://api.acme.dev/v1?key=YOUR_API_KEY_GOES_HERE',
    );
  });
});
