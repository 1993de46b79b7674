import { describe, it } from '@jest/globals';
import { ALNUM, URLSAFE, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { agentToolsTokens } from '../../helpers/tokens/agent-tools.js';
import { expectFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

const zapier = (secret: string, tail = '/mcp'): string => p('https://mcp.za', 'pier.com/api/mcp/s/', secret, tail);

describe('agent tool rules', () => {
  it.each([
    ['context7-api-key', agentToolsTokens.context7Key()],
    ['browserbase-api-key', agentToolsTokens.browserbaseKey()],
    ['apify-api-token', agentToolsTokens.apifyToken()],
    ['zapier-actions-api-key', agentToolsTokens.zapierActionsKey()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['exa-api-key', 'EXA_API_KEY', uuid('exa')],
    ['smithery-api-key', 'SMITHERY_API_KEY', uuid('smithery')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('context7-api-key on an MCP command line', async () => {
    const k = agentToolsTokens.context7Key('cli');
    await expectIn('context7-api-key', `{"args": ["-y", "@upstash/context7-mcp", "--api-key", "${k}"]}`, k);
  });

  it('zapier-mcp-url: the secret path segment, with /mcp, /sse or nothing after it', async () => {
    const s = agentToolsTokens.zapierMcpSecret();
    await expectIn('zapier-mcp-url', `{"mcpServers": {"zapier": {"url": "${zapier(s)}"}}}`, s);
    await expectIn('zapier-mcp-url', `ZAPIER_MCP_URL=${zapier(s, '/sse')}\n`, s);
    await expectIn('zapier-mcp-url', `url = "${zapier(s, '')}"`, s);
    const withSlash = p(randomChars(ALNUM, 30, 'zs1'), '/', randomChars(ALNUM, 30, 'zs2'), '==');
    await expectIn('zapier-mcp-url', `{"url": "${zapier(withSlash)}"}`, withSlash);
    const older = agentToolsTokens.zapierActionsKey('old');
    await expectIn(
      'zapier-actions-api-key',
      `{"args": ["mcp-remote", "https://actions.zapier.com/mcp/${older}/sse"]}`,
      older,
    );
  });

  it('smithery-api-key in a server URL', async () => {
    const k = uuid('smithery-url');
    await expectIn(
      'smithery-api-key',
      `{"url": "https://server.smithery.ai/@acme/tool/mcp?profile=work&api_key=${k}"}`,
      k,
    );
  });

  it('near misses: words containing exa, wrong lengths, placeholders', async () => {
    await expectNoProviderFinding(
      `EXAMPLE_API_KEY=${uuid('n1')}`,
      `HEXA_API_KEY=${uuid('n2')}`,
      `EXA_SEARCH_ID=${uuid('n3')}`,
      p('ctx7', 'sk-', '...'),
      p('ctx7', 'sk-', randomChars(ALNUM, 20, 'n4')),
      p('bb', '_live_', 'test'),
      p('bb', '_live_', randomChars(URLSAFE, 10, 'n5')),
      p('apify', '_api_', randomChars(ALNUM, 20, 'n6')),
      zapier('YOUR_SECRET'),
      zapier('<<long-API-key>>', '/sse'),
      zapier('abcdefghijklmnopqrstuvwxyz0123'),
      p('sk-', 'ak-', 'xxxx'),
      `SMITHERY_PROFILE=${uuid('n7')}`,
    );
  });
});

describe('agent-tools rules (Zapier catch hooks)', () => {
  it('zapier-webhook-url: the hook path found in JSON, env and code', async () => {
    const url = agentToolsTokens.zapierCatchHook();
    const secret = url.split('/catch/')[1]!.replace(/\/$/, '');
    await expectIn('zapier-webhook-url', `{"env": {"ZAPIER_HOOK": "${url}"}}`, secret);
    await expectIn('zapier-webhook-url', `ZAPIER_WEBHOOK_URL=${url}\n`, secret);
    await expectIn('zapier-webhook-url', `await fetch('${url}', { method: 'POST' });`, secret);
  });

  it('near misses: no hook id, placeholder ids', async () => {
    await expectNoProviderFinding(
      p('https://hooks.', 'zapier.com/hooks/catch/', '1234567/'),
      p('https://hooks.', 'zapier.com/hooks/catch/', '123456/abcdef/'),
      p('https://hooks.', 'zapier.com/hooks/catch/', 'XXXXXXX/XXXXXXX/'),
    );
  });
});
