import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { isPlaceholder } from '../../src/core/placeholders.js';
import { PUBLISHED_LISTS, publishedValueCheck } from '../../src/core/published-keys.js';
import { googleTokens } from '../helpers/tokens/google.js';
import { engine } from './rules/harness.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('published example keys', () => {
  it('a value whose hash is listed is recognised, a value one character off is not', () => {
    const key = googleTokens.googleApiKey('published');
    const check = publishedValueCheck([{ where: 'this test', length: key.length, sha256: [sha256(key)] }]);
    expect(check(key)).toBe(true);
    expect(check(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(check(`${key}x`)).toBe(false);
    // Upper-case hex in a list is the same hash.
    expect(publishedValueCheck([{ where: 't', length: key.length, sha256: [sha256(key).toUpperCase()] }])(key)).toBe(
      true,
    );
  });

  it("the shipped lists: 15 Google API keys from the Firebase Android SDK, 2 NuGet docs passwords, Yarn's bundled search key, hashes only", () => {
    expect(PUBLISHED_LISTS.map((l) => [l.length, l.sha256.length])).toEqual([
      [39, 15],
      [11, 1],
      [14, 1],
      [32, 1],
    ]);
    for (const l of PUBLISHED_LISTS) {
      expect(l.where.length).toBeGreaterThan(20);
      for (const h of l.sha256) expect(h).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('a generated Google API key is still reported: the list holds no random key', async () => {
    const key = googleTokens.googleApiKey('not-published');
    expect(isPlaceholder(key)).toBe(false);
    const { findings } = await engine.scan({ path: 'f.txt', text: `GOOGLE_API_KEY=${key}\n` });
    expect(findings.map((f) => f.ruleId)).toEqual(['google-api-key']);
  });
});
