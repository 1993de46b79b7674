/**
 * Rules whose every match starts with one of a few words run their pattern only where the keyword
 * pass found those words (src/core/anchors.ts): the same matches as a run over the whole text, on
 * random texts made of each rule's own samples and words and on real files.
 */
import { describe, expect, it } from '@jest/globals';
import { anchorStarts, forEachMatchAt } from '../../src/core/anchors.js';
import { KeywordMatcher } from '../../src/core/keywords.js';
import { locatedWords } from '../../src/core/rules/define.js';
import { anchorWords } from '../../src/core/rules/pattern-source.js';
import { definedFamilies } from '../../src/core/rules/index.js';
import { locatedOccurrences, realTexts } from '../helpers/located-words.js';
import { expand } from '../helpers/samples.js';
import { ALNUM, rng } from '../helpers/tokens/random.js';

/** Every rule that runs at its words, with its family. */
const ANCHORED = definedFamilies().flatMap((family) =>
  family.family.rules
    .filter((spec) => !spec.runsNear && locatedWords(spec).length > 0)
    .map((spec) => ({ family, spec, words: locatedWords(spec).map((w) => w.toLowerCase()) })),
);

/**
 * Random text made of what the rule's pattern is about: its words in any case, its true and false
 * samples and values of its format, cut and joined anywhere, with punctuation, blanks and random
 * runs between, so matches run into each other and into words.
 */
function randomText(seed: string, words: readonly string[], samples: readonly string[]): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const randomCase = (w: string): string => [...w].map((c) => (r() < 0.5 ? c.toUpperCase() : c)).join('');
  const value = (n: number): string => Array.from({ length: n }, () => ALNUM[Math.floor(r() * ALNUM.length)]).join('');
  const pieces: (() => string)[] = [
    () => pick(words),
    () => randomCase(pick(words)),
    () => pick(samples),
    () => {
      const s = pick(samples);
      return s.slice(Math.floor(r() * s.length));
    },
    () => value(1 + Math.floor(r() * 40)),
    () => pick([...'!#$%&()*+,-./:;<=>?@[\\]^_`{|}~"\'']),
    () => pick(['\n', '\r\n', '\t', ' ', '  ', ' = ', ': ']),
  ];
  let out = '';
  const n = 10 + Math.floor(r() * 60);
  for (let i = 0; i < n; i++) out += pick(pieces)();
  return out;
}

/**
 * `text` with blank lines after it, so its words do not crowd it: where they do (one per 128
 * characters), a rule searches the whole text instead, and the comparison would test nothing.
 */
function spread(matcher: KeywordMatcher, text: string): string {
  return text + '\n'.repeat(200 * (locatedOccurrences(matcher, text).length + 1));
}

describe('anchorWords', () => {
  it('reads the words a match starts with: at the top, in the secret group, in a leading group', () => {
    expect(anchorWords(/(?<![A-Za-z0-9_-])(?<secret>pat[A-Za-z0-9]{14})/)).toEqual(['pat']);
    expect(anchorWords(/(?<![A-Za-z0-9])close(?:[_.-]?io)?[A-Za-z0-9_.-]{0,24}?key/i)).toEqual(['close']);
    expect(anchorWords(/(?<![A-Za-z0-9])(?:Atlassian|jira|confluence)[_.-]?token/i)).toEqual([
      'atlassian',
      'jira',
      'confluence',
    ]);
    // Exact case for a case-sensitive pattern: only `EAA` starts a match, not `eaa`.
    expect(anchorWords(/(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})/)).toEqual(['EAAA', 'sq0atp-']);
    // A quantifier takes the run's last character.
    expect(anchorWords(/https?:\/\/[a-f0-9]{32}/)).toEqual(['http']);
  });

  it('says nothing where a match may start elsewhere, or at a word of two letters', () => {
    for (const re of [
      /(?:close)?[a-z]{4}/i, // an optional group
      /(?:[?&]hapikey=|hapi_)[a-f0-9]{8}/, // a class first
      /(?<secret>ab[0-9]{4})|cd[0-9]{4}/, // an alternative after the secret group: `ab` is two letters
      /(?:dd|datadog)[_.-]?api/i, // two letters
      /\bcurl\b.{0,10}/,
    ])
      expect({ re: re.source, words: anchorWords(re) }).toEqual({ re: re.source, words: undefined });
  });
});

describe('forEachMatchAt', () => {
  it('steps past each match, as a whole-text scan does, and skips a start inside one', () => {
    const sticky = /ab[a-z]*/dy;
    const text = 'xx abcab abx ab';
    const seen: [number, string][] = [];
    forEachMatchAt(sticky, text, anchorStarts([3, 5, 6, 8, 9, 11, 13, 15]), (m) => seen.push([m.index, m[0]]));
    expect(seen).toEqual([
      [3, 'abcab'],
      [9, 'abx'],
      [13, 'ab'],
    ]);
  });
});

describe('rules that run at their words', () => {
  it('are most rules with a provider prefix or a provider name first', () => {
    expect(ANCHORED.length).toBeGreaterThan(150);
  });

  it('find at their words exactly what they find over the whole text (random texts of their own samples)', () => {
    let found = 0;
    for (const { family, spec, words } of ANCHORED) {
      const matcher = new KeywordMatcher(words, words);
      const sources = [
        ...(spec.samples?.found ?? []),
        ...(spec.samples?.notFound ?? []),
        ...(spec.format ? [spec.format] : []),
      ];
      if (sources.length === 0) continue;
      for (let i = 0; i < 12; i++) {
        const samples = sources.map((s, k) => expand(s, `${spec.id}:${i}:${k}`));
        const dense = randomText(`${spec.id}:${i}`, words, samples);
        const text = spread(matcher, dense);
        const whole = family.matches(spec.id, text);
        expect({ id: spec.id, i, at: family.matches(spec.id, text, locatedOccurrences(matcher, text)) }).toEqual({
          id: spec.id,
          i,
          at: whole,
        });
        found += whole.length;
      }
    }
    // The texts must hold findings for the comparison to mean something.
    expect(found).toBeGreaterThan(1000);
  });

  it('find at their words exactly what they find over the whole text (real files)', () => {
    const texts = realTexts(400, 200_000);
    for (const { family, spec, words } of ANCHORED) {
      const matcher = new KeywordMatcher(words, words);
      for (const text of texts) {
        if (!words.some((w) => text.toLowerCase().includes(w))) continue;
        const padded = spread(matcher, text);
        expect({ id: spec.id, at: family.matches(spec.id, padded, locatedOccurrences(matcher, padded)) }).toEqual({
          id: spec.id,
          at: family.matches(spec.id, padded),
        });
      }
    }
  });
});
