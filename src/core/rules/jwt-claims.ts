/**
 * What a bare JSON Web Token's claims say about it. Most JWTs in code are short-lived user or
 * session tokens, test fixtures or documentation examples; a few are long-lived service credentials
 * (a Supabase `service_role` key, an n8n API key, a legacy Kubernetes service account token, any
 * token without an expiry). The rules in `jwt.ts` and `supabase.ts` report only those, and say why.
 */
import { isFalsePositiveValue, isPlaceholder } from '../placeholders.js';
import type { Severity } from '../types.js';
import { decodeBase64, VALUE } from './keyed.js';

/** A JWT standing alone: not part of a longer dotted or base64url run (`sk.eyJ…`, a JWE). */
export const BARE_JWT = new RegExp(
  String.raw`(?<![A-Za-z0-9_.-])(?<secret>${VALUE.jwt})(?![A-Za-z0-9_-]|\.[A-Za-z0-9_-])`,
);

const DAY = 24 * 60 * 60;
/** Beyond this a token is a standing credential, not a session (API-key style lifetimes). */
const LONG_LIVED = 365 * DAY;
/** A privileged token (service role, API key) living longer than this is reported. */
const PRIVILEGED_LONG_LIVED = 30 * DAY;

/**
 * The claims of the token every JWT introduction shows (jwt.io): `sub` 1234567890, John Doe,
 * issued 2018-01-18. Copies with other claims added keep one of these.
 */
const EXAMPLE_SUB = '1234567890';
const EXAMPLE_IAT = 1516239022;
const EXAMPLE_NAME = 'John Doe';

/** The issuer of the demo keys `supabase start` prints: the same on every machine, local only. */
const SUPABASE_LOCAL_DEMO_ISSUER = 'supabase-demo';
/** The issuer of the Secret-based service account tokens of Kubernetes before 1.24 (no expiry). */
const KUBERNETES_LEGACY_ISSUER = 'kubernetes/serviceaccount';

/** Claims that say who a token is for or what it allows (RFC 7519, OIDC, OAuth, common custom ones). */
const GRANT_CLAIMS = new Set([
  'sub',
  'iss',
  'aud',
  'azp',
  'client_id',
  'uid',
  'user_id',
  'userId',
  'username',
  'email',
  'role',
  'roles',
  'scope',
  'scp',
  'permissions',
  'groups',
]);

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** The signature's bytes. */
  signature: Buffer;
}

export interface JwtVerdict {
  /** Which rule reports it: Supabase's for a `service_role` key, the JWT rule for the rest. */
  kind: 'supabase-service-role' | 'service-credential';
  /** Why it is a credential, for the finding's message: "n8n API key, no expiry". */
  reason: string;
  severity: Severity;
}

/** Header, claims (both JSON objects) and signature bytes, or `undefined` when it is not a JWT. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = jsonObject(parts[0]!);
  const claims = jsonObject(parts[1]!);
  if (!header || !claims || typeof header['alg'] !== 'string') return undefined;
  return { header, claims, signature: Buffer.from(parts[2]!, 'base64url') };
}

/** What the token is when it is a long-lived service credential; `undefined` for anything else. */
export function classifyJwt(token: string, now = Date.now() / 1000): JwtVerdict | undefined {
  const jwt = decodeJwt(token);
  if (!jwt || !isSigned(jwt, token.slice(token.lastIndexOf('.') + 1)) || isExample(jwt.claims)) return undefined;
  const { claims } = jwt;
  // Some issuers put `exp` in the header instead.
  const expClaim = claims['exp'] ?? jwt.header['exp'];
  const exp = typeof expClaim === 'number' ? expClaim : undefined;
  // An expired token no longer opens anything.
  if (exp !== undefined && exp <= now) return undefined;
  const iat = typeof claims['iat'] === 'number' ? claims['iat'] : undefined;
  const life = exp === undefined ? Infinity : exp - (iat ?? now);
  const lifetime = life === Infinity ? 'no expiry' : `valid for ${describeLife(life)}`;

  // Supabase's (and PostgREST's) `anon` key ships in browser code by design.
  if (claims['role'] === 'anon') return undefined;
  if (claims['role'] === 'service_role') {
    if (claims['iss'] === SUPABASE_LOCAL_DEMO_ISSUER || life <= PRIVILEGED_LONG_LIVED) return undefined;
    return {
      kind: 'supabase-service-role',
      reason: `role service_role bypasses row-level security, ${lifetime}`,
      severity: 'error',
    };
  }
  const issuer = knownIssuer(claims);
  if (issuer) {
    if (life <= PRIVILEGED_LONG_LIVED) return undefined;
    return { kind: 'service-credential', reason: `${issuer}, ${lifetime}`, severity: 'error' };
  }
  // A JWT also signs content that grants nothing (a bundle manifest, a test payload): a credential
  // names who it is for or what it allows.
  // (OPA bundle signatures list the `files` they sign).
  const grants = Object.keys(claims).some((k) => GRANT_CLAIMS.has(k)) && !Array.isArray(claims['files']);
  if (life <= LONG_LIVED || !grants) return undefined;
  // A role or scope naming an administrator makes a long-lived token a privileged one.
  const privileged = /\b(?:admin|administrator|superuser|service)\b/i.test(
    [claims['role'], claims['roles'], claims['scope'], claims['scp']]
      .flat()
      .filter((v) => typeof v === 'string')
      .join(' '),
  );
  return {
    kind: 'service-credential',
    reason: privileged ? `privileged role, ${lifetime}` : lifetime,
    severity: privileged ? 'error' : 'warning',
  };
}

/** Issuers whose JWTs are API keys or service credentials by design. */
function knownIssuer(claims: Record<string, unknown>): string | undefined {
  if (claims['iss'] === 'n8n' && claims['aud'] === 'public-api') return 'n8n API key';
  if (claims['iss'] === KUBERNETES_LEGACY_ISSUER) return 'Kubernetes service account token';
  return undefined;
}

/**
 * A signature of the size its algorithm produces, with random-looking text: `alg: none`, a
 * shortened or a made-up signature (`signature`, `xxxx…`) are never a working token.
 */
function isSigned({ header, signature }: DecodedJwt, text: string): boolean {
  const alg = String(header['alg']).toUpperCase();
  if (alg === 'NONE' || isFalsePositiveValue(text, 3.5)) return false;
  const bytes = signature.length;
  if (/^HS(256|384|512)$/.test(alg)) return bytes === Number(alg.slice(2)) / 8;
  if (/^(RS|PS)(256|384|512)$/.test(alg)) return bytes >= 128 && bytes % 64 === 0;
  if (alg === 'ES256' || alg === 'EDDSA' || alg === 'ES256K') return bytes === 64;
  if (alg === 'ES384') return bytes === 96;
  if (alg === 'ES512') return bytes === 132;
  return bytes >= 16;
}

/** Documentation and test examples: jwt.io's claims, or an identity that is a stand-in. */
/** Claims of a documentation example: jwt.io's sample, or a stand-in issuer, subject or name. */
export function isExample(claims: Record<string, unknown>): boolean {
  if (claims['sub'] === EXAMPLE_SUB || claims['iat'] === EXAMPLE_IAT || claims['name'] === EXAMPLE_NAME) return true;
  return ['iss', 'sub', 'aud', 'name', 'email'].some((k) => {
    const v = claims[k];
    return typeof v === 'string' && isPlaceholder(v);
  });
}

function describeLife(seconds: number): string {
  const years = seconds / (365 * DAY);
  if (years >= 2) return `${Math.round(years)} years`;
  return `${Math.round(seconds / DAY)} days`;
}

function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(decodeBase64(part) ?? '') as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
