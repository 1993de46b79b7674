import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { matrixOf, MAX_SHARDS, parseShard, planShards } from '../../src/org/plan.js';
import type { RepoRef } from '../../src/org/types.js';

const repoList = fc.uniqueArray(
  fc.record({ name: fc.stringMatching(/^[a-z]{1,6}\/[a-z0-9-]{1,10}$/), sizeKb: fc.nat({ max: 5_000_000 }) }),
  { selector: (r) => r.name, maxLength: 300 },
);
const asRefs = (list: { name: string; sizeKb: number }[]): RepoRef[] =>
  list.map((r) => ({ ...r, url: `https://example.test/${r.name}` }));

describe('planShards', () => {
  it('puts every repository in exactly one shard, for any list and shard count', () => {
    fc.assert(
      fc.property(repoList, fc.integer({ min: 1, max: 300 }), (list, n) => {
        const shards = planShards(asRefs(list), n);
        expect(shards.length).toBe(Math.min(n, MAX_SHARDS));
        const names = shards.flatMap((s) => s.repos.map((r) => r.name)).sort();
        expect(names).toEqual(list.map((r) => r.name).sort());
      }),
    );
  });

  it('balances by size: no shard exceeds another by more than the largest repository', () => {
    fc.assert(
      fc.property(repoList, fc.integer({ min: 1, max: 64 }), (list, n) => {
        const shards = planShards(asRefs(list), n);
        const loads = shards.map((s) => s.sizeKb);
        const largest = Math.max(1, ...list.map((r) => r.sizeKb));
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(largest);
      }),
    );
  });

  it('is a pure function of the list: --shard K/N finds the same repositories as the plan', () => {
    const refs = asRefs([
      { name: 'a/one', sizeKb: 900 },
      { name: 'a/two', sizeKb: 10 },
      { name: 'a/three', sizeKb: 500 },
      { name: 'a/four', sizeKb: 400 },
    ]);
    const plan = planShards(refs, 2);
    expect(planShards([...refs].reverse(), 2)).toEqual(plan);
    expect(plan.map((s) => s.repos.map((r) => r.name))).toEqual([
      ['a/one', 'a/two'],
      ['a/four', 'a/three'],
    ]);
    expect(matrixOf(plan)).toEqual({
      include: [
        { shard: '1/2', repos: 'a/one,a/two', sizeKb: 910 },
        { shard: '2/2', repos: 'a/four,a/three', sizeKb: 900 },
      ],
    });
  });

  it('caps the shards at 256 and leaves empty shards out of the matrix', () => {
    expect(planShards(asRefs([{ name: 'a/b', sizeKb: 1 }]), 1000)).toHaveLength(256);
    expect(matrixOf(planShards(asRefs([{ name: 'a/b', sizeKb: 1 }]), 3)).include).toHaveLength(1);
  });
});

describe('parseShard', () => {
  it.each(['1/1', '3/4', '256/256'])('accepts %s', (s) => expect(parseShard(s)).toBeDefined());
  it.each(['0/4', '5/4', '1/0', '1/257', 'a/b', '1/2/3', ''])('refuses %s', (s) =>
    expect(parseShard(s)).toBeUndefined(),
  );
});
