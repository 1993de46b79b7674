import { describe, expect, it } from '@jest/globals';
import { ALNUM, DIGITS, HEX, p, randomChars } from '../../helpers/tokens/random.js';
import { slackTokens } from '../../helpers/tokens/slack.js';
import { engine, expectFound, expectNotFound, ruleIds } from './harness.js';

const HOOKS = p('https://hooks.sl', 'ack.com/');
/** Slack's ids: a letter for the kind, then random upper-case letters and digits. */
const slackId = (kind: string, seed: string): string =>
  p(kind, randomChars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9, seed));
const TEAM = slackId('T', 'team');

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
    const url = p(HOOKS, 'services/', TEAM, '/', slackId('B', 'svc-id'), '/', randomChars(ALNUM, 24, 'svc'));
    expect(await ruleIds(`SLACK_WEBHOOK=${url}`)).toEqual(['slack-webhook-url']);
  });

  it('near misses: short or non-hex secrets, missing parts, documentation stubs', async () => {
    const id = randomChars(DIGITS, 13, 'id');
    await expectNotFound(
      p(HOOKS, 'triggers/', TEAM, '/', id, '/', randomChars(HEX, 31, 'short')),
      p(HOOKS, 'triggers/', TEAM, '/', id, '/', randomChars('ghijklmnopqrstuvwxyz', 32, 'notHex')),
      p(HOOKS, 'triggers/', TEAM, '/', randomChars(HEX, 32, 'noId')),
      p(HOOKS, 'triggers/', 'TXXXXXXXX/XXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
      p(HOOKS, 'workflows/', TEAM, '/', slackId('A', 'wf-id'), '/', id, '/', randomChars(ALNUM, 20, 'wshort')),
      p(HOOKS, 'workflows/', TEAM, '/', id, '/', randomChars(ALNUM, 24, 'noApp')),
      p(HOOKS, 'triggers/...'),
    );
  });
});

describe('slack webhook URLs the preset does not read, and xoxe- tokens', () => {
  it.each([
    ['http://, short ids', slackTokens.slackServicesUrl('http8', 'http://', 8)],
    ['no scheme', slackTokens.slackServicesUrl('bare', '', 10)],
    ['a path in one piece', p('hooks.sl', 'ack.com/services/', randomChars(ALNUM, 44, 'onepiece'))],
    ['a workflow path in one piece', p('http://hooks.sl', 'ack.com/workflows/', randomChars(ALNUM, 48, 'wf'))],
  ])('slack-webhook-url-other-form: %s', async (_kind, url) => {
    await expectFound('slack-webhook-url-other-form', url);
  });

  it('the forms the preset and the workflow rule read stay theirs: one finding each', async () => {
    const url = p(HOOKS, 'services/', TEAM, '/', slackId('B', 'svc2-id'), '/', randomChars(ALNUM, 24, 'svc2'));
    expect(await ruleIds(`SLACK_WEBHOOK=${url}`)).toEqual(['slack-webhook-url']);
    expect(await ruleIds(`SLACK_WEBHOOK=${slackTokens.slackTriggerUrl('one')}`)).toEqual([
      'slack-workflow-webhook-url',
    ]);
  });

  it('slack-webhook-url-other-form near misses: stand-in ids and secrets, words', async () => {
    await expectNotFound(
      p('http://hooks.sl', 'ack.com/services/TXXXXXXXX/BXXXXXXXX/', 'X'.repeat(24)),
      p('hooks.sl', 'ack.com/services/T00000000/B00000000/', 'x'.repeat(24)),
      p('https://hooks.sl', 'ack.com/services/your/webhook/path/goes/here'),
    );
  });

  it.each([
    ['a refresh token', slackTokens.slackRefreshToken()],
    ['a file access token', slackTokens.slackFileToken()],
  ])('slack-refresh-token: %s', async (_kind, token) => {
    await expectFound('slack-refresh-token', token);
  });

  it('slack-refresh-token: a file token in a private file link with JSON-escaped slashes', async () => {
    const token = slackTokens.slackFileToken('link');
    const text = `"url_private": "https:\\/\\/files.sl${'ack.com'}\\/files-pri\\/T04A-F04B\\/image.png?t=${token}"`;
    const { findings } = await engine.scan({ path: 'msg.json', text });
    expect(findings.map((f) => [f.ruleId, f.column])).toEqual([['slack-refresh-token', text.indexOf(token) + 1]]);
  });

  it('slack-refresh-token near misses: the documentation example, short, a part missing, masked', async () => {
    await expectNotFound(
      p('xo', 'xe-1-abcdefg'),
      p('xo', 'xe-1-', randomChars(ALNUM, 20, 'short')),
      p('xo', 'xe-', randomChars(DIGITS, 13, 'a'), '-', randomChars(DIGITS, 13, 'b'), '-', randomChars(HEX, 32, 'c')),
      p('xo', 'xe-1-', 'X'.repeat(146)),
    );
  });
});
