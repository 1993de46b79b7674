import { describe, expect, it } from '@jest/globals';
import { KeywordMatcher } from '../../src/core/keywords.js';
import { defineFamily, nearWords, type DefinedFamily } from '../../src/core/rules/define.js';
import { definedFamilies } from '../../src/core/rules/index.js';
import { PROVIDER_NAMES } from '../../src/core/rules/provider-names.js';
import { nearness, nearWindows } from '../../src/core/windows.js';
import { locatedOccurrences, realTexts } from '../helpers/located-words.js';
import { expand } from '../helpers/samples.js';
import { ALNUM, rng } from '../helpers/tokens/random.js';

/** Every rule that runs near its words, with its family. */
const NEAR_RULES = definedFamilies().flatMap((family) =>
  family.family.rules.filter((spec) => spec.runsNear).map((spec) => ({ family, spec })),
);

/** The rule's findings over the whole text and over its windows only. */
function bothWays(family: DefinedFamily, id: string, matcher: KeywordMatcher, text: string) {
  return { whole: family.matches(id, text), near: family.matches(id, text, locatedOccurrences(matcher, text)) };
}

/**
 * Random text made of the pieces these rules' patterns are about: provider names (whole and
 * spelt in parts), words for a credential, every separator, quotes, random values of every
 * length, every ASCII punctuation character (barriers and not) and line breaks, so matches run
 * into each other, across windows' edges and across barriers.
 */
function randomText(seed: string, words: readonly string[], format?: string): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const value = (n: number): string => Array.from({ length: n }, () => ALNUM[Math.floor(r() * ALNUM.length)]).join('');
  // Basic credentials: base64 of `user:password`.
  const basic = (): string => Buffer.from(`${value(4)}:${value(12 + Math.floor(r() * 12))}`).toString('base64');
  const pieces: (() => string)[] = [
    () => pick(words),
    () => pick(words).toUpperCase(),
    () => pick(words).replace(/^(\w{2})/, '$1_'),
    () => pick(['_KEY', 'Key', '_api_key', ' token', '_SECRET', 'Token', '_password', '-auth', '_auth', 'ApiKey', '2']),
    () => pick(['=', ': ', ' = ', ':=', ' => ', ', ', '>', '>\n  ', ' value=', ' - ', ' ', ': string = ', ' str = ']),
    () => pick(['"', "'", '`', '\\"']),
    () => value(1 + Math.floor(r() * 12)),
    () => value(14 + Math.floor(r() * 30)),
    basic,
    () => pick([...'!#$%&()*+,-./:;<=>?@[\\]^_`{|}~']),
    () => pick(['\n', '\r\n', '\t', '  ', '\n\n']),
    () => pick(['secret', 'TOKEN', 'passwd', 'pwd', 'api-key', 'credentials', 'auth_key', 'Bearer ']),
  ];
  // Whole assignments too, often: random pieces alone seldom make one.
  const assignment = (): string => {
    const q = pick(['"', "'", '']);
    const key = `${pick(pieces.slice(0, 3))()}${pick(['_KEY', 'Key', '_api_key', ' token', '_TOKEN', '_secret', '_auth', ''])}`;
    // A value of the rule's documented format too: random lengths seldom meet a fixed one (86 + `==`).
    const roll = r();
    const secret =
      roll < 0.2
        ? basic()
        : format && roll < 0.45
          ? expand(format, `${seed}:${out.length}`)
          : value(16 + Math.floor(r() * 30));
    return `${key}${pick(['=', ': ', ' = ', ':=', ' => ', ' '])}${q}${secret}${q}`;
  };
  let out = '';
  const n = 20 + Math.floor(r() * 400);
  for (let i = 0; i < n; i++) out += r() < 0.15 ? `${pick(['\n', ' ', ''])}${assignment()}` : pick(pieces)();
  return out;
}

describe('rules that run near their words', () => {
  it('are the provider-named, the generic, the Basic-under-_auth and the Azure storage key rules, each with its words as located keywords', () => {
    expect(NEAR_RULES.map((r) => r.spec.id).sort()).toEqual([
      'azure-storage-account-key',
      'basic-auth-assignment',
      'generic-credential-assignment',
      'provider-named-credential',
    ]);
    const named = NEAR_RULES.find((r) => r.spec.id === 'provider-named-credential')!;
    expect(new Set(nearWords(named.spec))).toEqual(new Set(PROVIDER_NAMES));
  });

  for (const { family, spec } of NEAR_RULES) {
    const words = nearWords(spec);
    const matcher = new KeywordMatcher(words, words);

    it(`${spec.id}: finds over its windows exactly what it finds over the whole text (random texts)`, () => {
      let found = 0;
      for (let i = 0; i < 250; i++) {
        const text = randomText(`${spec.id}:${i}`, words, spec.format);
        const { whole, near } = bothWays(family, spec.id, matcher, text);
        expect({ i, near }).toEqual({ i, near: whole });
        found += whole.length;
      }
      // The texts must hold findings for the comparison to mean something.
      expect(found).toBeGreaterThan(100);
    });

    it(`${spec.id}: finds over its windows exactly what it finds over the whole text (real files)`, () => {
      for (const text of realTexts(1500, 400_000)) {
        const { whole, near } = bothWays(family, spec.id, matcher, text);
        expect(near).toEqual(whole);
      }
    });
  }
});

describe('nearWindows', () => {
  const near = nearness({ before: 0, after: 3, barrier: ';', ahead: 10 });

  it('starts each window right after a barrier, merges windows that meet, and continues one with no barrier between', () => {
    const text = 'aaaa;bbbbbbbb;cccccccccccccccc;dd';
    //            0    5        14               31
    // Words at 7 and 9 (one window), at 20 (from the barrier at 13) and at 32 (from the one at 30).
    const windows = nearWindows(text, [7, 8, 9, 10, 20, 21, 32, 33], near);
    expect(windows).toEqual([5, 7, 13, 14, 20, 24, 31, 32, 33]);
    // No barrier between the previous window's end and the next word: it goes on from there.
    expect(nearWindows('aaaaaaaaaaaaaaaaaaaa', [2, 3, 15, 16], near)).toEqual([0, 2, 6, -1, 15, 19]);
  });

  it('does not find a match that one starting before its window hides, as the whole-text scan does not', () => {
    // A match of three letters, `=` and a run of letters; only one starting with `kw` is reported.
    // In `q=abcdkw=efghij` the first match (not reported) runs over the `kw`, so the whole-text
    // scan never tries `kw=efghij`: a window's scan that began at the word would report it.
    const family = defineFamily({
      id: 'windows-test',
      rules: [
        {
          id: 'windows-test-rule',
          title: 't',
          provider: 'generic',
          keywords: ['kw'],
          pattern: /[a-z]{1,3}=[a-z]{4,40}/,
          minEntropy: 0,
          allowPlaceholders: true,
          validate: (secret) => secret.startsWith('kw'),
          runsNear: { before: 0, after: 0, barrier: ' ', ahead: 8 },
        },
      ],
    });
    const words = new KeywordMatcher(['kw'], ['kw']);
    const id = 'windows-test-rule';
    expect(bothWays(family, id, words, 'q=abcdkw=efghij')).toEqual({ whole: [], near: [] });
    expect(bothWays(family, id, words, 'q=abcd kw=efghij')).toEqual({ whole: [[7, 16]], near: [[7, 16]] });
    expect(bothWays(family, id, words, 'q=abcdkw=efghij kw=klmnop')).toEqual({ whole: [[16, 25]], near: [[16, 25]] });
  });

  it('refuses a rule whose keywords are not among its near words', () => {
    expect(() =>
      defineFamily({
        id: 'bad',
        rules: [
          {
            id: 'bad-rule',
            title: 't',
            provider: 'generic',
            keywords: ['kw', 'other'],
            pattern: /kw/,
            runsNear: { words: ['kw'], before: 0, after: 0, barrier: ' ', ahead: 2 },
          },
        ],
      }),
    ).toThrow(/every keyword must be one of its near words/);
  });
});
