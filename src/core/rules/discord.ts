/** Discord: bot tokens, OAuth2 client secrets and webhook URLs. */
import type { RuleFamily } from './define.js';
import { decodeBase64 } from './keyed.js';
import { keyedRule } from './keyed-rule.js';

export const discord: RuleFamily = {
  id: 'discord',
  providers: {
    discord: {
      name: 'Discord',
      revokeUrl: 'https://discord.com/developers/applications',
      note: 'Reset the bot token under the application > Bot; delete a leaked webhook under the channel > Integrations > Webhooks.',
    },
  },
  rules: [
    {
      id: 'discord-bot-token',
      title: 'Discord bot token',
      provider: 'discord',
      keywords: ['discord', 'bot_token', 'bot '],
      // base64 of the bot's numeric id (17-20 digits, so `M`/`N`/`O` first), a 6-character
      // timestamp and an HMAC, dot-separated.
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
      validate: (secret) => /^\d{17,20}$/.test(decodeBase64(secret.slice(0, secret.indexOf('.'))) ?? ''),
      format: String.raw`(?<b64url>1[0-9]{18})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}`,
      samples: {
        found: [String.raw`DISCORD_BOT_TOKEN=(?<b64url>1[0-9]{18})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}`],
        notFound: [
          String.raw`(?<b64url>[a-z]{19})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}`,
          String.raw`(?<b64url>1[0-9]{18})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{10}`,
        ],
      },
      peers: { gitleaks: ['discord-api-token'], trufflehog: ['discordbottoken'] },
    },
    keyedRule({
      id: 'discord-client-secret',
      title: 'Discord OAuth2 client secret',
      provider: 'discord',
      // 32 URL-safe characters under a Discord secret or token name (the client id beside it is an
      // identifier: never reported).
      word: 'discord',
      kind: '(?:secret|token)',
      value: '[A-Za-z0-9_-]{32}',
      key: 'DISCORD_CLIENT_SECRET',
      near: ['[A-Za-z0-9_-]{16}', 'x{32}'],
      peers: { gitleaks: ['discord-client-secret'] },
    }),
    {
      id: 'discord-webhook-url',
      title: 'Discord webhook URL',
      provider: 'discord',
      keywords: ['discord.com/api', 'discordapp.com/api'],
      // /api[/vN]/webhooks/<snowflake id>/<token>: the token is what lets anyone post.
      pattern:
        /https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/(?<secret>[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/,
      format: String.raw`[A-Za-z0-9_-]{60,80}`,
      samples: {
        found: [
          String.raw`https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/(?:[A-Za-z0-9_-]{60,80})`,
        ],
        notFound: [
          String.raw`https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/(?:[A-Za-z0-9_-]{30})`,
          String.raw`https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/(?:x{60})`,
        ],
      },
      peers: { trufflehog: ['discordwebhook'] },
    },
  ],
};
