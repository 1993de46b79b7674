/**
 * Test token generators for the rules in src/core/rules/jwt.ts and the Supabase `service_role`
 * rule (see ./random.ts): JWTs with chosen claims and a random signature of the size the header's
 * algorithm produces.
 */
import { b64url, randomBytes, uuid } from './random.js';

const NOW = Math.floor(Date.now() / 1000);
const DAY = 24 * 60 * 60;
const YEAR = 365 * DAY;

/** Signature bytes per algorithm (RS256 with a 2048-bit key). */
const SIGNATURE_BYTES: Record<string, number> = { HS256: 32, HS512: 64, RS256: 256, ES256: 64 };

/** A compact JWT: the header and claims given, a seeded random signature of the right size. */
export function signedJwt(
  claims: Record<string, unknown>,
  seed: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const bytes = SIGNATURE_BYTES[String(header['alg'])] ?? 32;
  return [b64url(JSON.stringify(header)), b64url(JSON.stringify(claims)), b64url(randomBytes(bytes, seed))].join('.');
}

export const jwtTokens = {
  /** An n8n public API key: user id, issuer `n8n`, audience `public-api`, no expiry. */
  n8nApiKey: (seed = 'n8n') => signedJwt({ sub: uuid(seed), iss: 'n8n', aud: 'public-api', iat: NOW - 30 * DAY }, seed),
  /** A token issued a month ago that lives `years` years. */
  longLived: (seed = 'long', years = 5) =>
    signedJwt({ sub: `svc-${uuid(seed).slice(0, 8)}`, iat: NOW - 30 * DAY, exp: NOW - 30 * DAY + years * YEAR }, seed),
  /** A token with no `exp` claim. */
  noExpiry: (seed = 'noexp', claims: Record<string, unknown> = {}) =>
    signedJwt({ sub: `svc-${uuid(seed).slice(0, 8)}`, iat: NOW - DAY, ...claims }, seed),
  /** A session token issued now that lives `seconds` seconds. */
  session: (seed = 'session', seconds = 3600) =>
    signedJwt({ sub: uuid(seed), email: 'dev@acme.io', iat: NOW, exp: NOW + seconds }, seed),
  /** A Secret-based Kubernetes service account token (before 1.24): RS256, no expiry. */
  kubernetesLegacy: (seed = 'k8s') =>
    signedJwt(
      {
        iss: 'kubernetes/serviceaccount',
        'kubernetes.io/serviceaccount/namespace': 'ci',
        'kubernetes.io/serviceaccount/secret.name': `deployer-token-${uuid(seed).slice(0, 5)}`,
        sub: 'system:serviceaccount:ci:deployer',
      },
      seed,
      { alg: 'RS256', kid: uuid(`${seed}:kid`) },
    ),
  /** A Supabase legacy API key (`anon` or `service_role`): about ten years long. */
  supabaseKey: (seed = 'supabase', role = 'service_role', iss = 'supabase') =>
    signedJwt(
      { iss, ref: uuid(seed).replace(/-/g, '').slice(0, 20), role, iat: NOW - YEAR, exp: NOW + 9 * YEAR },
      seed,
    ),
};
