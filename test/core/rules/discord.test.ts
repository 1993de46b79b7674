import { describe, it } from '@jest/globals';
import { URLSAFE, b64url, p, randomChars } from '../../helpers/tokens/random.js';
import { discordTokens } from '../../helpers/tokens/discord.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('discord rules', () => {
  it('discord-bot-token: found in bot configs and the Authorization header', async () => {
    const t = discordTokens.discordBotToken();
    await expectKeyed('discord-bot-token', 'DISCORD_BOT_TOKEN', t);
    await expectIn('discord-bot-token', `BOT_TOKEN=${t}\n`, t);
    await expectIn('discord-bot-token', `headers = {"Authorization": "Bot ${t}"}`, t);
  });

  it('discord-webhook-url: the token part, on discord.com and discordapp.com', async () => {
    const token = discordTokens.discordWebhookToken();
    const url = discordTokens.discordWebhookUrl(token);
    await expectIn('discord-webhook-url', `{"webhook": "${url}"}`, token);
    await expectIn('discord-webhook-url', `DISCORD_WEBHOOK=${url}\n`, token);
    const legacy = url.replace('discord.com/api', 'discordapp.com/api/v10');
    await expectIn('discord-webhook-url', `post('${legacy}')`, token);
  });

  it('near misses: a first part that is not a numeric id, short tokens, placeholders', async () => {
    const fake = p(
      b64url('hello-world-12345'),
      '.',
      randomChars(URLSAFE, 6, 'n1'),
      '.',
      randomChars(URLSAFE, 38, 'n2'),
    );
    await expectNoProviderFinding(
      `DISCORD_TOKEN=${fake}`,
      `DISCORD_TOKEN=${p(b64url('1abcdefghijklmnopq'), '.', randomChars(URLSAFE, 6, 'n6'), '.', randomChars(URLSAFE, 38, 'n7'))}`,
      `DISCORD_TOKEN=${discordTokens.discordBotToken('n3').slice(0, 40)}`,
      'DISCORD_TOKEN=MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.XXXXXX.your-bot-token-goes-here-xxxxxx',
      p('https://discord.com/api/web', 'hooks/123456789012345678/', randomChars(URLSAFE, 20, 'n4')),
      p('https://discord.com/api/web', 'hooks/{id}/{token}'),
      p('https://example.com/api/web', 'hooks/123456789012345678/', discordTokens.discordWebhookToken('n5')),
    );
  });
});

describe('Discord OAuth2 client secrets', () => {
  it.each(['DISCORD_CLIENT_SECRET', 'DISCORD_OAUTH_SECRET'])('discord-client-secret under %s', async (key) => {
    await expectKeyed('discord-client-secret', key, discordTokens.discordClientSecret(key));
  });

  it('near misses: short, masked, the client id alone', async () => {
    await expectNoProviderFinding(
      `DISCORD_CLIENT_SECRET=${discordTokens.discordClientSecret('short').slice(0, 16)}`,
      `DISCORD_CLIENT_SECRET=${'x'.repeat(32)}`,
      `DISCORD_CLIENT_ID=${p('1', randomChars('0123456789', 18, 'dcid'))}`,
    );
  });
});
