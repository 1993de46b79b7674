/** Test token generators for the rules in src/core/rules/slack.ts (see ./random.ts). */
import { ALNUM, DIGITS, HEX, p, randomChars } from './random.js';

const SLACK_ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const slackTokens = {
  /** `xoxs-`, team, user and token ids, a hex tail. */
  slackLegacyToken: (seed = 'sxs') =>
    p(
      'xo',
      'xs-',
      randomChars(DIGITS, 10, `${seed}:team`),
      '-',
      randomChars(DIGITS, 12, `${seed}:user`),
      '-',
      randomChars(DIGITS, 10, `${seed}:id`),
      '-',
      randomChars(HEX, 10, seed),
    ),
  slackTriggerUrl: (seed = 'swt') =>
    p(
      'https://hooks.sl',
      'ack.com/triggers/T',
      randomChars(SLACK_ID, 10, `${seed}:team`),
      '/',
      randomChars(DIGITS, 13, `${seed}:id`),
      '/',
      randomChars(HEX, 32, seed),
    ),
  slackWorkflowUrl: (seed = 'sww') =>
    p(
      'https://hooks.sl',
      'ack.com/workflows/T',
      randomChars(SLACK_ID, 10, `${seed}:team`),
      '/A',
      randomChars(SLACK_ID, 10, `${seed}:app`),
      '/',
      randomChars(DIGITS, 18, `${seed}:id`),
      '/',
      randomChars(ALNUM, 24, seed),
    ),
};
