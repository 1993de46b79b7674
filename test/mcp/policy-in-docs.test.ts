/** Policy findings on config snippets in documentation are off unless mcp.policyInDocs turns them on. */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { createEngine } from '../../src/runtime/create-engine.js';
import { githubTokens } from '../helpers/tokens/github.js';

const token = githubTokens.githubPat('docs-policy');
const readme = [
  '# Acme MCP server',
  '',
  'Add it to your client:',
  '',
  '```json',
  '{ "mcpServers": { "acme": { "command": "npx", "args": ["-y", "acme-mcp"], "env": { "GITHUB_TOKEN": "' +
    token +
    '" } } } }',
  '```',
  '',
].join('\n');

async function ids(config: Parameters<typeof resolveConfig>[0], path = 'README.md'): Promise<string[]> {
  return (await createEngine(resolveConfig(config)).scan({ path, text: readme })).findings.map((f) => f.ruleId);
}

describe('policy findings in documentation', () => {
  it('are off by default, while a secret in the snippet is still found', async () => {
    const found = await ids(undefined);
    expect(found).not.toContain('mcp-unpinned-server');
    expect(found.some((id) => id === 'github-pat' || id === 'mcp-literal-credential')).toBe(true);
  });

  it('mcp.policyInDocs turns them on', async () => {
    expect(await ids({ mcp: { policyInDocs: true } })).toContain('mcp-unpinned-server');
  });

  it('a config file outside documentation keeps them', async () => {
    const json = readme.split('\n')[5]!;
    const found = (await createEngine(resolveConfig(undefined)).scan({ path: '.mcp.json', text: json })).findings;
    expect(found.map((f) => f.ruleId)).toContain('mcp-unpinned-server');
  });

  it('a setting that is not true or false is an input error naming the key', async () => {
    await expect(ids({ mcp: { policyInDocs: 'yes' } })).rejects.toThrow('mcp.policyInDocs');
  });
});
