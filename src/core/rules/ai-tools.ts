/**
 * Search and crawling APIs MCP servers take (Perplexity, Tavily, Firecrawl), and the tools around
 * LLM apps: Langfuse and LangSmith tracing, Sourcegraph Cody, Voiceflow agents.
 */
import type { RuleFamily } from './define.js';
import { VALUE } from './keyed.js';
import { prefixedRule } from './prefixed-rule.js';

export const aiTools: RuleFamily = {
  id: 'ai-tools',
  providers: {
    perplexity: { name: 'Perplexity', revokeUrl: 'https://www.perplexity.ai/settings/api' },
    tavily: { name: 'Tavily', revokeUrl: 'https://app.tavily.com/home' },
    firecrawl: { name: 'Firecrawl', revokeUrl: 'https://www.firecrawl.dev/app/api-keys' },
    langfuse: {
      name: 'Langfuse',
      revokeUrl: 'https://cloud.langfuse.com/',
      note: 'Delete the key pair under the project > Settings > API Keys (self-hosted: on your own instance) and create a new one.',
    },
    langsmith: { name: 'LangSmith', revokeUrl: 'https://smith.langchain.com/settings' },
    voiceflow: {
      name: 'Voiceflow',
      revokeUrl: 'https://creator.voiceflow.com/',
      note: "Regenerate the agent's API key under the project > Settings > API keys (create a secondary key, switch to it, promote it, delete the old one).",
    },
    'sourcegraph-cody': {
      name: 'Sourcegraph Cody',
      revokeUrl: '',
      note: 'The Cody Gateway token is derived from the Sourcegraph license key: ask Sourcegraph to rotate the license, then update the instance.',
    },
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
    {
      id: 'langfuse-secret-key',
      title: 'Langfuse secret key',
      provider: 'langfuse',
      // `sk-lf-` and a UUID; its `pk-lf-` partner is the public half of the pair.
      keywords: ['sk-lf-'],
      pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>sk-lf-${VALUE.uuid})(?![A-Za-z0-9_-])`),
      format: String.raw`sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
      samples: {
        found: [String.raw`LANGFUSE_SECRET_KEY=sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`],
        notFound: [
          String.raw`LANGFUSE_PUBLIC_KEY=pk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
          String.raw`sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}`,
          String.raw`sk-lf-0{8}-0{4}-0{4}-0{4}-0{12}`,
        ],
      },
      peers: { trufflehog: ['langfuse'] },
    },
    prefixedRule({
      id: 'langsmith-api-key',
      title: 'LangSmith API key',
      provider: 'langsmith',
      // Personal access tokens (`lsv2_pt_`) and service keys (`lsv2_sk_`).
      prefixes: ['lsv2_pt_', 'lsv2_sk_'],
      body: '[a-f0-9]{32}_[a-f0-9]{10}',
      short: '[a-f0-9]{32}_[a-f0-9]{4}',
      peers: { trufflehog: ['langsmith'] },
    }),
    prefixedRule({
      id: 'voiceflow-api-key',
      title: 'Voiceflow API key',
      provider: 'voiceflow',
      // `VF.DM.` (agent / Dialog Manager keys), `VF.WS.` (workspace keys) or `VF.` alone (older workspace
      // keys), then the 24-hex id of the key and a 16-character secret.
      prefixes: ['VF.'],
      body: String.raw`(?:DM\.|WS\.)?[a-f0-9]{24}\.[A-Za-z0-9]{16}`,
      short: String.raw`DM\.[a-f0-9]{24}\.[A-Za-z0-9]{8}`,
      peers: { trufflehog: ['voiceflow'] },
    }),
    prefixedRule({
      id: 'sourcegraph-cody-token',
      title: 'Sourcegraph Cody Gateway access token',
      provider: 'sourcegraph-cody',
      prefixes: ['slk_'],
      body: '[a-f0-9]{64}',
      short: '[a-f0-9]{40}',
      peers: { trufflehog: ['sourcegraphcody'] },
    }),
  ],
};
