import { describe, it } from '@jest/globals';
import { ALNUM, HEX, p, randomChars } from '../../helpers/tokens/random.js';
import { aiToolsTokens } from '../../helpers/tokens/ai-tools.js';
import { expectFound, expectNotFound } from './harness.js';

describe('ai-tools rules (Perplexity, Tavily, Firecrawl)', () => {
  it.each([
    ['perplexity-api-key', aiToolsTokens.perplexityKey()],
    ['tavily-api-key', aiToolsTokens.tavilyKey('dev')],
    ['tavily-api-key', aiToolsTokens.tavilyKey('prod', 'prod-')],
    ['tavily-api-key', aiToolsTokens.tavilyKey('plain', '')],
    ['firecrawl-api-key', aiToolsTokens.firecrawlKey()],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it('near misses: wrong length or charset, longer words, placeholders', async () => {
    await expectNotFound(
      p('ppl', 'x-', randomChars(ALNUM, 47, 'p47')),
      p('ppl', 'x-', randomChars(ALNUM, 49, 'p49')),
      p('ppl', 'x-', 'YOUR_PERPLEXITY_API_KEY'),
      p('ppl', 'x-', 'x'.repeat(48)),
      p('tvl', 'y-', randomChars(ALNUM, 31, 't31')),
      p('tvl', 'y-test-', randomChars(ALNUM, 32, 'tenv')),
      p('tvl', 'y-dev-', 'YOUR_API_KEY'),
      p('ppl', 'x-', randomChars(ALNUM, 20, 'pp')),
      p('f', 'c-', randomChars(HEX, 31, 'f31')),
      p('f', 'c-', randomChars(HEX, 33, 'f33')),
      p('f', 'c-', randomChars('ghijklmnopqrstuvwxyz', 32, 'fcz')),
      // `fc-` inside a longer identifier (a CSS class, a package name).
      p('abc-f', 'c-', randomChars(HEX, 32, 'css')),
      `const v = '${p('srcf', 'c-', randomChars(HEX, 32, 'word'))}';`,
    );
  });
});
