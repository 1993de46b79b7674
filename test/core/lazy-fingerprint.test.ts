/**
 * Findings past the per-file cap of a rule whose fingerprint would cost a scrypt get it only when
 * read: the value must be the one computed eagerly, wherever it is read (a field, JSON, a copy).
 */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { MAX_REPORTED_PER_RULE } from '../../src/core/findings.js';
import { fingerprint, ValueHasher } from '../../src/core/fingerprint.js';
import { ALNUM, randomChars } from '../helpers/tokens/random.js';

describe('fingerprints past the cap', () => {
  it('a short password past the first thousand findings of its rule has the fingerprint scrypt gives it', async () => {
    // Long random values first (SHA-256, fast), then short ones (scrypt) past the cap.
    const long = Array.from({ length: MAX_REPORTED_PER_RULE + 20 }, (_, i) => randomChars(ALNUM, 40, `long-${i}`));
    const short = Array.from({ length: 3 }, (_, i) => `${randomChars(ALNUM, 19, `short-${i}`)}7`);
    const text = [...long, ...short].map((v) => `password = "${v}"`).join('\n');
    const engine = new Engine(resolveConfig(undefined));
    const { findings } = await engine.scan({ path: 'settings.py', text });
    const generic = findings.filter((f) => f.ruleId === 'generic-credential-assignment');
    const hasher = new ValueHasher();
    const past = generic.slice(MAX_REPORTED_PER_RULE);
    expect(past.filter((f) => short.includes(f.raw!)).map((f) => f.raw)).toEqual(short);
    for (const f of past) {
      const expected = fingerprint({
        scope: 'worktree',
        file: 'settings.py',
        ruleId: f.ruleId,
        valueHash: hasher.hash(f.raw!),
      });
      expect(JSON.parse(JSON.stringify(f)).fingerprint).toBe(expected);
      expect({ ...f }.fingerprint).toBe(expected);
      expect(f.fingerprint).toBe(expected);
    }
    // Within the cap, a plain field.
    expect(Object.getOwnPropertyDescriptor(generic[0]!, 'fingerprint')?.value).toEqual(expect.any(String));
  });
});
