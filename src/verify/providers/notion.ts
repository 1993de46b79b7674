/** Notion: `GET /v1/users/me` returns the integration's bot user and its workspace. */
import { fromAnswer, get, live } from '../answer.js';
import type { Verifier } from '../types.js';

export const notion: Verifier = {
  provider: 'notion',
  baseUrl: 'https://api.notion.com',
  endpoint: 'GET /v1/users/me',
  reports: 'integration name and workspace, owner type (workspace or user)',
  async verify(secret, http) {
    const res = await http({
      path: '/v1/users/me',
      headers: { authorization: `Bearer ${secret}`, 'notion-version': '2022-06-28' },
    });
    return fromAnswer(
      res,
      (body) => {
        if (get(body, 'object') !== 'user') return undefined;
        const workspace = get(body, 'bot', 'workspace_name');
        const owner = get(body, 'bot', 'owner', 'type');
        return live(`Notion accepted it${get(body, 'name') ? ` (integration ${get(body, 'name')})` : ''}`, {
          ...(workspace ? { account: `workspace ${workspace}` } : {}),
          ...(owner ? { scopes: [`owner: ${owner}`] } : {}),
        });
      },
      [401],
    );
  },
};
