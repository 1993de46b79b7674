/** Every own rule carries its own true and false samples (regex sources expanded at random). */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { FAMILIES } from '../../../src/core/rules/index.js';
import { PRESET_SPECS, PRESET_UNSAMPLED } from '../../../src/core/rules/preset-samples.js';
import { presetRuleInfos } from '../../../src/core/rules/preset.js';
import { expand } from '../../helpers/samples.js';

const engine = new Engine(resolveConfig(undefined));
const SEEDS = ['a', 'b', 'c'];
const specs = FAMILIES.flatMap((f) => f.rules.map((spec) => [spec.id, spec] as const));

async function idsIn(text: string, path = 'sample.txt'): Promise<string[]> {
  return (await engine.scan({ path, text })).findings.map((f) => f.ruleId);
}

describe('rule samples', () => {
  it.each(specs)('%s: has a format and samples of both kinds', (_id, spec) => {
    expect(typeof spec.format).toBe('string');
    expect(spec.samples?.found.length).toBeGreaterThan(0);
    expect(spec.samples?.notFound.length).toBeGreaterThan(0);
  });

  it.each(specs)('%s: finds its true samples and none of its false ones', async (id, spec) => {
    const path = spec.samples?.path ?? 'sample.txt';
    for (const sample of spec.samples?.found ?? []) {
      for (const seed of SEEDS) {
        const text = expand(sample, `${id}:${seed}`);
        expect([sample, text, await idsIn(text, path)]).toEqual([sample, text, expect.arrayContaining([id])]);
      }
    }
    for (const sample of spec.samples?.notFound ?? []) {
      for (const seed of SEEDS) {
        const text = expand(sample, `${id}:${seed}`);
        expect([sample, text, (await idsIn(text, path)).includes(id)]).toEqual([sample, text, false]);
      }
    }
  });

  it('a rule with `paths` names the path its samples are scanned at, and runs nowhere else', async () => {
    const scoped = specs.filter(([, spec]) => spec.paths);
    expect(scoped.length).toBeGreaterThan(0);
    for (const [id, spec] of scoped) {
      expect([id, spec.paths!.test(spec.samples?.path ?? '')]).toEqual([id, true]);
      const text = expand(spec.samples!.found[0]!, `${id}:elsewhere`);
      expect([id, (await idsIn(text, 'elsewhere.txt')).includes(id)]).toEqual([id, false]);
    }
  });
});

describe('preset rule samples', () => {
  const own = new Set(specs.map(([id]) => id));
  const ids = presetRuleInfos()
    .map((r) => r.id)
    .filter((id) => !own.has(id) && !(id in PRESET_UNSAMPLED));

  it('every preset id has samples or a reason it has none', () => {
    expect(ids.filter((id) => !PRESET_SPECS[id])).toEqual([]);
  });

  it.each(ids)('%s: finds its true samples and none of its false ones', async (id) => {
    const spec = PRESET_SPECS[id]!;
    const path = spec.path ?? 'sample.txt';
    for (const sample of spec.samples.found) {
      for (const seed of SEEDS) {
        const text = expand(sample, `${id}:${seed}`);
        expect([sample, text, await idsIn(text, path)]).toEqual([sample, text, expect.arrayContaining([id])]);
      }
    }
    for (const sample of spec.samples.notFound) {
      for (const seed of SEEDS) {
        const text = expand(sample, `${id}:${seed}`);
        expect([sample, text, (await idsIn(text, path)).includes(id)]).toEqual([sample, text, false]);
      }
    }
  });
});
