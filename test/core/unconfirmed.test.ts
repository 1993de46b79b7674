import { describe, expect, it } from '@jest/globals';
import { dedupeOverlaps } from '../../src/core/engine.js';
import { UnconfirmedHits } from '../../src/core/unconfirmed.js';
import type { Hit } from '../../src/core/types.js';
import { rng } from '../helpers/tokens/random.js';

/** Random overlapping hits: each with a verdict (what its rule's filters would say). */
function randomHits(next: () => number): { hit: Hit; stands: boolean }[] {
  const n = 1 + Math.floor(next() * 12);
  const out: { hit: Hit; stands: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(next() * 40);
    const priority = [0, 0, 6, 8, 10][Math.floor(next() * 5)]!;
    const hit: Hit = {
      ruleId: ['generic', 'github', 'mcp-literal', 'slack'][Math.floor(next() * 4)]!,
      title: 't',
      category: 'secret',
      severity: 'error',
      start,
      end: start + 1 + Math.floor(next() * 20),
      priority,
      isSecret: next() < 0.9,
    };
    if (next() < 0.5) hit.mcp = { client: 'c', server: `s${Math.floor(next() * 3)}` };
    out.push({ hit, stands: priority > 0 || next() < 0.5 });
    // Exact repeats, as chunk overlaps give.
    if (next() < 0.2) out.push({ hit: { ...hit }, stands: out.at(-1)!.stands });
  }
  return out;
}

const copy = (h: Hit): Hit => ({ ...h, ...(h.mcp ? { mcp: { ...h.mcp } } : {}) });

describe('dedupeOverlaps with hits not judged yet', () => {
  it('gives what judging every hit first gives, judging fewer', () => {
    const next = rng('unconfirmed-dedupe');
    let judged = 0;
    let lazy = 0;
    for (let round = 0; round < 3000; round++) {
      const hits = randomHits(next);
      const expected = dedupeOverlaps(hits.filter((h) => h.stands).map((h) => copy(h.hit)));
      const unconfirmed = new UnconfirmedHits();
      const all = hits.map(({ hit, stands }) => {
        const h = copy(hit);
        if (hit.priority === 0)
          unconfirmed.add(h, () => {
            judged++;
            return stands;
          });
        return h;
      });
      lazy += unconfirmed.size;
      expect(dedupeOverlaps(all, unconfirmed)).toEqual(expected);
    }
    // Most low-priority hits meet a higher one and are never judged.
    expect(judged).toBeLessThan(lazy);
  });
});
