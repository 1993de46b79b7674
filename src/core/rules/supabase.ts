/**
 * Supabase: personal access tokens (`sbp_`), secret API keys (`sb_secret_`) and the legacy
 * `service_role` key (a JWT).
 */
import type { RuleFamily } from './define.js';
import { BARE_JWT, classifyJwt } from './jwt-claims.js';

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
    {
      id: 'supabase-service-role-key',
      title: 'Supabase service_role key',
      provider: 'supabase',
      keywords: ['eyJ'],
      // The legacy API keys are JWTs (about ten years long): `anon` ships in clients by design,
      // `service_role` bypasses row-level security. The demo keys of `supabase start` are local.
      pattern: BARE_JWT,
      description:
        'A legacy Supabase API key with role service_role: it bypasses row-level security. The anon key ships in clients by design and is not reported.',
      validate: (secret) => classifyJwt(secret)?.kind === 'supabase-service-role',
      explain: (secret) => classifyJwt(secret),
      format: String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"iss":"supabase","ref":"[a-z]{20}","role":"service_role","iat":17[0-9]{8},"exp":20[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
      samples: {
        found: [
          String.raw`SUPABASE_SERVICE_ROLE_KEY=(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"iss":"supabase","ref":"[a-z]{20}","role":"service_role","iat":17[0-9]{8},"exp":20[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
          String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"role":"service_role","iss":"supabase"\})\.[A-Za-z0-9_-]{43}`,
        ],
        notFound: [
          String.raw`SUPABASE_ANON_KEY=(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"iss":"supabase","ref":"[a-z]{20}","role":"anon","iat":17[0-9]{8},"exp":20[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
          String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"iss":"supabase-demo","role":"service_role","exp":20[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
          String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"iss":"supabase","role":"service_role","iat":1900000000,"exp":1900043200\})\.[A-Za-z0-9_-]{43}`,
        ],
      },
    },
  ],
};
