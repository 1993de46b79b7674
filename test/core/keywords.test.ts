import { describe, expect, it } from '@jest/globals';
import { KeywordMatcher } from '../../src/core/keywords.js';

const found = (m: KeywordMatcher, text: string): string[] => [...m.scan(text)].map((i) => m.keywords[i]!).sort();

/** A seeded random number below `n`, and a random word of `chars`. */
function randomWords(seed: number) {
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const word = (len: number, chars: string): string =>
    Array.from({ length: len }, () => chars[rand(chars.length)]!).join('');
  return { rand, word };
}

describe('KeywordMatcher', () => {
  it('finds every keyword present, case-insensitively, overlapping ones included', () => {
    const m = new KeywordMatcher(['ghp_', 'hp_x', 'AKIA', 'sk_live_', 'token']);
    expect(found(m, 'x = "GHP_xyz" akia sk_LIVE_ TOKEN')).toEqual(['akia', 'ghp_', 'hp_x', 'sk_live_', 'token']);
  });

  it('finds nothing in text without keywords, and handles non-ASCII text', () => {
    const m = new KeywordMatcher(['ghp_', 'token']);
    expect(found(m, 'héllo wörld 日本語 tok en gh p_')).toEqual([]);
    expect(found(m, '日本token語')).toEqual(['token']);
  });

  it('matches a keyword that is a suffix of a longer partial match (failure links)', () => {
    const m = new KeywordMatcher(['abcd', 'bce']);
    expect(found(m, 'xabce')).toEqual(['bce']);
  });

  it('agrees with a substring search for every keyword, on many random keyword sets and texts', () => {
    // A small alphabet makes shared prefixes, suffixes and nested keywords common: every failure
    // link and output merge of the automaton gets exercised.
    const { rand, word } = randomWords(7);
    for (let round = 0; round < 200; round++) {
      const keywords = Array.from({ length: 1 + rand(40) }, () => word(1 + rand(6), 'abAB_-'));
      const m = new KeywordMatcher(keywords);
      const text = word(rand(300), 'abcAB_-é ');
      const expected = [...new Set(keywords.map((k) => k.toLowerCase()))]
        .filter((k) => text.toLowerCase().includes(k))
        .sort();
      expect(found(m, text)).toEqual(expected);
    }
  });

  it('records where located keywords end, and only those, in the same pass', () => {
    const { rand, word } = randomWords(11);
    for (let round = 0; round < 200; round++) {
      const keywords = [...new Set(Array.from({ length: 1 + rand(30) }, () => word(1 + rand(5), 'abAB_')))];
      const located = keywords.filter(() => rand(2) === 0);
      const m = new KeywordMatcher(keywords, located);
      const text = word(rand(300), 'abcAB_é ');
      const occurrences: number[] = [];
      const found = m.scan(text, occurrences);
      const expected: string[] = [];
      const lower = text.toLowerCase();
      for (const k of new Set(located.map((l) => l.toLowerCase())))
        for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) expected.push(`${at + k.length}:${k}`);
      const got: string[] = [];
      for (let i = 0; i < occurrences.length; i += 2) got.push(`${occurrences[i]}:${m.keywords[occurrences[i + 1]!]}`);
      expect(got.sort()).toEqual(expected.sort());
      // Recording places changes nothing of what is found.
      expect([...found].sort()).toEqual([...m.scan(text)].sort());
    }
  });

  it('rejects non-ASCII keywords', () => {
    expect(() => new KeywordMatcher(['tökén'])).toThrow(/printable ASCII/);
  });
});
