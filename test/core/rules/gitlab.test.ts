import { describe, expect, it } from '@jest/globals';
import { ALNUM, HEX, URLSAFE, p, randomChars } from '../../helpers/tokens/random.js';
import { gitlabTokens } from '../../helpers/tokens/gitlab.js';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { expectFound, expectNotFound, ruleIds } from './harness.js';

const engine = new Engine(resolveConfig(undefined));

const gl = gitlabTokens.gitlab;
const rand = (n: number, seed: string): string => randomChars(URLSAFE, n, seed);

describe('gitlab rules', () => {
  it.each([
    ['gitlab-deploy-token', () => gl('gldt-', rand(20, 'gldt'))],
    ['gitlab-runner-token', () => gl('glrt-', rand(20, 'glrt'))],
    ['gitlab-runner-token', () => gl('glrt-', p('t1_', rand(27, 'glrt-routable'), '.01.', rand(9, 'glrt-crc')))],
    ['gitlab-runner-token', () => gl('glrtr-', rand(20, 'glrtr'))],
    ['gitlab-runner-registration-token', () => p('GR13', '48941', randomChars(ALNUM, 20, 'gr'))],
    ['gitlab-trigger-token', () => gl('glptt-', randomChars(HEX, 40, 'glptt'))],
    ['gitlab-feed-token', () => gl('glft-', rand(20, 'glft'))],
    ['gitlab-ci-job-token', () => gl('glcbt-', p('64_', rand(20, 'glcbt')))],
    ['gitlab-agent-token', () => gl('glagent-', rand(50, 'glagent'))],
    ['gitlab-oauth-secret', () => gl('gloas-', randomChars(HEX, 64, 'gloas'))],
    ['gitlab-scim-token', () => gl('glsoat-', rand(20, 'glsoat'))],
    ['gitlab-incoming-mail-token', () => gl('glimt-', randomChars(ALNUM, 25, 'glimt'))],
    ['gitlab-feature-flag-token', () => gl('glffct-', rand(20, 'glffct'))],
  ])('%s: found in JSON, env and code', async (id, make) => {
    await expectFound(id, make());
  });

  it('a long routable personal token is found once', async () => {
    const t = gl('glpat-', p(rand(27, 'glpat'), '.01.', rand(9, 'glpat2')));
    expect(await ruleIds(`TOKEN=${t}`)).toEqual(['gitlab-pat']);
  });

  it('a sentence ending right after a token does not take the full stop', async () => {
    const t = gl('glft-', rand(20, 'dot'));
    const text = `The feed token is ${t}.`;
    const { findings } = await engine.scan({ path: 'notes.md', text });
    const column = text.indexOf(t) + 1;
    expect(findings.map((f) => [f.ruleId, f.column, f.endColumn])).toEqual([
      ['gitlab-feed-token', column, column + t.length],
    ]);
  });

  it('near misses: short or wrong-charset bodies, longer words, placeholders', async () => {
    await expectNotFound(
      gl('gldt-', rand(12, 'x')),
      gl('glptt-', randomChars(HEX, 30, 'y')),
      gl('glptt-', randomChars('ghijklmnopqrstuvwxyz', 40, 'notHex')),
      p('x', gl('glrt-', rand(20, 'z'))),
      p('my', gl('glsoat-', rand(20, 'z2'))),
      gl('gloas-', randomChars(HEX, 63, 'short')),
      gl('glagent-', rand(40, 'agentShort')),
      gl('glimt-', rand(20, 'mailShort')),
      gl('glcbt-', rand(20, 'noPartition')),
      gl('glffct-', 'YOUR_FEATURE_FLAG_TOKEN'),
      gl('glft-', 'x'.repeat(20)),
    );
  });
});

describe('gitlab session cookies', () => {
  it('gitlab-session-cookie: in a Cookie header and a cookie export', async () => {
    const sid = gitlabTokens.sessionCookie();
    for (const text of [
      `curl -H "Cookie: _gitlab_session=${sid}" https://gitlab.acme.dev/api/v4/user`,
      `{"_gitlab_session": "${sid}"}`,
      `_gitlab_session: ${sid}\n`,
    ])
      expect(await ruleIds(text)).toEqual(['gitlab-session-cookie']);
  });

  it('near misses: a short value, a longer cookie name, a placeholder', async () => {
    await expectNotFound(
      `_gitlab_session=${gitlabTokens.sessionCookie('short').slice(16)}`,
      `my_gitlab_session=${gitlabTokens.sessionCookie('longer')}`,
      `_gitlab_session=${'0'.repeat(32)}`,
    );
  });
});
