/** The shared false-positive filter guards every rule, secretlint's preset rules included. */
import { describe, expect, it } from '@jest/globals';
import { isPlaceholder } from '../../../src/core/placeholders.js';
import { ALNUM, base62Crc32, p, randomChars } from '../../helpers/tokens/random.js';
import { githubTokens } from '../../helpers/tokens/github.js';
import { ruleIds } from './harness.js';

// What `.env.example` files and docs hold where a token goes (prefixes split so no line is a token).
const PLACEHOLDERS = [
  p('gh', 'p_', 'x'.repeat(36)),
  p('xo', 'xb-', 'x'.repeat(9), '-', 'x'.repeat(10), '-', 'x'.repeat(24)),
  p('gl', 'pat-', 'XXXXXXXXXXX-XXXXXXXX'),
  p('hv', 's.', 'x'.repeat(90)),
  p('gl', 'c_', '1'.repeat(32), '='),
  p('xo', 'xp-', '1234-1234-1234-', 'abcdef0123456789abcdef'),
  p('xo', 'xe.xoxp-1-', 'RANDOMSTRINGHERE'),
  p('AK', 'IA', 'X'.repeat(16)),
  p('sk', '_test_', 'X'.repeat(24)),
  p('sk', '_live_', '*'.repeat(24)),
  p('gh', 'p_', '#'.repeat(36)),
  p('npm', '_', 'ABCDEF'.repeat(6)),
  p('gh', 'p_16C7e42F292c6912E7710c838347Ae178B4a'),
  p('sh', 'pss_', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6'),
];

describe('shared false-positive filter', () => {
  it.each(PLACEHOLDERS)('%s is no finding of any rule', async (value) => {
    expect(await ruleIds(`TOKEN=${value}\n`, '.env.example')).toEqual([]);
  });

  it('an .env.example full of placeholders reports nothing', async () => {
    const text = PLACEHOLDERS.map((v, i) => `VAR_${i}=${v}`).join('\n');
    expect(await ruleIds(text, '.env.example')).toEqual([]);
  });

  it('a documentation example past where a preset pattern stops is judged on the whole token', async () => {
    const slack = p('xa', 'pp-1-A', randomChars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10, 'doc1'), '-');
    const app = p(
      slack,
      randomChars('123456789', 13, 'doc2'),
      '-',
      randomChars('0123456789abcdef', 57, 'doc3'),
      'EXAMPLE',
    );
    const aws = p(randomChars(ALNUM, 33, 'doc4'), 'EXAMPLE');
    expect(await ruleIds(`SLACK_APP_TOKEN=${app}\nAWS_SECRET_ACCESS_KEY=${aws}\n`)).toEqual([]);
  });

  it('real-looking tokens of the same rules are still found', async () => {
    expect(await ruleIds(`TOKEN=${githubTokens.githubPat('fp-guard')}\n`)).toEqual(['github-pat']);
  });

  it.each([
    ['a run', p('abc', 'x'.repeat(8))],
    ['a mask', '****'],
    ['a hash mask', 'ab####cd'],
    ['a repeated unit', '1234-1234-1234'],
    ['an ascending sequence', 'k3ABCDEFq'],
    ['a descending sequence', 'zz987654zz'],
    ['two ascending sequences interleaved', p('q', 'a1b2c3d4e5f6', 'Zr')],
    ['two ascending sequences interleaved, in capitals, the digits wrapping', p('q', 'E7F8G9H0I1', 'Zr')],
    ['an x-run between separators', 'abc-xxxx-def'],
  ])('knows %s', (_kind, value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    ['a stand-in word between separators', 'your_api_key_here'],
    ['a stand-in word in capitals', 'FAKE_TOKEN_1234'],
    ['a stand-in word at a case change', 'sk9fakeKeyForDocs'],
    ['a stand-in word after digits', 'abc123todo456'],
  ])('knows %s', (_kind, value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it('finds a real token that holds a stand-in word by chance, in a mix of cases', async () => {
    // About one random GitHub token in ten thousand holds `todo` or `fake` in some mix of cases.
    for (const word of ['TOdO', 'ToDO', 'tODo', 'FaKe', 'fAKE', 'DuMmY', 'sAMPLe']) {
      const body = p(
        randomChars(ALNUM, 10, `sw-${word}-a`),
        word,
        randomChars(ALNUM, 20 - word.length, `sw-${word}-b`),
      );
      const token = p('gh', 'p_', body, base62Crc32(body));
      expect([word, await ruleIds(`TOKEN=${token}\n`)]).toEqual([word, ['github-pat']]);
    }
  });

  it('leaves random text of every length alone', () => {
    for (let i = 0; i < 300; i++) {
      const value = randomChars(ALNUM, 16 + (i % 200), `fp-random-${i}`);
      expect([value, isPlaceholder(value)]).toEqual([value, false]);
    }
  });
});
