import { describe, it } from '@jest/globals';
import { ALNUM, HEX, p, randomChars, spine } from '../../helpers/tokens.js';
import { expectFound, expectNotFound } from './harness.js';

describe('ai-tools rules (Perplexity, Tavily, Firecrawl)', () => {
  it.each([
    ['perplexity-api-key', spine.perplexityKey()],
    ['tavily-api-key', spine.tavilyKey('dev')],
    ['tavily-api-key', spine.tavilyKey('prod', 'prod-')],
    ['tavily-api-key', spine.tavilyKey('plain', '')],
    ['firecrawl-api-key', spine.firecrawlKey()],
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
      p('f', 'c-', randomChars(HEX, 31, 'f31')),
      p('f', 'c-', randomChars(HEX, 33, 'f33')),
      p('f', 'c-', randomChars('ghijklmnopqrstuvwxyz', 32, 'fcz')),
      // `fc-` inside a longer identifier (a CSS class, a package name).
      p('abc-f', 'c-', randomChars(HEX, 32, 'css')),
      `const v = '${p('srcf', 'c-', randomChars(HEX, 32, 'word'))}';`,
    );
  });
});
