/** Issue "rest of the checklist": write auto-approval, server tiers, broad filesystems, listening servers. */
import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { analyzeMcp, MCP_RULES } from '../../src/mcp/analyze.js';

const scan = (path: string, doc: object, mcp: Record<string, unknown> = {}) =>
  new Engine(resolveConfig({ mcp }), { mcpAnalyzer: analyzeMcp, extraRules: MCP_RULES }).scan({
    path,
    text: JSON.stringify(doc, null, 2),
  });
const ids = async (path: string, doc: object, mcp?: Record<string, unknown>) =>
  (await scan(path, doc, mcp)).findings.map((f) => f.ruleId).sort();
const one = (entry: object) => ({ mcpServers: { svc: entry } });

describe('mcp-auto-approve-write', () => {
  it('flags write tools and "*" in autoApprove / alwaysAllow, and trust: true; read tools are fine', async () => {
    const { findings } = await scan(
      '.roo/mcp.json',
      one({ command: 'x@1.0.0', alwaysAllow: ['list_issues', 'create_issue', 'send_message'] }),
    );
    expect(findings.map((f) => [f.ruleId, f.message.match(/"(\w+)"/g)?.[1]])).toEqual([
      ['mcp-auto-approve-write', '"create_issue"'],
      ['mcp-auto-approve-write', '"send_message"'],
    ]);
    expect(await ids('.kiro/settings/mcp.json', one({ command: 'x@1.0.0', autoApprove: ['*'] }))).toEqual([
      'mcp-auto-approve-write',
    ]);
    expect(await ids('.gemini/settings.json', one({ command: 'x@1.0.0', trust: true }))).toEqual([
      'mcp-auto-approve-write',
    ]);
    expect(
      await ids('.roo/mcp.json', one({ command: 'x@1.0.0', alwaysAllow: ['get_file', 'search_code', 'list_prs'] })),
    ).toEqual([]);
  });

  it("Claude Code's permissions.allow and VS Code's chat.tools.autoApprove", async () => {
    const claude = {
      permissions: {
        allow: ['Bash(npm test)', 'mcp__github__get_issue', 'mcp__github__merge_pull_request', 'mcp__slack'],
      },
    };
    const { findings } = await scan('.claude/settings.json', claude);
    expect(findings.map((f) => f.ruleId)).toEqual(['mcp-auto-approve-write', 'mcp-auto-approve-write']);
    expect(findings[0]!.message).toContain('merge_pull_request');
    expect(findings[1]!.message).toContain('every tool of server "slack"');
    expect(await ids('.vscode/settings.json', { 'chat.tools.autoApprove': true })).toEqual(['mcp-auto-approve-write']);
    expect(await ids('.vscode/settings.json', { 'chat.tools.autoApprove': false })).toEqual([]);
  });
});

describe('server inventory and mcp-sensitive-server', () => {
  const tiers = async (servers: Record<string, object>, mcp?: Record<string, unknown>) =>
    Object.fromEntries(
      ((await scan('.mcp.json', { mcpServers: servers }, mcp)).mcp?.servers ?? []).map((s) => [
        s.name,
        [s.kind, s.tier],
      ]),
    );

  it('classifies known servers by name, package and host; unknown ones are "consider carefully"', async () => {
    expect(
      await tiers({
        docs: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.0'] },
        cal: { url: 'https://calendar-mcp.example.dev/mcp' },
        mail: { command: 'npx', args: ['-y', '@gongrzhe/server-gmail-autoauth-mcp@1.1.0'] },
        gh: { url: 'https://api.githubcopilot.com/mcp/' },
        vault: { command: 'uvx', args: ['vault-mcp==0.2.0'] },
        thing: { command: 'thing-mcp' },
      }),
    ).toEqual({
      docs: ['reference docs', 'connect-freely'],
      cal: ['reference and utilities', 'connect-freely'],
      mail: ['email', 'consider-carefully'],
      gh: ['source hosting', 'consider-carefully'],
      vault: ['secrets manager', 'dont-connect'],
      thing: ['unknown', 'consider-carefully'],
    });
  });

  it('payments with a live key are "don\'t connect" and warned; a reviewed server can be re-tiered', async () => {
    const key = ['sk', 'live', 'x'.repeat(2) + 'Ab3dEf9hIj2kLm5nOp8qRs1tUv4wXy7z'].join('_');
    const stripe = {
      stripe: { command: 'npx', args: ['-y', '@stripe/mcp@0.2.0', '--tools=all'], env: { STRIPE_SECRET_KEY: key } },
    };
    const found = await ids('.mcp.json', { mcpServers: stripe });
    expect(found).toContain('mcp-sensitive-server');
    const reviewed = await ids('.mcp.json', { mcpServers: stripe }, { serverTiers: { stripe: 'consider-carefully' } });
    expect(reviewed).not.toContain('mcp-sensitive-server');
    expect(await tiers({ stripe: { command: 'npx', args: ['-y', '@stripe/mcp@0.2.0'] } })).toEqual({
      stripe: ['payments', 'consider-carefully'],
    });
  });
});

describe('mcp-broad-filesystem and mcp-listening-server', () => {
  it.each([['/'], ['~'], ['${HOME}'], ['/home/dev'], ['/Users/dev'], ['C:\\Users\\dev']])(
    'filesystem server on %s',
    async (dir) => {
      expect(
        await ids(
          '.mcp.json',
          one({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', dir] }),
        ),
      ).toEqual(['mcp-broad-filesystem']);
    },
  );
  it('a project folder is fine', async () => {
    expect(
      await ids(
        '.mcp.json',
        one({
          command: 'npx',
          args: ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/home/dev/projects/app'],
        }),
      ),
    ).toEqual([]);
  });
  it.each([[['--host', '0.0.0.0']], [['--host=0.0.0.0']], [['--bind', '::']]])(
    'listening on all interfaces: %j',
    async (flags) => {
      expect(await ids('.mcp.json', one({ command: 'my-mcp@1.0.0', args: flags }))).toEqual(['mcp-listening-server']);
    },
  );
  it('HOST=0.0.0.0 in env and docker -p without an address; loopback is fine', async () => {
    expect(await ids('.mcp.json', one({ command: 'x@1.0.0', env: { HOST: '0.0.0.0' } }))).toEqual([
      'mcp-listening-server',
    ]);
    expect(
      await ids('.mcp.json', one({ command: 'docker', args: ['run', '-i', '-p', '8080:8080', 'ghcr.io/a/b:1.0'] })),
    ).toEqual(['mcp-listening-server']);
    expect(
      await ids(
        '.mcp.json',
        one({ command: 'docker', args: ['run', '-i', '-p', '127.0.0.1:8080:8080', 'ghcr.io/a/b:1.0'] }),
      ),
    ).toEqual([]);
    expect(await ids('.mcp.json', one({ command: 'x@1.0.0', args: ['--host', '127.0.0.1'] }))).toEqual([]);
  });
});
