/** Test token generators for the rules in src/core/rules/discord.ts (see ./random.ts). */
import { URLSAFE, b64url, p, randomChars, snowflake } from './random.js';

export const discordTokens = {
  /** 32 URL-safe characters. */
  discordClientSecret: (seed = 'dcs') => randomChars(URLSAFE, 32, seed),
  discordBotToken: (seed = 'dbot') =>
    p(b64url(snowflake(seed)), '.', randomChars(URLSAFE, 6, `${seed}t`), '.', randomChars(URLSAFE, 38, `${seed}h`)),
  discordWebhookToken: (seed = 'dwh') => randomChars(URLSAFE, 68, seed),
  discordWebhookUrl: (token: string, seed = 'dwh') =>
    p('https://discord.com/api/web', 'hooks/', snowflake(seed), '/', token),
};
