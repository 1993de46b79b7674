import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { DIGITS, URLSAFE, p, randomChars } from '../../helpers/tokens/random.js';
import { telegramTokens } from '../../helpers/tokens/telegram.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectIn, expectKeyed } from './keyed-harness.js';

describe('telegram rules', () => {
  it.each([8, 9, 10])('telegram-bot-token with a %i-digit bot id: found in JSON, env and code', async (n) => {
    await expectFound('telegram-bot-token', telegramTokens.telegramBotToken(`id${n}`, n));
  });

  it('found inside Bot API URLs, where `bot` runs straight into the id', async () => {
    const t = telegramTokens.telegramBotToken('url');
    await expectIn('telegram-bot-token', `curl https://api.telegram.org/bot${t}/getMe`, t);
    await expectIn('telegram-bot-token', `fetch(\`https://api.telegram.org/file/bot${t}/photos/1.jpg\`)`, t);
  });

  it('near misses: ids too short or long, wrong secret length, no `AA`, inside longer words', async () => {
    const body = randomChars(URLSAFE, 33, 'nm');
    await expectNotFound(
      p('1234', '567', ':A', 'A', body),
      p('7', randomChars(DIGITS, 10, 'long'), ':A', 'A', body),
      p('712345678', ':A', 'A', randomChars(URLSAFE, 32, 'short')),
      p('712345678', ':A', 'A', randomChars(URLSAFE, 34, 'long')),
      p('712345678', ':B', 'B', body),
      p('x712345678', ':A', 'A', body),
      p('robot712345678', ':A', 'A', body),
      p('1:712345678', ':A', 'A', body),
      'const ratio = "16:AAAA";',
      p('12345', ':A', 'A', randomChars(URLSAFE, 33, 'tg2')),
      p('712345678', ':A', 'A', 'x'.repeat(33)),
    );
  });

  it('reports the id and secret, not the `bot` before them', async () => {
    const t = telegramTokens.telegramBotToken('span');
    const text = `BOT_URL=https://api.telegram.org/bot${t}/`;
    const [f] = (await new Engine(resolveConfig(undefined)).scan({ path: '.env', text })).findings;
    expect([f?.column, f?.endColumn]).toEqual([text.indexOf(t) + 1, text.indexOf(t) + 1 + t.length]);
  });
});

describe('telegram tokens under a Telegram key', () => {
  it.each([5, 6, 12, 16])('telegram-bot-token: a %i-digit bot id and any second letter', async (digits) => {
    await expectKeyed(
      'telegram-bot-token',
      'TELEGRAM_BOT_TOKEN',
      telegramTokens.telegramLooseToken(`d${digits}`, digits),
    );
  });

  it('near misses: the looser shape without a Telegram key', async () => {
    await expectNotFound(`SERVICE_TOKEN=${telegramTokens.telegramLooseToken('nokey')}`);
  });
});
