/** Test token generators for the rules in src/core/rules/ai-providers.ts (see ./random.ts). */
import { ALNUM, LETTERS, URLSAFE, hex, p, randomChars } from './random.js';

export const aiProvidersTokens = {
  anthropicAdminKey: (seed = 'antadm') => p('sk-ant-', 'admin01-', randomChars(URLSAFE, 93, seed), 'AA'),
  huggingfaceOrgToken: (seed = 'hforg') => p('api', '_org_', randomChars(LETTERS, 34, seed)),
  replicateToken: (seed = 'r8') => p('r', '8_', randomChars(ALNUM, 37, seed)),
  xaiKey: (seed = 'xai') => p('xa', 'i-', randomChars(ALNUM, 80, seed)),
  openrouterKey: (seed = 'or') => p('sk-', 'or-v1-', hex(64, seed)),
  togetherKey: (seed = 'tgp') => p('tgp', '_v1_', randomChars(URLSAFE, 43, seed)),
  fireworksKey: (seed = 'fw') => p('f', 'w_', randomChars(ALNUM, 24, seed)),
  elevenlabsKey: (seed = 'xi') => p('s', 'k_', hex(48, seed)),
  deepseekKey: (seed = 'ds') => p('s', 'k-', hex(32, seed)),
  /** `sk_pr_`, the key's name, `_`, 40 hex (sandbox keys: `sandbox_` first). */
  photoroomKey: (seed = 'pr', sandbox = false) =>
    p(sandbox ? 'sandbox_' : '', 'sk_', 'pr_', randomChars(ALNUM, 12, seed), '_', hex(40, `${seed}h`)),
};
