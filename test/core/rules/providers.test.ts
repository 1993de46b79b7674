import { describe, expect, it } from '@jest/globals';
import { providerInfo } from '../../../src/core/remediation.js';
import { FAMILIES, providerTable } from '../../../src/core/rules/index.js';
import { PRESET_GATES } from '../../../src/core/rules/preset.js';

describe('provider facts', () => {
  it('every provider a rule or preset message names has its facts, declared once', () => {
    const table = providerTable(); // throws on a key declared twice
    const used = new Set([
      ...FAMILIES.flatMap((f) => f.rules.map((r) => r.provider)),
      ...Object.values(PRESET_GATES).flatMap((g) => Object.values(g.messages).map((m) => m.provider)),
    ]);
    expect([...used].filter((k) => !table.has(k))).toEqual([]);
  });

  it('every fact is used by some rule (no orphan provider records)', () => {
    const used = new Set([
      ...FAMILIES.flatMap((f) => f.rules.map((r) => r.provider)),
      ...Object.values(PRESET_GATES).flatMap((g) => Object.values(g.messages).map((m) => m.provider)),
    ]);
    expect([...providerTable().keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('an unknown provider falls back to the generic entry', () => {
    expect(providerInfo('no-such-provider')).toBe(providerTable().get('generic'));
    expect(providerInfo(undefined).name).toBe('the issuing service');
  });
});
