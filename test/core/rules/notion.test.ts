import { describe, expect, it } from '@jest/globals';
import { ALNUM, p, randomChars } from '../../helpers/tokens/random.js';
import { notionTokens } from '../../helpers/tokens/notion.js';
import { expectFound, expectNotFound, ruleIds } from './harness.js';

describe('notion rules', () => {
  it('notion-integration-secret: a legacy `secret_` token in JSON, env and code', async () => {
    await expectFound('notion-integration-secret', notionTokens.notionSecret());
  });

  it('in an MCP server config it keeps the provider id', async () => {
    const t = notionTokens.notionSecret('mcp');
    const config = JSON.stringify({
      mcpServers: { notion: { command: 'npx', env: { OPENAPI_MCP_HEADERS: `{"Authorization": "Bearer ${t}"}` } } },
    });
    expect(await ruleIds(config, '.mcp.json')).toContain('notion-integration-secret');
  });

  it('near misses: wrong length, inside a longer name, other charsets, placeholders', async () => {
    await expectNotFound(
      `const v = '${p('sec', 'ret_', randomChars(ALNUM, 42, 'short'))}';`,
      `const v = '${p('sec', 'ret_', randomChars(ALNUM, 44, 'long'))}';`,
      `const v = '${p('client_sec', 'ret_', randomChars(ALNUM, 43, 'client'))}';`,
      p('sec', 'ret_', randomChars(ALNUM, 30, 'n3')),
      `const v = '${p('sec', 'ret_', randomChars(ALNUM, 20, 'a'), '-', randomChars(ALNUM, 22, 'b'))}';`,
      p('sec', 'ret_', 'YOUR_NOTION_INTEGRATION_TOKEN_GOES_HERE_NOW'),
      p('sec', 'ret_', 'x'.repeat(43)),
    );
  });
});
