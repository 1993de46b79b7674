/** Sentry: organization auth tokens (`sntrys_` + base64 JSON claims + secret) and user tokens (`sntryu_`). */
import type { RuleFamily } from './define.js';

/**
 * The claims part of an org token decodes to a JSON object (`iat`, `url`, `org`, ...). A token cut,
 * re-wrapped or hand-edited may no longer parse, but its decoded text still names Sentry's claims;
 * random base64 after `eyJ` never does.
 */
function hasJsonClaims(secret: string): boolean {
  const claims = secret.slice('sntrys_'.length, secret.lastIndexOf('_'));
  const text = Buffer.from(claims, 'base64').toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return true;
  } catch {
    // Not whole JSON: look for the claims' names below.
  }
  return /"(?:iat|url|region_url|org)":/.test(text);
}

export const sentry: RuleFamily = {
  id: 'sentry',
  providers: { sentry: { name: 'Sentry', revokeUrl: 'https://sentry.io/settings/account/api/auth-tokens/' } },
  rules: [
    {
      id: 'sentry-org-token',
      title: 'Sentry organization auth token',
      provider: 'sentry',
      keywords: ['sntrys_'],
      // Base64 of the JSON claims (so `eyJ`), `_`, then the secret: 32 random bytes in base64 without
      // padding (43 chars), or, in tokens from older Sentry versions, base64 of a 43-char string (60).
      pattern:
        /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,1000}={0,2}_(?:[A-Za-z0-9+/]{43}|[A-Za-z0-9+/]{58}==))(?![A-Za-z0-9+/=_])/,
      validate: hasJsonClaims,
      format: String.raw`sntrys_(?<b64>\{"iat":17[0-9]{8}\.5,"url":"https://sentry\.io","org":"[a-z]{4,12}"\})_[A-Za-z0-9+/]{43}`,
      samples: {
        found: [
          String.raw`SENTRY_AUTH_TOKEN=sntrys_(?<b64>\{"iat":17[0-9]{8}\.5,"url":"https://sentry\.io","org":"[a-z]{4,12}"\})_[A-Za-z0-9+/]{43}`,
          // Claims cut short (not whole JSON any more) still name Sentry's fields.
          String.raw`sntrys_(?<b64>\{"iat":17[0-9]{8}\.5,"url":"https://sentry\.io","org":"[a-z]{4,12})_[A-Za-z0-9+/]{43}`,
        ],
        notFound: [
          String.raw`sntrys_eyJ[A-Za-z0-9+/]{40}_[A-Za-z0-9+/]{43}`,
          String.raw`sntrys_(?<b64>\{"iat":17[0-9]{8}\.5,"url":"https://sentry\.io","org":"acme"\})_[A-Za-z0-9+/]{12}`,
        ],
      },
      peers: { gitleaks: ['sentry-org-token'], trufflehog: ['sentryorgtoken'] },
    },
    {
      id: 'sentry-user-token',
      title: 'Sentry user auth token',
      provider: 'sentry',
      keywords: ['sntryu_'],
      pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])/,
      format: String.raw`sntryu_[a-f0-9]{64}`,
      samples: {
        found: [String.raw`sntryu_[a-f0-9]{64}`],
        notFound: [String.raw`sntryu_[a-f0-9]{32}`, String.raw`sntryu_0{64}`],
      },
      peers: { gitleaks: ['sentry-user-token'], trufflehog: ['sentrytoken'] },
    },
  ],
};
