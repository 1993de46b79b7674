/** Supabase: personal access tokens (`sbp_`) and secret API keys (`sb_secret_`). */
import type { RuleFamily } from './define.js';

/**
 * The secret key every local `supabase start` prints: the same on every machine and only good for
 * that local stack, so not a leak. Kept in pieces so this file does not look like a key.
 */
const LOCAL_CLI_SECRET_KEY = ['sb', 'secret', 'N7UND0UgjKTVK-Uodkm0Hg', 'xSvEMPvz'].join('_');

export const supabase: RuleFamily = {
  id: 'supabase',
  providers: { supabase: { name: 'Supabase', revokeUrl: 'https://supabase.com/dashboard/account/tokens' } },
  rules: [
    {
      id: 'supabase-access-token',
      title: 'Supabase personal access token',
      provider: 'supabase',
      keywords: ['sbp_'],
      // Personal tokens, and the same shape issued to OAuth apps (`sbp_oauth_`).
      pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_(?:oauth_)?[a-f0-9]{40})(?![A-Za-z0-9_])/,
      format: String.raw`sbp_(?:oauth_)?[a-f0-9]{40}`,
      samples: {
        found: [String.raw`sbp_(?:oauth_)?[a-f0-9]{40}`],
        notFound: [String.raw`sbp_(?:oauth_)?[a-f0-9]{20}`, String.raw`sbp_(?:oauth_)?0{40}`],
      },
      peers: { trufflehog: ['supabasetoken'] },
    },
    {
      id: 'supabase-secret-key',
      title: 'Supabase secret API key',
      provider: 'supabase',
      keywords: ['sb_secret_'],
      pattern: /(?<![A-Za-z0-9_])(?<secret>sb_secret_[A-Za-z0-9_-]{30,80})(?![A-Za-z0-9_-])/,
      validate: (secret) => secret !== LOCAL_CLI_SECRET_KEY,
      format: String.raw`sb_secret_[A-Za-z0-9_-]{30,80}`,
      samples: {
        found: [String.raw`sb_secret_[A-Za-z0-9_-]{30,80}`],
        notFound: [String.raw`sb_secret_[A-Za-z0-9_-]{15}`, String.raw`sb_secret_x{30}`],
      },
    },
  ],
};
