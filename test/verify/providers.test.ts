/**
 * Every verifier against a loopback stand-in of its provider, in the five ways a provider answers:
 * live, invalid, rate limited, slow (past the timeout) and malformed. The stand-in records each
 * request, so the tests also pin the documented endpoint, method and where the credential goes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '../../src/core/config.js';
import { providerTable } from '../../src/core/rules/index.js';
import type { RawFinding } from '../../src/core/types.js';
import { createEngine } from '../../src/runtime/create-engine.js';
import { verifiersMarkdown } from '../../src/verify/table.js';
import { ROOT } from '../helpers/cli.js';
import { envName } from '../../src/verify/http.js';
import { VERIFIERS } from '../../src/verify/providers/index.js';
import { verifyFindings } from '../../src/verify/run.js';
import { StandIn, type Answer, type Received } from '../helpers/provider-server.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { notionTokens } from '../helpers/tokens/notion.js';
import { ALNUM, DIGITS, HEX, p, randomChars } from '../helpers/tokens/random.js';
import { supabaseTokens } from '../helpers/tokens/supabase.js';
import { telegramTokens } from '../helpers/tokens/telegram.js';

interface Case {
  provider: string;
  ruleId: string;
  secret: () => string;
  method: string;
  path: string | ((secret: string) => string);
  /** Where the secret must be in the request. */
  carries: (r: Received, secret: string) => boolean;
  live: Answer;
  invalid?: Answer;
  expect: { account?: string; scopes?: string[]; expiresAt?: string; reason?: RegExp };
}

const bearer = (r: Received, s: string): boolean => r.headers['authorization'] === `Bearer ${s}`;
const models = (provider: string, ruleId: string, path: string): Case => ({
  provider,
  ruleId,
  secret: () => p('key-', randomChars(ALNUM, 40, provider)),
  method: 'GET',
  path,
  carries: bearer,
  live: { status: 200, body: { object: 'list', data: [{ id: 'm1' }, { id: 'm2' }] } },
  expect: { reason: /2 models/ },
});

const CASES: Case[] = [
  {
    provider: 'github',
    ruleId: 'github-pat',
    secret: () => githubTokens.githubPat('verify'),
    method: 'GET',
    path: '/user',
    carries: bearer,
    live: {
      status: 200,
      headers: {
        'x-oauth-scopes': 'repo, admin:org',
        'github-authentication-token-expiration': '2031-02-03 04:05:06 UTC',
      },
      body: { login: 'octocat', type: 'User' },
    },
    expect: { account: 'oc***', scopes: ['repo', 'admin:org'], expiresAt: '2031-02-03T04:05:06.000Z' },
  },
  {
    provider: 'gitlab',
    ruleId: 'gitlab-pat',
    secret: () => p('glp', 'at-', randomChars(ALNUM, 20, 'gl')),
    method: 'GET',
    path: '/api/v4/personal_access_tokens/self',
    carries: (r, s) => r.headers['private-token'] === s,
    live: {
      status: 200,
      body: { name: 'ci', scopes: ['api'], expires_at: '2031-01-01', active: true, revoked: false, user_id: 7 },
    },
    expect: { account: 'token "ci" of user id 7', scopes: ['api'], expiresAt: '2031-01-01T00:00:00.000Z' },
  },
  {
    provider: 'slack',
    ruleId: 'slack-bot-token',
    secret: () => p('xo', 'xb-', randomChars(DIGITS, 12, 's1'), '-', randomChars(ALNUM, 24, 's2')),
    method: 'POST',
    path: '/api/auth.test',
    carries: bearer,
    live: {
      status: 200,
      headers: { 'x-oauth-scopes': 'chat:write,admin.users:write' },
      body: { ok: true, team: 'Acme', user: 'jdoe', team_id: 'T1', user_id: 'U1' },
    },
    invalid: { status: 200, body: { ok: false, error: 'invalid_auth' } },
    expect: { account: 'workspace Acme, user jd***', scopes: ['chat:write', 'admin.users:write'] },
  },
  models('openai', 'openai-api-key', '/v1/models'),
  models('groq', 'groq-api-key', '/openai/v1/models'),
  models('deepseek', 'deepseek-api-key', '/models'),
  models('mistral', 'mistral-api-key', '/v1/models'),
  models('together', 'together-api-key', '/v1/models'),
  models('xai', 'xai-api-key', '/v1/models'),
  models('fireworks', 'fireworks-api-key', '/inference/v1/models'),
  {
    provider: 'anthropic',
    ruleId: 'anthropic-api-key',
    secret: () => p('sk-', 'ant-api03-', randomChars(ALNUM, 40, 'ant')),
    method: 'GET',
    path: '/v1/models',
    carries: (r, s) => r.headers['x-api-key'] === s && r.headers['anthropic-version'] === '2023-06-01',
    live: { status: 200, body: { data: [{ id: 'claude' }] } },
    expect: { reason: /Anthropic accepted/ },
  },
  {
    provider: 'openrouter',
    ruleId: 'openrouter-api-key',
    secret: () => p('sk-', 'or-v1-', randomChars(HEX, 64, 'or')),
    method: 'GET',
    path: '/api/v1/key',
    carries: bearer,
    live: { status: 200, body: { data: { label: 'sk-or-v1-abc...', limit: 10 } } },
    expect: { reason: /credit limit 10/ },
  },
  {
    provider: 'huggingface',
    ruleId: 'huggingface-token',
    secret: () => p('h', 'f_', randomChars(ALNUM, 34, 'hf')),
    method: 'GET',
    path: '/api/whoami-v2',
    carries: bearer,
    live: {
      status: 200,
      body: {
        type: 'user',
        name: 'janedoe',
        auth: { type: 'access_token', accessToken: { displayName: 'x', role: 'write' } },
      },
    },
    expect: { account: 'ja***', scopes: ['write'] },
  },
  {
    provider: 'stripe',
    ruleId: 'stripe-secret-key',
    secret: () => p('sk', '_live_', randomChars(ALNUM, 32, 'st')),
    method: 'GET',
    path: '/v1/account',
    carries: bearer,
    live: { status: 200, body: { id: 'acct_1', business_profile: { name: 'Acme Ltd' } } },
    expect: { account: 'Acme Ltd (acct_1)', scopes: ['full access (secret key)'] },
  },
  {
    provider: 'notion',
    ruleId: 'notion-integration-secret',
    secret: () => notionTokens.notionSecret('verify'),
    method: 'GET',
    path: '/v1/users/me',
    carries: (r, s) => bearer(r, s) && r.headers['notion-version'] === '2022-06-28',
    live: {
      status: 200,
      body: { object: 'user', type: 'bot', name: 'MCP', bot: { owner: { type: 'workspace' }, workspace_name: 'Acme' } },
    },
    expect: { account: 'workspace Acme', scopes: ['owner: workspace'] },
  },
  {
    provider: 'linear',
    ruleId: 'linear-api-key',
    secret: () => p('lin', '_api_', randomChars(ALNUM, 40, 'lin')),
    method: 'POST',
    path: '/graphql',
    carries: (r, s) => r.headers['authorization'] === s && r.body.includes('viewer'),
    live: {
      status: 200,
      body: { data: { viewer: { id: 'u1', email: 'jane@acme.test' }, organization: { name: 'Acme' } } },
    },
    invalid: {
      status: 400,
      body: { errors: [{ message: 'Authentication required', extensions: { code: 'AUTHENTICATION_ERROR' } }] },
    },
    expect: { account: 'organisation Acme, user j***@acme.test' },
  },
  {
    provider: 'sendgrid',
    ruleId: 'sendgrid-api-key',
    secret: () => p('S', 'G.', randomChars(ALNUM, 22, 'sg1'), '.', randomChars(ALNUM, 43, 'sg2')),
    method: 'GET',
    path: '/v3/scopes',
    carries: bearer,
    live: { status: 200, body: { scopes: ['mail.send', 'alerts.read'] } },
    expect: { scopes: ['mail.send', 'alerts.read'] },
  },
  {
    provider: 'npm',
    ruleId: 'npm-access-token',
    secret: () => p('np', 'm_', randomChars(ALNUM, 36, 'npm')),
    method: 'GET',
    path: '/-/whoami',
    carries: bearer,
    live: { status: 200, body: { username: 'janedoe' } },
    expect: { account: 'ja***' },
  },
  {
    provider: 'cloudflare',
    ruleId: 'cloudflare-api-token',
    secret: () => randomChars(ALNUM, 40, 'cf'),
    method: 'GET',
    path: '/client/v4/user/tokens/verify',
    carries: bearer,
    live: {
      status: 200,
      body: { success: true, result: { id: 't1', status: 'active', expires_on: '2031-05-01T00:00:00Z' } },
    },
    invalid: { status: 400, body: { success: false, errors: [{ code: 1000, message: 'Invalid API Token' }] } },
    expect: { expiresAt: '2031-05-01T00:00:00.000Z' },
  },
  {
    provider: 'digitalocean',
    ruleId: 'digitalocean-pat',
    secret: () => p('dop', '_v1_', randomChars(HEX, 64, 'do')),
    method: 'GET',
    path: '/v2/account',
    carries: bearer,
    live: {
      status: 200,
      body: { account: { uuid: 'u1', email: 'jane@acme.test', status: 'active', team: { name: 'Acme' } } },
    },
    expect: { account: 'team Acme', reason: /active/ },
  },
  {
    provider: 'heroku',
    ruleId: 'heroku-api-key',
    secret: () => p('HR', 'KU-', randomChars(ALNUM, 60, 'hk')),
    method: 'GET',
    path: '/account',
    carries: (r, s) => bearer(r, s) && String(r.headers['accept']).includes('version=3'),
    live: { status: 200, body: { id: 'a1', email: 'jane@acme.test' } },
    expect: { account: 'j***@acme.test' },
  },
  {
    provider: 'netlify',
    ruleId: 'netlify-pat',
    secret: () => p('nf', 'p_', randomChars(ALNUM, 40, 'nf')),
    method: 'GET',
    path: '/api/v1/user',
    carries: bearer,
    live: { status: 200, body: { id: 'n1', email: 'jane@acme.test' } },
    expect: { account: 'j***@acme.test' },
  },
  {
    provider: 'vercel',
    ruleId: 'vercel-token',
    secret: () => randomChars(ALNUM, 24, 'vc'),
    method: 'GET',
    path: '/v2/user',
    carries: bearer,
    live: { status: 200, body: { user: { id: 'v1', username: 'janedoe' } } },
    expect: { account: 'ja***' },
  },
  {
    provider: 'figma',
    ruleId: 'figma-pat',
    secret: () => p('fig', 'd_', randomChars(ALNUM, 40, 'fg')),
    method: 'GET',
    path: '/v1/me',
    carries: (r, s) => r.headers['x-figma-token'] === s,
    live: { status: 200, body: { id: 'f1', email: 'jane@acme.test', handle: 'Jane' } },
    expect: { account: 'j***@acme.test' },
  },
  {
    provider: 'discord',
    ruleId: 'discord-bot-token',
    secret: () =>
      p('MT', randomChars(ALNUM, 22, 'd1'), '.', randomChars(ALNUM, 6, 'd2'), '.', randomChars(ALNUM, 38, 'd3')),
    method: 'GET',
    path: '/api/v10/users/@me',
    carries: (r, s) => r.headers['authorization'] === `Bot ${s}`,
    live: { status: 200, body: { id: '1', username: 'helper-bot', bot: true } },
    expect: { account: 'bot helper-bot' },
  },
  {
    provider: 'telegram',
    ruleId: 'telegram-bot-token',
    secret: () => telegramTokens.telegramBotToken('verify'),
    method: 'GET',
    path: (s) => `/bot${s}/getMe`,
    carries: (r, s) => r.path.includes(s),
    live: { status: 200, body: { ok: true, result: { id: 42, is_bot: true, username: 'acme_bot' } } },
    expect: { account: 'bot @acme_bot' },
  },
  {
    provider: 'doppler',
    ruleId: 'doppler-token',
    secret: () => p('dp', '.pt.', randomChars(ALNUM, 43, 'dp')),
    method: 'GET',
    path: '/v3/me',
    carries: bearer,
    live: { status: 200, body: { workplace: { name: 'Acme', slug: 'acme' }, type: 'personal', name: 'laptop' } },
    expect: { account: 'workplace Acme', scopes: ['personal'] },
  },
  {
    provider: 'supabase',
    ruleId: 'supabase-access-token',
    secret: () => supabaseTokens.supabasePat('verify'),
    method: 'GET',
    path: '/v1/organizations',
    carries: bearer,
    live: { status: 200, body: [{ id: 'o1', name: 'Acme' }] },
    expect: { account: 'Acme' },
  },
];

function finding(c: Case, secret: string): RawFinding {
  return {
    ruleId: c.ruleId,
    category: 'secret',
    severity: 'error',
    message: 'x',
    file: 'f',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    fingerprint: `worktree:f:${c.ruleId}:0`,
    remediation: 'r',
    raw: secret,
  };
}

it('every verifier has a loopback case, and hangs off a provider the rules declare', () => {
  expect(CASES.map((c) => c.provider).sort()).toEqual(VERIFIERS.map((v) => v.provider).sort());
  const declared = providerTable();
  for (const v of VERIFIERS) expect([v.provider, declared.has(v.provider)]).toEqual([v.provider, true]);
  // And every rule a verifier names exists, under that provider.
  const rules = createEngine(resolveConfig(undefined)).rules();
  for (const v of VERIFIERS)
    for (const id of v.rules ?? []) expect([id, rules.find((r) => r.id === id)?.provider]).toEqual([id, v.provider]);
});

it('the verifiers table in docs/verification.md is the generated one (npm run readme)', () => {
  const readme = readFileSync(path.join(ROOT, 'docs/verification.md'), 'utf8');
  expect(readme).toContain(`<!-- verifiers:start -->\n${verifiersMarkdown()}<!-- verifiers:end -->`);
});

describe.each(CASES)('$provider', (c) => {
  const server = new StandIn({ live: c.live, ...(c.invalid ? { invalid: c.invalid } : {}) }, 1500);
  const secret = c.secret();
  const rules = [
    { id: c.ruleId, title: c.ruleId, category: 'secret' as const, severity: 'error' as const, provider: c.provider },
  ];
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    await server.start();
    env = { [envName(c.provider)]: server.url };
  });
  afterAll(() => server.stop());

  const run = async (mode: Parameters<StandIn['reset']>[0], findings = [finding(c, secret)]) => {
    server.reset(mode);
    // One call at a time, so the rate-limit case shows the second credential is not sent.
    // A generous timeout except where the timeout is the point: the machine may be busy.
    await verifyFindings(findings, rules, { env, timeoutMs: mode === 'slow' ? 300 : 5000, concurrency: 1 });
    return findings;
  };

  it('live: the documented endpoint, the credential where the API wants it, what the provider says', async () => {
    const [f] = await run('live');
    expect(f!.verification).toMatchObject({ status: 'live' });
    const v = f!.verification!;
    if (c.expect.account) expect(v.account).toBe(c.expect.account);
    if (c.expect.scopes) expect(v.scopes).toEqual(c.expect.scopes);
    if (c.expect.expiresAt) expect(v.expiresAt).toBe(c.expect.expiresAt);
    if (c.expect.reason) expect(v.reason).toMatch(c.expect.reason);
    expect(server.requests).toHaveLength(1);
    const r = server.requests[0]!;
    expect(r.method).toBe(c.method);
    expect(r.path).toBe(typeof c.path === 'string' ? c.path : c.path(secret));
    expect(c.carries(r, secret)).toBe(true);
    expect(JSON.stringify(v)).not.toContain(secret);
  });

  it('invalid', async () => {
    const [f] = await run('invalid');
    expect(f!.verification!.status).toBe('invalid');
  });

  it('rate limited: unknown, and the provider is not called again this run', async () => {
    const other = finding(c, `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`);
    const [f, g] = await run('rate-limited', [finding(c, secret), other]);
    expect(f!.verification).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/rate limited.*retry after 30 s/),
    });
    expect(g!.verification!.status).toBe('unknown');
    expect(server.requests).toHaveLength(1);
  });

  it('slow: unknown after the per-call timeout', async () => {
    const started = Date.now();
    const [f] = await run('slow');
    expect(f!.verification).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('no answer within 0.3 s'),
    });
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('malformed: error, and the finding stays', async () => {
    const findings = await run('malformed');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.verification!.status).toBe('error');
    expect(findings[0]!.verification!.reason).toMatch(/documented shape/);
  });
});
