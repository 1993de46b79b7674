/** Sentry: organization auth tokens (`sntrys_` + base64 JSON claims + secret) and user tokens (`sntryu_`). */
import type { RuleFamily } from './define.js';

export const sentry: RuleFamily = {
  id: 'sentry',
  providers: { sentry: { name: 'Sentry', revokeUrl: 'https://sentry.io/settings/account/api/auth-tokens/' } },
  rules: [
    {
      id: 'sentry-org-token',
      title: 'Sentry organization auth token',
      provider: 'sentry',
      keywords: ['sntrys_'],
      // The claims part is base64 of JSON (`eyJ`), then `_` and a 43-character secret.
      pattern: /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/_])/,
    },
    {
      id: 'sentry-user-token',
      title: 'Sentry user auth token',
      provider: 'sentry',
      keywords: ['sntryu_'],
      pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])/,
    },
  ],
};
