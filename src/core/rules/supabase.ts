/** Supabase: personal access tokens (`sbp_`) and secret API keys (`sb_secret_`). */
import type { RuleFamily } from './define.js';

export const supabase: RuleFamily = {
  id: 'supabase',
  providers: { supabase: { name: 'Supabase', revokeUrl: 'https://supabase.com/dashboard/account/tokens' } },
  rules: [
    {
      id: 'supabase-access-token',
      title: 'Supabase personal access token',
      provider: 'supabase',
      keywords: ['sbp_'],
      pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_(?:oauth_)?[a-f0-9]{40})(?![A-Za-z0-9_])/,
    },
    {
      id: 'supabase-secret-key',
      title: 'Supabase secret API key',
      provider: 'supabase',
      keywords: ['sb_secret_'],
      pattern: /(?<![A-Za-z0-9_])(?<secret>sb_secret_[A-Za-z0-9_-]{30,80})(?![A-Za-z0-9_-])/,
    },
  ],
};
