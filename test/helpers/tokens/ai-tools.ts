/** Test token generators for the rules in src/core/rules/ai-tools.ts (see ./random.ts). */
import { ALNUM, HEX, hex, p, randomChars, uuid } from './random.js';

export const aiToolsTokens = {
  perplexityKey: (seed = 'pplx') => p('ppl', 'x-', randomChars(ALNUM, 48, seed)),
  tavilyKey: (seed = 'tvly', env: '' | 'dev-' | 'prod-' = 'dev-') => p('tvl', 'y-', env, randomChars(ALNUM, 32, seed)),
  firecrawlKey: (seed = 'fc') => p('f', 'c-', randomChars(HEX, 32, seed)),
  langfuseSecretKey: (seed = 'lf') => p('sk-', 'lf-', uuid(seed)),
  langsmithKey: (seed = 'ls', kind: 'pt' | 'sk' = 'pt') =>
    p('lsv2', '_', kind, '_', hex(32, seed), '_', hex(10, `${seed}t`)),
  voiceflowKey: (seed = 'vf', kind: 'DM.' | 'WS.' | '' = 'DM.') =>
    p('V', 'F.', kind, hex(24, seed), '.', randomChars(ALNUM, 16, `${seed}s`)),
  codyToken: (seed = 'slk') => p('sl', 'k_', hex(64, seed)),
};
