/** Notion: legacy internal integration secrets (`secret_`); the preset knows only the newer `ntn_`. */
import type { RuleFamily } from './define.js';

export const notion: RuleFamily = {
  id: 'notion',
  providers: {
    notion: { name: 'Notion', revokeUrl: 'https://www.notion.so/profile/integrations' },
  },
  rules: [
    {
      id: 'notion-integration-secret',
      title: 'Notion integration secret',
      provider: 'notion',
      keywords: ['secret_'],
      pattern: /(?<![A-Za-z0-9_])(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/,
      minEntropy: 4,
      format: String.raw`secret_[A-Za-z0-9]{43}`,
      samples: {
        found: [String.raw`secret_[A-Za-z0-9]{43}`],
        notFound: [String.raw`secret_[A-Za-z0-9]{21}`, String.raw`secret_x{43}`],
      },
      peers: { gitleaks: ['notion-api-token'] },
    },
  ],
};
