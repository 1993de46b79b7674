/**
 * A match a rule rejects does not hide a later one that starts inside it (findMatches in
 * src/core/rules/define.ts goes back into it, within a budget).
 */
import { describe, expect, it } from '@jest/globals';
import { cloudHostingTokens } from '../../helpers/tokens/cloud-hosting.js';
import { ALNUM, BASE64, p, randomChars } from '../../helpers/tokens/random.js';
import { found } from './keyed-harness.js';

describe('a rejected match hides no later token', () => {
  it('a comma-joined list whose first item is rejected: the next item is still read', async () => {
    // The first macaroon holds a run the placeholder filter rejects; the list matched whole with it.
    const first = p('fm', '2_', 'A'.repeat(12), randomChars(BASE64, 60, 'first'));
    const second = cloudHostingTokens.flyMacaroon('second');
    const text = `FLY_TOKENS=${first},${second}\n`;
    expect(await found(text)).toEqual([['fly-access-token', text.indexOf(second) + 1]]);
  });

  it('an assignment misread from a word before the key: the key is read after it', async () => {
    const key = randomChars(ALNUM, 32, 'misread');
    for (const text of [`string censysToken = "${key}";`, `var censysToken = "${key}"`])
      expect(await found(text, 'a.cs')).toEqual([['provider-named-credential', text.indexOf(key) + 1]]);
  });

  it('a key after a line of rejected assignments is found once, at its column', async () => {
    const key = randomChars(ALNUM, 32, 'once');
    const text = `${'authorization: "bearer censys '.repeat(200)}\nCENSYS_KEY=${key}\n`;
    expect(await found(text)).toEqual([['provider-named-credential', 'CENSYS_KEY='.length + 1]]);
  });
});
