import { describe, expect, it } from '@jest/globals';
import { KeywordMatcher } from '../../src/core/keywords.js';

const found = (m: KeywordMatcher, text: string): string[] => [...m.scan(text)].map((i) => m.keywords[i]!).sort();

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

  it('rejects non-ASCII keywords', () => {
    expect(() => new KeywordMatcher(['tökén'])).toThrow(/printable ASCII/);
  });
});
