/** Google: OAuth access and refresh tokens, OAuth client secrets, API keys (Gemini, Maps, ...). */
import type { RuleFamily } from './define.js';

export const google: RuleFamily = {
  id: 'google',
  providers: {
    google: {
      auditLog: "https://myaccount.google.com/notifications (security activity) and the Cloud console's audit logs",
      name: 'Google',
      revokeUrl: 'https://myaccount.google.com/permissions',
      note: 'Revoke the grant (or reset the client secret / restrict the API key in the Cloud console credentials page).',
    },
  },
  rules: [
    {
      id: 'google-oauth-access-token',
      title: 'Google OAuth access token',
      provider: 'google',
      keywords: ['ya29.'],
      // Access tokens are `ya29.` then URL-safe base64 and dots, ~100-250 chars long.
      pattern: /(?<![A-Za-z0-9_.-])(?<secret>ya29\.[0-9A-Za-z_-][0-9A-Za-z_.-]{29,2048})(?![0-9A-Za-z_.-])/,
      format: String.raw`ya29\.[0-9A-Za-z_-][0-9A-Za-z_.-]{29,2048}`,
      samples: {
        found: [String.raw`ya29\.[0-9A-Za-z_-][0-9A-Za-z_.-]{29,2048}`],
        notFound: [String.raw`ya29\.[0-9A-Za-z_-][0-9A-Za-z_.-]{14}`, String.raw`ya29\.[0-9A-Za-z_-]x{29}`],
      },
      peers: { trufflehog: ['googleoauth2'] },
    },
    {
      id: 'google-oauth-refresh-token',
      title: 'Google OAuth refresh token',
      provider: 'google',
      keywords: ['1//0'],
      pattern: /(?<![A-Za-z0-9_/-])(?<secret>1\/\/0[0-9A-Za-z_-]{35,500})(?![0-9A-Za-z_-])/,
      format: String.raw`1\/\/0[0-9A-Za-z_-]{35,500}`,
      samples: {
        found: [String.raw`1\/\/0[0-9A-Za-z_-]{35,500}`],
        notFound: [String.raw`1\/\/0[0-9A-Za-z_-]{17}`, String.raw`1\/\/0x{35}`],
      },
      peers: { trufflehog: ['gcpapplicationdefaultcredentials'] },
    },
    {
      id: 'google-oauth-client-secret',
      title: 'Google OAuth client secret',
      provider: 'google',
      keywords: ['gocspx-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[0-9A-Za-z_-]{28})(?![0-9A-Za-z_-])/,
      format: String.raw`GOCSPX-[0-9A-Za-z_-]{28}`,
      samples: {
        found: [String.raw`GOCSPX-[0-9A-Za-z_-]{28}`],
        notFound: [String.raw`GOCSPX-[0-9A-Za-z_-]{14}`, String.raw`GOCSPX-x{28}`],
      },
    },
    {
      id: 'google-api-key',
      title: 'Google API key',
      provider: 'google',
      keywords: ['aiza'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
      format: String.raw`AIza[0-9A-Za-z_-]{35}`,
      samples: {
        found: [String.raw`AIza[0-9A-Za-z_-]{35}`],
        notFound: [String.raw`AIza[0-9A-Za-z_-]{17}`, String.raw`AIzax{35}`],
      },
      peers: { gitleaks: ['gcp-api-key'], trufflehog: ['googlegemini'] },
    },
  ],
};
