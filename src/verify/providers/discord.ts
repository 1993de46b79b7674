/** Discord: `GET /api/v10/users/@me` with a bot token names the bot. */
import { fromAnswer, get, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const discord: Verifier = {
  provider: 'discord',
  baseUrl: 'https://discord.com',
  endpoint: 'GET /api/v10/users/@me',
  reports: 'bot name',
  rules: ['discord-bot-token'],
  async verify(secret, http) {
    const res = await http({ path: '/api/v10/users/@me', headers: { authorization: `Bot ${secret}` } });
    return fromAnswer(
      res,
      (body) => {
        const id = get(body, 'id');
        return id ? live('Discord accepted it', { account: `bot ${get(body, 'username') ?? id}` }) : undefined;
      },
      [401],
    );
  },
};
