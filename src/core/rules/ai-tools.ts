/** Search and crawling APIs MCP servers take: Perplexity, Tavily, Firecrawl. */
import type { RuleFamily } from './define.js';

export const aiTools: RuleFamily = {
  id: 'ai-tools',
  providers: {
    perplexity: { name: 'Perplexity', revokeUrl: 'https://www.perplexity.ai/settings/api' },
    tavily: { name: 'Tavily', revokeUrl: 'https://app.tavily.com/home' },
    firecrawl: { name: 'Firecrawl', revokeUrl: 'https://www.firecrawl.dev/app/api-keys' },
  },
  rules: [
    {
      id: 'perplexity-api-key',
      title: 'Perplexity API key',
      provider: 'perplexity',
      keywords: ['pplx-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
      format: String.raw`pplx-[A-Za-z0-9]{48}`,
      samples: {
        found: [String.raw`pplx-[A-Za-z0-9]{48}`],
        notFound: [String.raw`pplx-[A-Za-z0-9]{24}`, String.raw`pplx-x{48}`],
      },
      peers: { gitleaks: ['perplexity-api-key'] },
    },
    {
      id: 'tavily-api-key',
      title: 'Tavily API key',
      provider: 'tavily',
      keywords: ['tvly-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
      format: String.raw`tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}`,
      samples: {
        found: [String.raw`tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}`],
        notFound: [String.raw`tvly-(?:dev-|prod-)?[A-Za-z0-9]{16}`, String.raw`tvly-(?:dev-|prod-)?x{32}`],
      },
    },
    {
      id: 'firecrawl-api-key',
      title: 'Firecrawl API key',
      provider: 'firecrawl',
      keywords: ['fc-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>fc-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
      format: String.raw`fc-[a-f0-9]{32}`,
      samples: {
        found: [String.raw`fc-[a-f0-9]{32}`],
        notFound: [String.raw`fc-[a-f0-9]{16}`, String.raw`fc-0{32}`],
      },
    },
  ],
};
