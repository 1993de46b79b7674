/** Test token generators for the rules in src/core/rules/ai-tools.ts (see ./random.ts). */
import { ALNUM, HEX, p, randomChars } from './random.js';

export const aiToolsTokens = {
  perplexityKey: (seed = 'pplx') => p('ppl', 'x-', randomChars(ALNUM, 48, seed)),
  tavilyKey: (seed = 'tvly', env: '' | 'dev-' | 'prod-' = 'dev-') => p('tvl', 'y-', env, randomChars(ALNUM, 32, seed)),
  firecrawlKey: (seed = 'fc') => p('f', 'c-', randomChars(HEX, 32, seed)),
};
