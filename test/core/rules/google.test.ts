import { describe, expect, it } from '@jest/globals';
import { Engine } from '../../../src/core/engine.js';
import { resolveConfig } from '../../../src/core/config.js';
import { URLSAFE, p, randomChars } from '../../helpers/tokens/random.js';
import { googleTokens } from '../../helpers/tokens/google.js';
import { expectFound, expectNotFound } from './harness.js';

const ids = async (text: string): Promise<string[]> =>
  (await new Engine(resolveConfig(undefined)).scan({ path: 'f', text })).findings.map((f) => f.ruleId);

describe('google rules', () => {
  it.each([
    ['google-oauth-access-token', googleTokens.googleAccessToken()],
    ['google-oauth-refresh-token', googleTokens.googleRefreshToken()],
    ['google-oauth-client-secret', googleTokens.googleClientSecret()],
    ['google-api-key', googleTokens.googleApiKey()],
  ])('%s: found in JSON, env and code', async (id, t) => {
    expect(await ids(`{"env": {"GOOGLE": "${t}"}}`)).toEqual([id]);
    await expectFound(id, t);
  });

  it('does not fire on near misses: wrong length, embedded in a longer word, documentation stubs', async () => {
    await expectNotFound(
      p('AI', 'za', randomChars(URLSAFE, 20, 's')),
      p('xAI', 'za', randomChars(URLSAFE, 35, 's')),
      p('ya', '29.', '...'),
      p('GOC', 'SPX-', 'x'.repeat(28)),
      p('1/', '/0', 'abc'),
    );
  });
});
