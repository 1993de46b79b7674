import { describe, expect, it } from '@jest/globals';
import { PRESET_GATES, PRESET_RULES } from '../../../src/core/rules/preset.js';
import { runSecretlintRule } from '../../../src/core/rules/run-preset.js';
import { awsTokens } from '../../helpers/tokens/aws.js';
import { DIGITS, LOWER_ALNUM, p, randomChars, rng } from '../../helpers/tokens/random.js';

const AWS = '@secretlint/secretlint-rule-aws';
const gate = PRESET_GATES[AWS]!;
const rule = PRESET_RULES.find((r) => r.id === AWS)!;
/** The confirm this gate had before it was made case-sensitive: what decided where the rule ran. */
const caseFolded = /(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}|secret_?access_?key/i;
const reports = async (text: string): Promise<string[]> =>
  (await runSecretlintRule(rule.creator, gate.options ?? {}, text, 'f.txt')).map((r) => r.messageId);

describe("the AWS preset rule's gate", () => {
  it('does not let the rule run on a case-folded look-alike of a key id (minified code, base64 data)', () => {
    const lookAlike = p('as', 'ia', randomChars(LOWER_ALNUM, 16, 'lookalike'));
    expect(caseFolded.test(lookAlike)).toBe(true);
    expect(gate.confirm!.test(`const x = "${lookAlike}";`)).toBe(false);
  });

  it('lets it run on a key id, a secret key name in each case the rule knows, and an account id beside a look-alike', () => {
    expect(gate.confirm!.test(`id = ${awsTokens.awsAccessKeyId()}`)).toBe(true);
    for (const name of ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'awsSecretAccessKey', 'SecretAccessKey'])
      expect(gate.confirm!.test(`${name} = x`)).toBe(true);
    const account = `account_id: ${randomChars(DIGITS, 12, 'acct')}`;
    expect(gate.confirm!.test(account)).toBe(false);
    expect(gate.confirm!.test(`${account}\n${p('an', 'va', randomChars(LOWER_ALNUM, 16, 'lk'))}`)).toBe(true);
  });

  it('reports exactly what the case-folded gate reported, on many mixed texts', async () => {
    const next = rng('aws-gate');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const pieces = [
      () => awsTokens.awsAccessKeyId(String(next())),
      () => p('as', 'ia', randomChars(LOWER_ALNUM, 16, String(next()))),
      () => p('AS', 'IA', randomChars(LOWER_ALNUM, 16, String(next()))),
      () =>
        `${pick(['account', 'Account', 'ACCOUNT', 'aws_account_id', 'AccountId'])}: "${randomChars(DIGITS, 12, String(next()))}"`,
      () =>
        `${pick(['secret_access_key', 'SecretAccessKey', 'SECRET_ACCESS_KEY', 'sEcReT_access_key'])} = "${randomChars(LOWER_ALNUM + 'ABC/+', 40, String(next()))}"`,
      () => 'ordinary code; nothing here',
    ];
    let ran = 0;
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(pieces)()).join('\n');
      const before = caseFolded.test(text) ? await reports(text) : [];
      const after = gate.confirm!.test(text) ? await reports(text) : [];
      expect(after).toEqual(before);
      if (after.length > 0) ran++;
    }
    expect(ran).toBeGreaterThan(50);
  });
});
