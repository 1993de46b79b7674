/** Test token generators for the rules in src/core/rules/slack.ts (see ./random.ts). */
import { ALNUM, DIGITS, HEX, p, randomChars } from './random.js';

const SLACK_ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `xo<kind>-`, team, user and token ids of the given digit counts, then a hex tail. */
const idsAndHex = (kind: string, ids: readonly [number, number, number], tail: number, seed: string): string =>
  p(
    'xo',
    `${kind}-`,
    randomChars(DIGITS, ids[0], `${seed}:team`),
    '-',
    randomChars(DIGITS, ids[1], `${seed}:user`),
    '-',
    randomChars(DIGITS, ids[2], `${seed}:id`),
    '-',
    randomChars(HEX, tail, seed),
  );

export const slackTokens = {
  /** A refresh token of token rotation or of an app configuration token: `xoxe-1-` and 146 characters. */
  slackRefreshToken: (seed = 'sxe') => p('xo', 'xe-1-', randomChars(SLACK_ID, 146, seed)),
  /** The file access token of a private file link (`?t=`): team, user and file ids, a hex tail. */
  slackFileToken: (seed = 'sxf') => idsAndHex('xe', [13, 13, 13], 32, seed),
  /** An incoming webhook URL with `scheme` (`http://`, or none) and ids of the given lengths. */
  slackServicesUrl: (seed = 'ssv', scheme = 'http://', idLength = 8) =>
    p(
      scheme,
      'hooks.sl',
      'ack.com/services/T',
      randomChars(SLACK_ID, idLength, `${seed}:team`),
      '/B',
      randomChars(SLACK_ID, idLength, `${seed}:hook`),
      '/',
      randomChars(ALNUM, 24, seed),
    ),
  /** `xoxs-`, team, user and token ids, a hex tail. */
  slackLegacyToken: (seed = 'sxs') => idsAndHex('xs', [10, 12, 10], 10, seed),
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
