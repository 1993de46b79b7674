import { describe, it } from '@jest/globals';
import { HEX, URLSAFE, p, randomChars } from '../../helpers/tokens/random.js';
import { supabaseTokens } from '../../helpers/tokens/supabase.js';
import { expectFound, expectNotFound } from './harness.js';

describe('supabase rules', () => {
  it.each([
    ['supabase-access-token', supabaseTokens.supabasePat()],
    ['supabase-access-token', supabaseTokens.supabasePat('oauth', true)],
    ['supabase-secret-key', supabaseTokens.supabaseSecretKey()],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it('near misses: wrong length or charset, longer words, the local CLI key, publishable keys', async () => {
    await expectNotFound(
      p('sb', 'p_', randomChars(HEX, 39, 'short')),
      p('sb', 'p_', randomChars(HEX, 41, 'long')),
      p('sb', 'p_', randomChars('ghijklmnopqrstuvwxyz', 40, 'notHex')),
      p('xsb', 'p_', randomChars(HEX, 40, 'prefixed')),
      p('sb', 'p_', 'f'.repeat(40)),
      p('sb_se', 'cret_', randomChars(URLSAFE, 20, 'tooShort')),
      p('sb_se', 'cret_', 'YOUR_SUPABASE_SECRET_KEY_GOES_HERE'),
      // `supabase start` prints the same key on every machine: only good for that local stack.
      `createClient(localUrl, '${p('sb_se', 'cret_', 'N7UND0UgjKTVK-Uodkm0Hg', '_', 'xSvEMPvz')}')`,
      // Publishable keys are meant to ship in clients.
      `const v = '${p('sb_publi', 'shable_', randomChars(URLSAFE, 22, 'pub'), '_', randomChars(URLSAFE, 8, 'pt'))}';`,
    );
  });
});
