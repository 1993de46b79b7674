import { describe, expect, it } from '@jest/globals';
import { defineFamily } from '../../../src/core/rules/define.js';
import { literalHeads } from '../../../src/core/rules/pattern-source.js';
import { definedFamilies } from '../../../src/core/rules/index.js';
import { expand } from '../../helpers/samples.js';

describe('literalHeads', () => {
  it('reads the literals a case-sensitive pattern starts every match with', () => {
    expect(literalHeads(/(?<![A-Za-z0-9_-])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_-])/)).toEqual(['SK']);
    expect(literalHeads(/(?<![A-Z])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})/)).toEqual([
      'EAAA',
      'sq0atp-',
    ]);
    expect(literalHeads(/t1\.[A-Za-z0-9_-]{10}/)).toEqual(['t1.']);
    // A quantifier takes the run's last character: `https?` starts with `http`.
    expect(literalHeads(/https?:\/\/[a-f0-9]{32}/)).toEqual(['http']);
  });

  it('says nothing where a match may start otherwise', () => {
    for (const re of [
      /(?<secret>sk_[a-z]{20})/i, // case folded
      /(?<secret>(?:live|test)_[a-f0-9]{35})/, // a group first
      /(?<secret>ab[0-9]{4})|cd[0-9]{4}/, // an alternative after the secret group
      /ab[0-9]{4}|[0-9]{4}/, // an alternative with no literal
      /A{20,24}[A-Za-z0-9]{40}/, // one literal character
      /\bcurl\b.{0,10}/,
    ])
      expect({ re: re.source, heads: literalHeads(re) }).toEqual({ re: re.source, heads: undefined });
  });

  it('holds for every rule: each match in its true samples starts with one of its literals', () => {
    let checked = 0;
    for (const family of definedFamilies()) {
      for (const spec of family.family.rules) {
        const heads = literalHeads(spec.pattern);
        if (!heads) continue;
        const re = new RegExp(spec.pattern.source, `${spec.pattern.flags}g`);
        for (const sample of [...(spec.samples?.found ?? []), ...(spec.format ? [spec.format] : [])]) {
          for (let seed = 0; seed < 5; seed++) {
            const text = expand(sample, `${spec.id}:${seed}`);
            for (const m of text.matchAll(re)) {
              checked++;
              expect({ id: spec.id, match: heads.some((h) => m[0].startsWith(h)) }).toEqual({
                id: spec.id,
                match: true,
              });
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('a rule that needs more of its text than its keyword', () => {
  const family = defineFamily({
    id: 'needs-test',
    rules: [
      {
        id: 'needs-test-rule',
        title: 't',
        provider: 'generic',
        keywords: ['value'],
        needs: /kind:\s*Vault/,
        pattern: /value: (?<secret>[a-z0-9]{16})/,
        minEntropy: 0,
      },
    ],
  });

  it('is not run on a text that lacks it, and is on one that has it', () => {
    const line = `value: ${'k3q9x7b2m4p8z6w1'}`;
    expect(family.mayMatch('needs-test-rule', line)).toBe(false);
    expect(family.mayMatch('needs-test-rule', `kind: Vault\n${line}`)).toBe(true);
  });

  it('is refused when global or sticky (its test would start where the last text left off)', () => {
    for (const needs of [/kind:\s*Vault/g, /kind:\s*Vault/y])
      expect(() =>
        defineFamily({
          id: 'needs-bad',
          rules: [
            { id: 'needs-bad-rule', title: 't', provider: 'generic', keywords: ['value'], needs, pattern: /value/ },
          ],
        }),
      ).toThrow(/neither global nor sticky/);
  });

  it('holds for every rule that has one: each of its true samples has what it needs', () => {
    for (const f of definedFamilies()) {
      for (const spec of f.family.rules.filter((s) => s.needs)) {
        for (const [i, source] of (spec.samples?.found ?? []).entries()) {
          const text = expand(source, `${spec.id}:needs:${i}`);
          expect({ id: spec.id, text, holds: spec.needs!.test(text) }).toEqual({ id: spec.id, text, holds: true });
        }
      }
    }
  });
});
