/** Every own rule carries its own true and false samples (regex sources expanded at random). */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { FAMILIES } from '../../../src/core/rules/index.js';
import { expand } from '../../helpers/samples.js';

const engine = new Engine(resolveConfig(undefined));
const SEEDS = ['a', 'b', 'c'];
const specs = FAMILIES.flatMap((f) => f.rules.map((spec) => [spec.id, spec] as const));

async function idsIn(text: string): Promise<string[]> {
  return (await engine.scan({ path: 'sample.txt', text })).findings.map((f) => f.ruleId);
}

describe('rule samples', () => {
  it.each(specs)('%s: has a format and samples of both kinds', (_id, spec) => {
    expect(typeof spec.format).toBe('string');
    expect(spec.samples?.found.length).toBeGreaterThan(0);
    expect(spec.samples?.notFound.length).toBeGreaterThan(0);
  });

  it.each(specs)('%s: finds its true samples and none of its false ones', async (id, spec) => {
    for (const sample of spec.samples?.found ?? []) {
      for (const seed of SEEDS) {
        const text = expand(sample, `${id}:${seed}`);
        expect([sample, text, await idsIn(text)]).toEqual([sample, text, expect.arrayContaining([id])]);
      }
    }
    for (const sample of spec.samples?.notFound ?? []) {
      for (const seed of SEEDS) {
        const text = expand(sample, `${id}:${seed}`);
        expect([sample, text, (await idsIn(text)).includes(id)]).toEqual([sample, text, false]);
      }
    }
  });
});
