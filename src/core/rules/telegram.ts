/** Telegram bot tokens: the bot's numeric id, a colon, then `AA` and 33 URL-safe characters. */
import type { RuleFamily } from './define.js';

export const telegram: RuleFamily = {
  id: 'telegram',
  providers: {
    telegram: {
      name: 'Telegram',
      revokeUrl: 'https://t.me/BotFather',
      note: 'Send /revoke to @BotFather for this bot to invalidate the token and get a new one.',
    },
  },
  rules: [
    {
      id: 'telegram-bot-token',
      title: 'Telegram bot token',
      provider: 'telegram',
      keywords: [':aa', 'telegr'],
      // Not inside a longer word or number, except right after a `bot` word: Bot API URLs are
      // `/bot<id>:<secret>/getMe`. Issued tokens are `<8-10 digits>:AA` and 33 characters; under a
      // Telegram key, any `<5-16 digits>:A` and 34 is taken (ids grow, and the second letter varies).
      // The boundary is checked after the first digit: a pattern opening with a choice of
      // lookbehinds is tried at every position (10x slower on code full of `:AA`).
      pattern:
        /(?<secret>\d(?<=(?:(?:^|[^A-Za-z0-9_])bot|^|[^A-Za-z0-9_:-])\d)\d{4,15}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])/,
      validate: (secret, match) =>
        /^\d{8,10}:AA/.test(secret) || /telegr/i.test(match.input.slice(Math.max(0, match.index - 80), match.index)),
      format: String.raw`\d{8,10}:AA[A-Za-z0-9_-]{33}`,
      samples: {
        found: [
          String.raw`(?:|)(?:\d{8,10}:AA[A-Za-z0-9_-]{33})`,
          String.raw`TELEGRAM_BOT_TOKEN=\d{5,16}:A[A-Za-z0-9_-]{34}`,
          // A Bot API URL: the token right after the `bot` word.
          String.raw`https://api\.telegram\.org/bot\d{8,10}:AA[A-Za-z0-9_-]{33}/getMe`,
        ],
        notFound: [
          String.raw`(?:|)(?:\d{8,10}:AA[A-Za-z0-9_-]{16})`,
          String.raw`(?:|)(?:\d{8,10}:AAx{33})`,
          String.raw`SERVICE_TOKEN=\d{5,7}:A[A-Za-z0-9_-]{34}`,
          // Inside a longer word or id: after a letter, a `:`, or `bot` ending a longer word.
          String.raw`id[a-z]\d{8,10}:AA[A-Za-z0-9_-]{33}`,
          String.raw`v1:\d{8,10}:AA[A-Za-z0-9_-]{33}`,
          String.raw`robot\d{8,10}:AA[A-Za-z0-9_-]{33}`,
        ],
      },
      peers: { gitleaks: ['telegram-bot-api-token'], trufflehog: ['telegrambottoken'] },
    },
  ],
};
