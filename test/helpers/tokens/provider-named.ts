/** Test values for the rule in src/core/rules/provider-named.ts (see ./random.ts). */
import { ALNUM, HEX, LOWER_ALNUM, randomChars } from './random.js';

export const providerNamedTokens = {
  /** A key with no prefix of its own, as many services issue it: base62 of a fixed length. */
  opaqueKey: (seed = 'opaque', n = 32) => randomChars(ALNUM, n, seed),
  /** Lower-case groups joined by dashes (`sxk5k1nfra8j-...`). */
  dashedKey: (seed = 'dashed') => [12, 20].map((n, i) => randomChars(LOWER_ALNUM, n, `${seed}:${i}`)).join('-'),
  /** A UUID, the key format of many services (random hex, version nibble 4). */
  uuidKey: (seed = 'uuid') => {
    const h = randomChars(HEX, 32, seed);
    return [h.slice(0, 8), h.slice(8, 12), `4${h.slice(13, 16)}`, `a${h.slice(17, 20)}`, h.slice(20)].join('-');
  },
};
