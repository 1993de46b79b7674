/** Telegram: `getMe` names the bot. The Bot API takes the token in the path (never logged: see http.ts). */
import { get, invalid, isObject, live, malformed } from '../answer.js';
import type { Verification, Verifier } from '../types.js';

export const telegram: Verifier = {
  provider: 'telegram',
  baseUrl: 'https://api.telegram.org',
  endpoint: 'GET /bot<token>/getMe',
  reports: 'bot username',
  async verify(secret, http): Promise<Verification> {
    const res = await http({ path: `/bot${encodeURIComponent(secret).replace(/%3A/gi, ':')}/getMe` });
    if (res.status === 401 || res.status === 404) return invalid(`Telegram rejected it (HTTP ${res.status})`);
    if (res.status !== 200)
      return { status: 'error', reason: `unexpected answer from the provider (HTTP ${res.status})` };
    if (!isObject(res.body) || res.body['ok'] !== true || !get(res.body, 'result', 'id')) return malformed();
    const name = get(res.body, 'result', 'username');
    return live('Telegram accepted it', { account: `bot ${name ? `@${name}` : get(res.body, 'result', 'id')}` });
  },
};
