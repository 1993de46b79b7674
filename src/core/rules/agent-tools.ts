/**
 * Services agents and MCP servers call: Context7, Exa, Browserbase, Apify, Zapier (MCP, AI Actions,
 * catch hooks), Smithery.
 */
import type { RuleFamily } from './define.js';
import { ASSIGN, keyedPattern, VALUE } from './keyed.js';

export const agentTools: RuleFamily = {
  id: 'agent-tools',
  providers: {
    context7: { name: 'Context7', revokeUrl: 'https://context7.com/dashboard' },
    exa: { name: 'Exa', revokeUrl: 'https://dashboard.exa.ai/api-keys' },
    browserbase: { name: 'Browserbase', revokeUrl: 'https://www.browserbase.com/settings' },
    apify: { name: 'Apify', revokeUrl: 'https://console.apify.com/settings/integrations' },
    zapier: {
      name: 'Zapier MCP',
      revokeUrl: 'https://mcp.zapier.com/',
      note: 'The URL is the credential: regenerate the server URL (or delete the server) and reconnect the clients.',
    },
    smithery: { name: 'Smithery', revokeUrl: 'https://smithery.ai/account/api-keys' },
    'zapier-webhook': {
      name: 'Zapier',
      revokeUrl: 'https://zapier.com/app/zaps',
      note: 'The catch hook URL is the credential: anyone holding it can run the Zap. Replace the Webhooks by Zapier trigger (a new trigger gets a new URL) or turn the Zap off.',
    },
  },
  rules: [
    {
      id: 'context7-api-key',
      title: 'Context7 API key',
      provider: 'context7',
      keywords: ['ctx7sk-'],
      pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>ctx7sk-${VALUE.uuid})(?![A-Za-z0-9_-])`),
      format: String.raw`ctx7sk-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      samples: {
        found: [String.raw`ctx7sk-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`ctx7sk-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`ctx7sk-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
        ],
      },
    },
    {
      id: 'exa-api-key',
      title: 'Exa API key',
      provider: 'exa',
      keywords: ['exa_api', 'exa-api', 'exaapi'],
      // `exa` alone is a prefix of many words: only `EXA_API_KEY`-style keys.
      pattern: keyedPattern({ provider: 'exa(?=[_-]?api)', kind: 'api[_.-]?key', value: VALUE.uuid }),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'EXA_API_KEY',
      samples: {
        found: [String.raw`EXA_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`EXA_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`EXA_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
    },
    {
      id: 'browserbase-api-key',
      title: 'Browserbase API key',
      provider: 'browserbase',
      keywords: ['bb_live_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>bb_live_[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`bb_live_[A-Za-z0-9_-]{20,40}`,
      samples: {
        found: [String.raw`bb_live_[A-Za-z0-9_-]{20,40}`],
        notFound: [String.raw`bb_live_[A-Za-z0-9_-]{10}`, String.raw`bb_live_x{20}`],
      },
    },
    {
      id: 'apify-api-token',
      title: 'Apify API token',
      provider: 'apify',
      keywords: ['apify_api_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>apify_api_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`apify_api_[A-Za-z0-9]{36}`,
      samples: {
        found: [String.raw`apify_api_[A-Za-z0-9]{36}`],
        notFound: [String.raw`apify_api_[A-Za-z0-9]{18}`, String.raw`apify_api_x{36}`],
      },
      peers: { trufflehog: ['apify'] },
    },
    {
      id: 'zapier-mcp-url',
      title: 'Zapier MCP server URL secret',
      provider: 'zapier',
      keywords: ['mcp.zapier.com/api/mcp/s/'],
      // https://mcp.zapier.com/api/mcp/s/<secret>/mcp (or /sse): the path segment is the key.
      // Base64 may hold `/`: the shortest segment that ends at `/mcp`, `/sse`, or the end of the URL.
      pattern:
        /mcp\.zapier\.com\/api\/mcp\/s\/(?<secret>[A-Za-z0-9+/_=-]{20,300}?)(?=\/(?:mcp|sse)(?![A-Za-z0-9+/_=-])|["'\s<>]|$)/,
      minEntropy: 3.5,
      format: String.raw`[A-Za-z0-9+/_=-]{40}`,
      samples: {
        found: [
          String.raw`https://mcp\.zapier\.com/api/mcp/s/[A-Za-z0-9]{40}/mcp`,
          String.raw`"url": "https://mcp\.zapier\.com/api/mcp/s/[A-Za-z0-9+/]{48}=/sse"`,
        ],
        notFound: [
          String.raw`https://mcp\.zapier\.com/api/mcp/s/x{40}/mcp`,
          String.raw`https://mcp\.zapier\.com/api/mcp/s/[A-Za-z0-9]{8}/mcp`,
        ],
      },
    },
    {
      id: 'zapier-actions-api-key',
      title: 'Zapier AI Actions API key',
      provider: 'zapier',
      keywords: ['sk-ak-'],
      // Keys of the earlier actions.zapier.com MCP and AI Actions API.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ak-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`sk-ak-[A-Za-z0-9]{20,40}`,
      samples: {
        found: [String.raw`sk-ak-[A-Za-z0-9]{20,40}`],
        notFound: [String.raw`sk-ak-[A-Za-z0-9]{10}`, String.raw`sk-ak-x{20}`],
      },
    },
    {
      id: 'zapier-webhook-url',
      title: 'Zapier catch hook URL',
      provider: 'zapier-webhook',
      keywords: ['hooks.zapier.com/hooks/catch/'],
      // https://hooks.zapier.com/hooks/catch/<account id>/<hook id>/: the path after `catch/`, without
      // its closing slash. It holds a digit (the account id is numeric), which also ends a non-match
      // early on words that merely follow the host.
      pattern:
        /hooks\.zapier\.com\/hooks\/catch\/(?<secret>(?=[A-Za-z/]{0,39}[0-9])[A-Za-z0-9][A-Za-z0-9/]{8,38}[A-Za-z0-9])(?=\/?(?![A-Za-z0-9/]))/,
      minEntropy: 2.5,
      format: String.raw`[0-9]{6,8}/[a-z0-9]{6,7}`,
      samples: {
        found: [String.raw`ZAPIER_WEBHOOK_URL=https://hooks\.zapier\.com/hooks/catch/[1-9][0-9]{6}/[a-z0-9]{7}/`],
        notFound: [
          String.raw`https://hooks\.zapier\.com/hooks/catch/[1-9][0-9]{6}/`,
          String.raw`https://hooks\.zapier\.com/hooks/catch/123456/abcdef/`,
        ],
      },
      peers: { trufflehog: ['zapierwebhook'] },
    },
    {
      id: 'smithery-api-key',
      title: 'Smithery API key',
      provider: 'smithery',
      keywords: ['smithery'],
      // Under a Smithery key, or as the `api_key` parameter of a server.smithery.ai URL.
      pattern: new RegExp(
        String.raw`(?:smithery\.ai/[^\s"'<>?#]{0,200}\?(?:[^\s"'<>#&]{0,256}&){0,8}api_?key=|(?<![A-Za-z0-9])smithery[A-Za-z0-9_.-]{0,24}?(?:key|token)` +
          `${ASSIGN})` +
          `(?<secret>${VALUE.uuid})(?![A-Za-z0-9_-])`,
        'i',
      ),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'SMITHERY_API_KEY',
      samples: {
        found: [String.raw`SMITHERY_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`SMITHERY_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`SMITHERY_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
    },
  ],
};
