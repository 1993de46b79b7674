import { describe, expect, it } from '@jest/globals';
import { KeywordMatcher, type KeywordTableStore } from '../../src/core/keywords.js';

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

describe('KeywordMatcher tables kept in a store', () => {
  /** A store in memory that counts its calls. */
  function memoryStore() {
    const files = new Map<string, Uint8Array>();
    const calls = { load: 0, save: 0 };
    const store: KeywordTableStore = {
      load: (key) => (calls.load++, files.get(key)),
      save: (key, tables) => (calls.save++, void files.set(key, tables.slice())),
    };
    return { store, files, calls };
  }

  it('are built and saved once, then read back, and the read tables find exactly what built ones do', () => {
    const { rand, word } = randomWords(23);
    for (let round = 0; round < 50; round++) {
      const keywords = [...new Set(Array.from({ length: 1 + rand(40) }, () => word(1 + rand(6), 'abAB_-')))];
      const located = keywords.filter(() => rand(2) === 0);
      const { store, calls } = memoryStore();
      const built = new KeywordMatcher(keywords, located, store);
      const read = new KeywordMatcher(keywords, located, store);
      expect(calls).toEqual({ load: 2, save: 1 });
      for (let t = 0; t < 5; t++) {
        const text = word(rand(300), 'abcAB_-é ');
        const a: number[] = [];
        const b: number[] = [];
        expect(read.scan(text, b)).toEqual(built.scan(text, a));
        expect(b).toEqual(a);
      }
    }
  });

  it('are named after their keywords: another list neither reads them nor is read by them', () => {
    const { store, files, calls } = memoryStore();
    new KeywordMatcher(['ghp_', 'token'], [], store);
    new KeywordMatcher(['ghp_', 'tokens'], [], store);
    expect(files.size).toBe(2);
    expect(calls.save).toBe(2);
    expect(KeywordMatcher.tablesKey(['ghp_', 'token'])).not.toBe(KeywordMatcher.tablesKey(['token', 'ghp_']));
  });

  it('that are not whole tables of these keywords are built again, not read', () => {
    const keywords = ['ghp_', 'token', 'akia'];
    const key = KeywordMatcher.tablesKey(keywords);
    const good = new KeywordMatcher(keywords).toBytes();
    const damaged = [
      good.slice(0, good.length - 4), // cut short
      new Uint8Array(3), // not even a header
      (() => {
        const b = good.slice();
        b[0] = 99; // another layout
        return b;
      })(),
      new KeywordMatcher(['ghp_', 'token']).toBytes(), // another keyword count
    ];
    for (const bytes of damaged) {
      const saved: Uint8Array[] = [];
      const m = new KeywordMatcher(keywords, [], {
        load: (k) => (k === key ? bytes : undefined),
        save: (_k, t) => void saved.push(t),
      });
      expect(found(m, 'x ghp_ y AKIA')).toEqual(['akia', 'ghp_']);
      expect(saved).toHaveLength(1);
      expect(saved[0]).toEqual(good);
    }
  });
});
