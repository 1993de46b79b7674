/** Test token generators for the rules in src/core/rules/agent-tools.ts (see ./random.ts). */
import { ALNUM, URLSAFE, p, randomChars, uuid } from './random.js';

export const agentToolsTokens = {
  context7Key: (seed = 'ctx7') => p('ctx7', 'sk-', uuid(seed)),
  browserbaseKey: (seed = 'bb') => p('bb', '_live_', randomChars(URLSAFE, 27, seed)),
  apifyToken: (seed = 'apify') => p('apify', '_api_', randomChars(ALNUM, 36, seed)),
  zapierMcpSecret: (seed = 'zap') => Buffer.from(p(uuid(seed), ':', uuid(`${seed}b`))).toString('base64'),
  zapierActionsKey: (seed = 'skak') => p('sk-', 'ak-', randomChars(ALNUM, 26, seed)),
  zapierCatchHook: (seed = 'zh') =>
    p(
      'https://hooks.',
      'zapier.com/hooks/catch/',
      '1',
      randomChars('0123456789', 6, seed),
      '/',
      randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 7, `${seed}h`),
      '/',
    ),
};
