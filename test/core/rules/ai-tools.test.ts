import { describe, it } from '@jest/globals';
import { ALNUM, HEX, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
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

describe('ai-tools rules (Langfuse, LangSmith, Sourcegraph Cody)', () => {
  it.each([
    ['langfuse-secret-key', aiToolsTokens.langfuseSecretKey()],
    ['langsmith-api-key', aiToolsTokens.langsmithKey('pt')],
    ['langsmith-api-key', aiToolsTokens.langsmithKey('sk', 'sk')],
    ['sourcegraph-cody-token', aiToolsTokens.codyToken()],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it('near misses: the public half, wrong lengths, placeholders', async () => {
    await expectNotFound(
      // Langfuse's public key is the identifier of the pair.
      p('LANGFUSE_PUBLIC_KEY=pk-', 'lf-', uuid('pub')),
      p('sk-', 'lf-', uuid('short').slice(0, 30)),
      p('sk-', 'lf-', '00000000-0000-0000-0000-000000000000'),
      p('sk-', 'lf-', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'),
      p('lsv2', '_pt_', randomChars(HEX, 32, 'l1'), '_', randomChars(HEX, 6, 'l2')),
      p('lsv2', '_xx_', randomChars(HEX, 32, 'l3'), '_', randomChars(HEX, 10, 'l4')),
      p('lsv2', '_pt_', randomChars(HEX, 32, 'l5').toUpperCase(), '_', randomChars(HEX, 10, 'l6')),
      p('sl', 'k_', randomChars(HEX, 63, 'c1')),
      p('sl', 'k_', randomChars(HEX, 65, 'c2')),
      p('my_sl', 'k_', randomChars(HEX, 64, 'c3')),
    );
  });
});

describe('voiceflow-api-key', () => {
  it.each([
    ['an agent (Dialog Manager) key', aiToolsTokens.voiceflowKey('dm')],
    ['a workspace key', aiToolsTokens.voiceflowKey('ws', 'WS.')],
    ['an older workspace key', aiToolsTokens.voiceflowKey('legacy', '')],
  ])('%s: found in JSON, env and code', async (_kind, t) => {
    await expectFound('voiceflow-api-key', t);
  });

  it('near misses: a short secret, a non-hex id, inside a longer word, a placeholder', async () => {
    const key = aiToolsTokens.voiceflowKey('nm');
    await expectNotFound(
      key.slice(0, -4),
      p('V', 'F.DM.', randomChars('ghijklmnopqrstuvwxyz', 24, 'vfz'), '.', randomChars(ALNUM, 16, 'vfs')),
      p('X', key),
      p('V', 'F.DM.', hex(24, 'vfx'), '.', 'x'.repeat(16)),
      p('V', 'F.DM.', 'YOUR_API_KEY'),
    );
  });
});
