import { describe, expect, it } from '@jest/globals';
import { ALNUM, DIGITS, HEX, p, randomChars } from '../../helpers/tokens/random.js';
import { slackTokens } from '../../helpers/tokens/slack.js';
import { expectFound, expectNotFound, ruleIds } from './harness.js';

const HOOKS = p('https://hooks.sl', 'ack.com/');
const TEAM = 'T0A1B2C3D4';

describe('slack rules', () => {
  it.each([
    ['trigger URL', slackTokens.slackTriggerUrl()],
    ['workflow URL', slackTokens.slackWorkflowUrl()],
  ])('slack-workflow-webhook-url: %s found in JSON, env and code', async (_kind, url) => {
    await expectFound('slack-workflow-webhook-url', url);
  });

  it('slack-legacy-token: an xoxs- token found in JSON, env and code', async () => {
    await expectFound('slack-legacy-token', slackTokens.slackLegacyToken());
  });

  it('slack-legacy-token near misses: a part missing, a masked tail, sequences', async () => {
    const id = () => randomChars(DIGITS, 10, 'lid');
    await expectNotFound(
      p('xo', 'xs-', id(), '-', id(), '-', randomChars(HEX, 10, 'two')),
      p('xo', 'xs-', id(), '-', id(), '-', id(), '-', 'x'.repeat(10)),
      p('xo', 'xs-', '1234567890-1234567890-1234567890-abcdef1234'),
    );
  });

  it('a workflow webhook written with http:// is found too', async () => {
    const url = slackTokens.slackWorkflowUrl('http').replace('https://', 'http://');
    expect(await ruleIds(`SLACK_WEBHOOK=${url}`)).toEqual(['slack-workflow-webhook-url']);
  });

  it('incoming webhooks (`/services/`) stay with the preset rule', async () => {
    const url = p(HOOKS, 'services/', TEAM, '/B0A1B2C3D4/', randomChars(ALNUM, 24, 'svc'));
    expect(await ruleIds(`SLACK_WEBHOOK=${url}`)).toEqual(['slack-webhook-url']);
  });

  it('near misses: short or non-hex secrets, missing parts, documentation stubs', async () => {
    const id = randomChars(DIGITS, 13, 'id');
    await expectNotFound(
      p(HOOKS, 'triggers/', TEAM, '/', id, '/', randomChars(HEX, 31, 'short')),
      p(HOOKS, 'triggers/', TEAM, '/', id, '/', randomChars('ghijklmnopqrstuvwxyz', 32, 'notHex')),
      p(HOOKS, 'triggers/', TEAM, '/', randomChars(HEX, 32, 'noId')),
      p(HOOKS, 'triggers/', 'TXXXXXXXX/XXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
      p(HOOKS, 'workflows/', TEAM, '/A0A1B2C3D4/', id, '/', randomChars(ALNUM, 20, 'wshort')),
      p(HOOKS, 'workflows/', TEAM, '/', id, '/', randomChars(ALNUM, 24, 'noApp')),
      p(HOOKS, 'triggers/...'),
    );
  });
});
