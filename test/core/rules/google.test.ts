import { describe, expect, it } from '@jest/globals';
import { Engine } from '../../../src/core/engine.js';
import { resolveConfig } from '../../../src/core/config.js';
import { p, randomChars, tokens, URLSAFE } from '../../helpers/tokens.js';
import { expectFound, expectNotFound } from './harness.js';

const ids = async (text: string): Promise<string[]> =>
  (await new Engine(resolveConfig(undefined)).scan({ path: 'f', text })).findings.map((f) => f.ruleId);

describe('google rules', () => {
  it.each([
    ['google-oauth-access-token', tokens.googleAccessToken()],
    ['google-oauth-refresh-token', tokens.googleRefreshToken()],
    ['google-oauth-client-secret', tokens.googleClientSecret()],
    ['google-api-key', tokens.googleApiKey()],
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
