/** Notion, Sentry, Supabase, Perplexity, Tavily, Firecrawl, Atlassian, Telegram, Slack workflows. */
import { describe, it } from '@jest/globals';
import { ALNUM, DIGITS, HEX, p, randomChars, URLSAFE } from '../../helpers/tokens.js';
import { expectFound, expectNotFound } from './harness.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64').replace(/=+$/, '');
const BASE64_NOPAD = `${ALNUM}+/`;

describe('provider tokens the preset misses', () => {
  it.each([
    ['notion-integration-secret', () => p('sec', 'ret_', randomChars(ALNUM, 43, 'notion'))],
    [
      'sentry-org-token',
      () =>
        p(
          'sntr',
          'ys_',
          b64(JSON.stringify({ iat: 1710000000, url: 'https://sentry.io', org: 'acme' })),
          '_',
          randomChars(BASE64_NOPAD, 43, 'sentry'),
        ),
    ],
    ['sentry-user-token', () => p('sntr', 'yu_', randomChars(HEX, 64, 'sentryu'))],
    ['supabase-access-token', () => p('sb', 'p_', randomChars(HEX, 40, 'sbp'))],
    ['supabase-secret-key', () => p('sb_se', 'cret_', randomChars(URLSAFE, 40, 'sbs'))],
    ['perplexity-api-key', () => p('ppl', 'x-', randomChars(ALNUM, 48, 'pplx'))],
    ['tavily-api-key', () => p('tvl', 'y-dev-', randomChars(ALNUM, 32, 'tvly'))],
    ['firecrawl-api-key', () => p('f', 'c-', randomChars(HEX, 32, 'fc'))],
    [
      'atlassian-api-token',
      () => p('ATA', 'TT3', randomChars(URLSAFE, 180, 'atl'), '=', randomChars('0123456789ABCDEF', 8, 'atlc')),
    ],
    [
      'telegram-bot-token',
      () => p(randomChars(DIGITS, 10, 'tgid').replace(/^0/, '7'), ':A', 'A', randomChars(URLSAFE, 33, 'tg')),
    ],
    [
      'slack-workflow-webhook-url',
      () =>
        p(
          'https://hooks.sl',
          'ack.com/triggers/T',
          randomChars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9, 'sw1'),
          '/',
          randomChars(DIGITS, 13, 'sw2'),
          '/',
          randomChars(HEX, 32, 'sw3'),
        ),
    ],
  ])('%s: found in JSON, .env and code', async (id, make) => {
    await expectFound(id, make());
  });

  it('near misses: short bodies, longer words, placeholders, other charsets', async () => {
    await expectNotFound(
      p('client_sec', 'ret_', randomChars(ALNUM, 43, 'n2')),
      p('sec', 'ret_', randomChars(ALNUM, 30, 'n3')),
      p('sntr', 'yu_', randomChars(HEX, 40, 's1')),
      p('sb', 'p_', 'x'.repeat(40)),
      p('ppl', 'x-', randomChars(ALNUM, 20, 'pp')),
      p('tvl', 'y-', 'YOUR_API_KEY'),
      p('f', 'c-', randomChars('ghijklmnopqrstuvwxyz', 32, 'fcz')),
      p('ATA', 'TT3', randomChars(URLSAFE, 40, 'atl2')),
      p('12345', ':A', 'A', randomChars(URLSAFE, 33, 'tg2')),
      'const ratio = "16:AAAA";',
    );
  });
});
