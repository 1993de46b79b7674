/** Test token generators for the rules in src/core/rules/supabase.ts (see ./random.ts). */
import { ALNUM, HEX, URLSAFE, p, randomChars } from './random.js';

export const supabaseTokens = {
  supabasePat: (seed = 'sbp', oauth = false) => p('sb', 'p_', oauth ? 'oauth_' : '', randomChars(HEX, 40, seed)),
  /** 22 random characters, `_`, 8 more (the shape of keys the dashboard shows). */
  supabaseSecretKey: (seed = 'sbs') =>
    p('sb_se', 'cret_', randomChars(URLSAFE, 22, seed), '_', randomChars(ALNUM, 8, `${seed}:tail`)),
};
