/**
 * Bare JSON Web Tokens, whatever key they sit under. A JWT is reported only when its claims make it
 * a long-lived service credential (see `jwt-claims.ts`); Supabase `service_role` keys have their own
 * rule in `supabase.ts`, so each token is reported once.
 */
import type { RuleFamily } from './define.js';
import { BARE_JWT, classifyJwt } from './jwt-claims.js';

const HS256 = String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})`;
/** A random HS256 signature: 32 bytes. */
const HS256_SIG = String.raw`[A-Za-z0-9_-]{43}`;

export const jwt: RuleFamily = {
  id: 'jwt',
  rules: [
    {
      id: 'jwt-service-credential',
      title: 'Long-lived service JWT',
      provider: 'generic',
      keywords: ['eyJ'],
      pattern: BARE_JWT,
      // Below keyed provider rules (8) that name the service, above MCP literals and headers.
      priority: 7,
      description:
        'A JWT whose claims make it a standing credential: no expiry or a life over a year, an API-key issuer (n8n, legacy Kubernetes service accounts), or an admin role. Short-lived session tokens, expired tokens and documentation examples are left alone.',
      validate: (secret) => classifyJwt(secret)?.kind === 'service-credential',
      explain: (secret) => classifyJwt(secret),
      // An n8n public API key: a user id, issuer `n8n`, audience `public-api`, no expiry.
      format: String.raw`${HS256}\.(?<b64url>\{"sub":"[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}","iss":"n8n","aud":"public-api","iat":17[0-9]{8}\})\.${HS256_SIG}`,
      samples: {
        found: [
          String.raw`N8N_API_KEY=${HS256}\.(?<b64url>\{"sub":"[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}","iss":"n8n","aud":"public-api","iat":17[0-9]{8}\})\.${HS256_SIG}`,
          // No expiry at all.
          String.raw`token: ${HS256}\.(?<b64url>\{"sub":"svc-[a-z]{10}","scope":"read write"\})\.${HS256_SIG}`,
          // Five years and more.
          String.raw`${HS256}\.(?<b64url>\{"sub":"[a-z]{12}","iat":17[0-9]{8},"exp":19[0-9]{8}\})\.${HS256_SIG}`,
          // A legacy Kubernetes service account token (RS256: a 256-byte signature).
          String.raw`(?<b64url>\{"alg":"RS256","kid":"[A-Za-z0-9_-]{43}"\})\.(?<b64url>\{"iss":"kubernetes/serviceaccount","kubernetes\.io/serviceaccount/namespace":"[a-z]{8}","sub":"system:serviceaccount:[a-z]{8}:deployer"\})\.[A-Za-z0-9_-]{342}`,
        ],
        notFound: [
          // A session token: one hour.
          String.raw`${HS256}\.(?<b64url>\{"sub":"[a-z]{12}","iat":1900000000,"exp":1900003600\})\.${HS256_SIG}`,
          // A week-long n8n key.
          String.raw`${HS256}\.(?<b64url>\{"sub":"[a-f0-9]{12}","iss":"n8n","aud":"public-api","iat":1900000000,"exp":1900604800\})\.${HS256_SIG}`,
          // Expired long ago.
          String.raw`${HS256}\.(?<b64url>\{"sub":"[a-z]{12}","iat":1300000000,"exp":1400000000\})\.${HS256_SIG}`,
          // jwt.io's example claims, and copies that keep its subject or its date.
          String.raw`${HS256}\.(?<b64url>\{"sub":"1234567890","name":"John Doe","iat":1516239022\})\.${HS256_SIG}`,
          String.raw`${HS256}\.(?<b64url>\{"sub":"1234567890","scp":"[a-z]{6}\.[A-Za-z]{8}"\})\.${HS256_SIG}`,
          // Signed content that names no subject, issuer, audience or scope.
          String.raw`${HS256}\.(?<b64url>\{"confidence":0\.[1-9],"label":"[a-z]{8}"\})\.${HS256_SIG}`,
          // Unsigned, or a signature of the wrong size or made up.
          String.raw`(?<b64url>\{"alg":"none","typ":"JWT"\})\.(?<b64url>\{"sub":"[a-z]{12}"\})\.${HS256_SIG}`,
          String.raw`${HS256}\.(?<b64url>\{"sub":"[a-z]{12}"\})\.[A-Za-z0-9_-]{20}`,
          String.raw`${HS256}\.(?<b64url>\{"sub":"[a-z]{12}"\})\.x{43}`,
          // Header and claims that are not JSON.
          String.raw`eyJ[A-Za-z0-9_-]{30}\.eyJ[A-Za-z0-9_-]{40}\.${HS256_SIG}`,
          // A Supabase service_role key is Supabase's rule.
          String.raw`${HS256}\.(?<b64url>\{"iss":"supabase","ref":"[a-z]{20}","role":"service_role","iat":17[0-9]{8},"exp":20[0-9]{8}\})\.${HS256_SIG}`,
        ],
      },
      peers: { gitleaks: ['jwt'], trufflehog: ['jwt'] },
    },
  ],
};
