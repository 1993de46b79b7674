/**
 * `--verify` and `--revoke` through the CLI, against loopback stand-ins only: what each report says,
 * exit codes, that a repository cannot redirect verification, that no full secret reaches any
 * output, and that the pre-commit path never verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { envName } from '../../src/verify/http.js';
import { execFile } from 'node:child_process';
import { CLI_BUNDLE, runCli } from '../helpers/cli.js';
import { StandIn } from '../helpers/provider-server.js';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';
import { ALNUM, DIGITS, p, randomChars } from '../helpers/tokens/random.js';

const pat = githubTokens.githubPat('cli-verify');
const glpat = p('glp', 'at-', randomChars(ALNUM, 20, 'cli-gl'));
const slackBot = p(
  'xo',
  'xb-',
  randomChars(DIGITS, 12, 'cs1'),
  '-',
  randomChars(DIGITS, 13, 'cs2'),
  '-',
  randomChars(ALNUM, 24, 'cs3'),
);
const mapsKey = googleTokens.googleApiKey('cli-verify');
const SECRETS = [pat, glpat, slackBot, mapsKey];

const githubLive = {
  status: 200,
  headers: { 'x-oauth-scopes': 'repo, admin:org, read:user' },
  body: { login: 'octocat', type: 'User' },
};

describe('scan --verify', () => {
  const repo = makeRepo();
  repo.commit('leaks', {
    '.mcp.json': JSON.stringify(
      { mcpServers: { github: { command: 'github-mcp-server', env: { GITHUB_PERSONAL_ACCESS_TOKEN: pat } } } },
      null,
      2,
    ),
    'app.env': `MAPS=${mapsKey}\nGITLAB=${glpat}\n`,
    'copy.env': `AGAIN=${pat}\n`,
  });
  const github = new StandIn({ live: githubLive });
  const gitlab = new StandIn({
    live: { status: 200, body: { name: 'laptop', scopes: ['api'], active: true, revoked: false, user_id: 3 } },
  });
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    await Promise.all([github.start(), gitlab.start()]);
    env = { [envName('github')]: github.url, [envName('gitlab')]: gitlab.url };
  });
  afterAll(() => Promise.all([github.stop(), gitlab.stop()]));

  it('adds verification to each credential, sorts live ones first, one call per distinct secret', async () => {
    github.reset('live');
    gitlab.reset('invalid');
    const r = await runCli(['scan', '.', '--verify', '--format', 'json'], { cwd: repo.dir, env });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      findings: {
        ruleId: string;
        file: string;
        message: string;
        verification?: { status: string; scopes?: string[]; account?: string };
      }[];
      verification: { checked: number; live: number };
    };
    // The same PAT in two files is checked once.
    expect(github.requests).toHaveLength(1);
    expect(gitlab.requests).toHaveLength(1);
    const statuses = out.findings.map((f) => `${f.ruleId}:${f.verification?.status ?? '-'}`);
    expect(statuses.slice(0, 3).every((s) => s.endsWith(':live'))).toBe(true);
    expect(statuses).toContain('gitlab-pat:invalid');
    expect(statuses).toContain('google-api-key:unknown');
    const gh = out.findings.find((f) => f.ruleId === 'github-pat')!;
    expect(gh.verification).toMatchObject({ account: 'oc***', scopes: ['repo', 'admin:org', 'read:user'] });
    // Only the copy in the MCP server's env is a live-broad-scope finding, naming the narrow scopes.
    const broad = out.findings.filter((f) => f.ruleId === 'mcp-live-broad-scope');
    expect(broad).toHaveLength(1);
    expect(broad[0]!.file).toBe('.mcp.json');
    expect(broad[0]!.message).toContain('"admin:org" (grant read:org instead)');
    expect(broad[0]!.message).toContain('"repo" (grant a fine-grained token');
    expect(out.verification).toMatchObject({ checked: 2, live: 2 });
  });

  it('text marks LIVE; --fail-on live fails only on verified-live credentials', async () => {
    github.reset('live');
    gitlab.reset('invalid');
    const text = await runCli(['scan', '.', '--verify', '--fail-on', 'live'], { cwd: repo.dir, env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/LIVE error +github-pat/);
    expect(text.stdout).toContain(
      'verified LIVE: GitHub accepted it; account oc***; scopes repo, admin:org, read:user',
    );
    expect(text.stdout).toMatch(
      /verified 2 distinct credential\(s\) in \d+ ms; findings: 2 LIVE, 1 invalid, 1 unknown/,
    );
    // The first file listed is the one with a live credential.
    expect(text.stdout.split('\n')[0]).toBe('.mcp.json');
    github.reset('invalid');
    const none = await runCli(['scan', '.', '--verify', '--fail-on', 'live'], { cwd: repo.dir, env });
    expect(none.code).toBe(0);
    expect(none.stdout).not.toMatch(/LIVE error|verified LIVE/);
    expect(none.stdout).toContain('0 LIVE');
  });

  it('a verification failure never hides a finding nor changes the exit code', async () => {
    const plain = await runCli(['scan', '.', '--format', 'json'], { cwd: repo.dir, env });
    for (const mode of ['rate-limited', 'slow', 'malformed'] as const) {
      github.reset(mode);
      gitlab.reset(mode);
      const r = await runCli(['scan', '.', '--verify', '--verify-timeout', '0.3', '--format', 'json'], {
        cwd: repo.dir,
        env,
      });
      expect(r.code).toBe(plain.code);
      const ids = (s: string) =>
        (JSON.parse(s) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
      expect(ids(r.stdout)).toEqual(ids(plain.stdout));
    }
  });

  it('no full secret reaches any output or log, whatever the provider answers (even echoing the token)', async () => {
    const echo = new StandIn({
      live: { status: 500, headers: { 'x-echo': pat }, body: { message: `bad token ${pat} ${glpat}` } },
      invalid: { status: 401, body: { message: `token ${pat} rejected` } },
    });
    await echo.start();
    const envs: NodeJS.ProcessEnv[] = [
      env,
      { [envName('github')]: echo.url, [envName('gitlab')]: echo.url },
      // Nothing listens there: a network error.
      { [envName('github')]: 'http://127.0.0.1:9', [envName('gitlab')]: 'http://127.0.0.1:9' },
    ];
    try {
      for (const e of envs)
        for (const mode of ['live', 'invalid', 'rate-limited', 'slow', 'malformed'] as const) {
          for (const s of [github, gitlab, echo]) s.reset(mode);
          for (const format of ['text', 'json', 'sarif', 'github']) {
            const r = await runCli(['scan', '.', '--verify', '--verify-timeout', '0.3', '--format', format], {
              cwd: repo.dir,
              env: e,
            });
            for (const secret of SECRETS) {
              expect(r.stdout).not.toContain(secret);
              expect(r.stderr).not.toContain(secret);
            }
          }
          const inc = await runCli(['incident', '.', '--verify', '--verify-timeout', '0.3', '--markdown'], {
            cwd: repo.dir,
            env: e,
          });
          for (const secret of SECRETS) expect(inc.stdout + inc.stderr).not.toContain(secret);
        }
    } finally {
      await echo.stop();
    }
  });

  it("a repository's own files cannot redirect verification; a non-loopback redirect is refused", async () => {
    const attacker = new StandIn({ live: githubLive });
    await attacker.start();
    try {
      const evil = makeRepo();
      evil.commit('evil', {
        '.mcp.json': JSON.stringify({ mcpServers: { gh: { command: 'x', env: { GITHUB_TOKEN: pat } } } }),
        '.mcp-leak-guard.json': JSON.stringify({
          mcp: { verifyBaseUrl: attacker.url, github: { baseUrl: attacker.url } },
        }),
        '.env': `${envName('github')}=${attacker.url}\n`,
      });
      github.reset('live');
      const r = await runCli(['scan', '.', '--verify', '--format', 'json'], { cwd: evil.dir, env });
      expect(attacker.requests).toHaveLength(0);
      expect(r.stderr).not.toContain(pat);
      // Whether the config is accepted or refused, verification went only where the environment said.
      expect(github.requests.length).toBeLessThanOrEqual(1);
      const far = await runCli(['scan', '.', '--verify'], {
        cwd: repo.dir,
        env: { [envName('github')]: 'https://example.com' },
      });
      expect(far.code).toBe(2);
      expect(far.stderr).toContain(`${envName('github')} may only point at a loopback address`);
      evil.cleanup();
    } finally {
      await attacker.stop();
    }
  });

  it('the bundle keeps verification out of its start-up file and loads it only for --verify', async () => {
    expect(readFileSync(CLI_BUNDLE, 'utf8')).not.toContain('/api/whoami-v2');
    expect(readFileSync(path.join(path.dirname(CLI_BUNDLE), 'verify.js'), 'utf8')).toContain('/api/whoami-v2');
    github.reset('live');
    // Asynchronous: the stand-in answers from this process while the bundle runs.
    const r = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        [CLI_BUNDLE, 'scan', '.', '--verify', '--format', 'json'],
        { cwd: repo.dir, env: { PATH: process.env['PATH'], ...env } },
        (e, stdout) => resolve({ code: e ? Number(e.code) : 0, stdout }),
      ),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"status": "live"');
    expect(github.requests).toHaveLength(1);
  });

  it('the pre-commit path never verifies; --fail-on live needs --verify', async () => {
    const staged = await runCli(['scan', '--staged', '--verify'], { cwd: repo.dir, env });
    expect(staged.code).toBe(2);
    expect(staged.stderr).toContain('the pre-commit path never verifies');
    const live = await runCli(['scan', '.', '--fail-on', 'live'], { cwd: repo.dir, env });
    expect(live.code).toBe(2);
    expect(live.stderr).toContain('--fail-on live goes with --verify');
  });
});

describe('incident --revoke', () => {
  const repo = makeRepo();
  repo.commit('leaks', {
    'a.env': `GH=${pat}\nGL=${glpat}\nSLACK=${slackBot}\nMAPS=${mapsKey}\n`,
  });
  const github = new StandIn({ live: { status: 202, body: {} } });
  const gitlab = new StandIn({ live: { status: 204 } });
  const slack = new StandIn({ live: { status: 200, body: { ok: true, revoked: true } } });
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    await Promise.all([github.start(), gitlab.start(), slack.start()]);
    env = { [envName('github')]: github.url, [envName('gitlab')]: gitlab.url, [envName('slack')]: slack.url };
  });
  afterAll(() => Promise.all([github.stop(), gitlab.stop(), slack.stop()]));

  it('without --yes and without a terminal it refuses, and revokes nothing', async () => {
    const r = await runCli(['incident', '.', '--revoke'], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('add --yes');
    expect(github.requests.length + gitlab.requests.length + slack.requests.length).toBe(0);
  });

  it('revokes at GitHub (unauthenticated batch), GitLab (self) and Slack (auth.revoke), and says so in the checklist', async () => {
    const r = await runCli(['incident', '.', '--revoke', '--yes', '--markdown'], { cwd: repo.dir, env });
    expect(r.code).toBe(0);
    expect(github.requests).toHaveLength(1);
    const g = github.requests[0]!;
    expect([g.method, g.path]).toEqual(['POST', '/credentials/revoke']);
    expect(g.headers['authorization']).toBeUndefined();
    expect(JSON.parse(g.body)).toEqual({ credentials: [pat] });
    expect([
      gitlab.requests[0]!.method,
      gitlab.requests[0]!.path,
      gitlab.requests[0]!.headers['private-token'],
    ]).toEqual(['DELETE', '/api/v4/personal_access_tokens/self', glpat]);
    expect([slack.requests[0]!.method, slack.requests[0]!.path, slack.requests[0]!.headers['authorization']]).toEqual([
      'POST',
      '/api/auth.revoke',
      `Bearer ${slackBot}`,
    ]);
    expect(r.stdout).toMatch(/## GitHub[\s\S]*- \[x\] Revoked here: ghp_/);
    expect(r.stdout).toMatch(/## GitHub[\s\S]*- \[x\] Revoke now:/);
    expect(r.stdout).toMatch(/## GitLab[\s\S]*- \[x\] Revoked here: glpat-/);
    expect(r.stdout).toMatch(/## Slack[\s\S]*- \[x\] Revoked here: xoxb-/);
    expect(r.stdout).toMatch(/## Google[\s\S]*- \[ \] Not revocable here: AIza\S+ \(revoke it by hand at https:\/\//);
    expect(r.stderr).toContain('revocation: 3 revoked, 0 refused, 1 not revocable here');
    for (const s of SECRETS) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it('a refusal is reported as refused, not revoked', async () => {
    github.reset('invalid');
    gitlab.reset('invalid');
    slack.reset('rate-limited');
    const r = await runCli(['incident', '.', '--revoke', '--yes'], { cwd: repo.dir, env });
    expect(r.stdout).toMatch(/\[ \] Revocation refused: ghp_\S+ \(GitHub refused it \(HTTP 401\)\)/);
    expect(r.stdout).toMatch(/\[ \] Revocation refused: glpat-\S+ \(GitLab rejected the token/);
    expect(r.stdout).toMatch(
      /\[ \] Revocation refused: xoxb-\S+ \(rate limited by the provider \(retry after 30 s\)\)/,
    );
    expect(r.stderr).toContain('revocation: 0 revoked, 3 refused, 1 not revocable here');
  });

  it('--revoke needs the values, so not --report', async () => {
    const report = path.join(tempDir('mlg-revoke-'), 'r.json');
    writeFileSync(report, JSON.stringify({ findings: [] }));
    const r = await runCli(['incident', '--report', report, '--revoke', '--yes'], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
  });
});
