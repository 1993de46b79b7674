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
      keywords: [':aa'],
      // Not inside a longer word or number, except right after a `bot` word: Bot API URLs are
      // `/bot<id>:<secret>/getMe`.
      pattern:
        /(?:(?<=(?:^|[^A-Za-z0-9_])bot)|(?<![A-Za-z0-9_:-]))(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
      format: String.raw`\d{8,10}:AA[A-Za-z0-9_-]{33}`,
      samples: {
        found: [String.raw`(?:|)(?:\d{8,10}:AA[A-Za-z0-9_-]{33})`],
        notFound: [String.raw`(?:|)(?:\d{8,10}:AA[A-Za-z0-9_-]{16})`, String.raw`(?:|)(?:\d{8,10}:AAx{33})`],
      },
      peers: { gitleaks: ['telegram-bot-api-token'], trufflehog: ['telegrambottoken'] },
    },
  ],
};
