import { describe, expect, it } from '@jest/globals';
import { HEX, p, randomChars, URLSAFE } from '../../helpers/tokens.js';
import { expectFound, expectNotFound, ruleIds } from './harness.js';

describe('gitlab rules', () => {
  it.each([
    ['gitlab-deploy-token', () => p('gl', 'dt-', randomChars(URLSAFE, 20, 'gldt'))],
    ['gitlab-runner-token', () => p('gl', 'rt-', randomChars(URLSAFE, 20, 'glrt'))],
    ['gitlab-trigger-token', () => p('gl', 'ptt-', randomChars(HEX, 40, 'glptt'))],
    ['gitlab-feed-token', () => p('gl', 'ft-', randomChars(URLSAFE, 20, 'glft'))],
    ['gitlab-ci-job-token', () => p('gl', 'cbt-', '64_', randomChars(URLSAFE, 20, 'glcbt'))],
    ['gitlab-oauth-secret', () => p('gl', 'oas-', randomChars(HEX, 64, 'gloas'))],
    ['gitlab-scim-token', () => p('gl', 'soat-', randomChars(URLSAFE, 20, 'glsoat'))],
  ])('%s', async (id, make) => {
    await expectFound(id, make());
  });

  it('a long routable personal token is found once', async () => {
    const t = p('gl', 'pat-', randomChars(URLSAFE, 27, 'glpat'), '.01.', randomChars(URLSAFE, 9, 'glpat2'));
    expect(await ruleIds(`TOKEN=${t}`)).toHaveLength(1);
  });

  it('near misses', async () => {
    await expectNotFound(
      p('gl', 'dt-', randomChars(URLSAFE, 12, 'x')),
      p('gl', 'ptt-', randomChars(HEX, 30, 'y')),
      p('xgl', 'rt-', randomChars(URLSAFE, 20, 'z')),
    );
  });
});
