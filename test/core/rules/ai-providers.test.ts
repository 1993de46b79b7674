import { describe, it } from '@jest/globals';
import { ALNUM, hex, p, randomChars, URLSAFE } from '../../helpers/tokens/random.js';
import { aiProvidersTokens } from '../../helpers/tokens/ai-providers.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('AI provider rules', () => {
  it.each([
    ['replicate-api-token', aiProvidersTokens.replicateToken()],
    ['xai-api-key', aiProvidersTokens.xaiKey()],
    ['openrouter-api-key', aiProvidersTokens.openrouterKey()],
    ['together-api-key', aiProvidersTokens.togetherKey()],
    ['fireworks-api-key', aiProvidersTokens.fireworksKey()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['cohere-api-key', 'COHERE_API_KEY', randomChars(ALNUM, 40, 'co')],
    ['cohere-api-key', 'CO_API_KEY', randomChars(ALNUM, 40, 'co2')],
    ['mistral-api-key', 'MISTRAL_API_KEY', randomChars(ALNUM, 32, 'mistral')],
    ['deepseek-api-key', 'DEEPSEEK_API_KEY', aiProvidersTokens.deepseekKey()],
    ['together-api-key-legacy', 'TOGETHER_API_KEY', hex(64, 'together')],
    ['elevenlabs-api-key', 'ELEVENLABS_API_KEY', aiProvidersTokens.elevenlabsKey()],
    ['elevenlabs-api-key', 'ELEVEN_LABS_API_KEY', hex(32, 'xi-old')],
    ['assemblyai-api-key', 'ASSEMBLYAI_API_KEY', hex(32, 'aai')],
    ['deepgram-api-key', 'DEEPGRAM_API_KEY', hex(40, 'dg')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('elevenlabs-api-key in the xi-api-key header', async () => {
    const k = aiProvidersTokens.elevenlabsKey('hdr');
    await expectIn('elevenlabs-api-key', `curl -H "xi-api-key: ${k}" https://api.elevenlabs.io/v1/voices`, k);
  });

  it('near misses: wrong lengths, unrelated keys, words that start like a provider, placeholders', async () => {
    await expectNoProviderFinding(
      p('r', '8_', randomChars(ALNUM, 30, 'n1')),
      p('xa', 'i-', randomChars(ALNUM, 40, 'n2')),
      p('sk-', 'or-v1-', hex(40, 'n3')),
      p('sk-', 'or-v1-', 'x'.repeat(64)),
      p('tgp', '_v1_', randomChars(ALNUM, 20, 'n4')),
      p('f', 'w_', randomChars(ALNUM, 12, 'n5')),
      p('f', 'w_version_', randomChars(ALNUM, 24, 'n6')),
      `DEEPSEEK_API_KEY=${randomChars(ALNUM, 32, 'n7')}`,
      `OPENAI_API_KEY=${aiProvidersTokens.deepseekKey('n8')}`,
      `COMPANY_API_KEY=${randomChars(ALNUM, 40, 'n9')}`,
      `MISTRAL_MODEL=${randomChars(ALNUM, 32, 'n10')}`,
      `DEEPGRAM_PROJECT_ID=${hex(40, 'n11')}`,
      `ELEVENLABS_VOICE_ID=${hex(32, 'n12')}`,
      'ELEVENLABS_API_KEY=sk_your_elevenlabs_key_here_0000000000000000000000',
      'TOGETHER_API_KEY=${TOGETHER_API_KEY}',
    );
  });
});

describe('ai-providers rules (Photoroom)', () => {
  it.each([
    ['photoroom-api-key', aiProvidersTokens.photoroomKey()],
    ['photoroom-api-key', aiProvidersTokens.photoroomKey('sbx', true)],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it('near misses: short hex, no name, placeholders', async () => {
    await expectNoProviderFinding(
      p('sk_', 'pr_', 'default_', hex(30, 'pr1')),
      p('sk_', 'pr_', hex(40, 'pr2')),
      p('sk_', 'pr_', 'default_', '0'.repeat(40)),
      p('sk_', 'pr_', 'YOUR_API_KEY'),
    );
  });
});

describe('Anthropic Admin and Hugging Face organization keys', () => {
  it.each([
    ['anthropic-admin-api-key', aiProvidersTokens.anthropicAdminKey()],
    ['huggingface-org-token', aiProvidersTokens.huggingfaceOrgToken()],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: short bodies, a missing `AA` tail, digits in an org token', async () => {
    await expectNotFound(
      p('sk-ant-', 'admin01-', randomChars(URLSAFE, 60, 'n1'), 'AA'),
      p('sk-ant-', 'admin01-', randomChars(URLSAFE, 95, 'n2')),
      p('api', '_org_', randomChars(URLSAFE, 34, 'n3').replace(/[A-Za-z]/, '7')),
      p('api', '_org_', 'x'.repeat(34)),
    );
  });
});
