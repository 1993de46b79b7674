/**
 * The run-level rules of verification: one call per distinct secret, bounded concurrency, the
 * total budget, and HTTPS_PROXY / NO_PROXY through a loopback proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { RawFinding, RuleInfo } from '../../src/core/types.js';
import { envName } from '../../src/verify/http.js';
import { verifyFindings } from '../../src/verify/run.js';
import { StandIn } from '../helpers/provider-server.js';
import { ALNUM, p, randomChars } from '../helpers/tokens/random.js';

const rules: RuleInfo[] = [
  { id: 'openai-api-key', title: 'OpenAI', category: 'secret', severity: 'error', provider: 'openai' },
];
const key = (seed: string): string => p('sk-', 'proj-', randomChars(ALNUM, 48, seed));
const finding = (secret: string, file = 'a'): RawFinding => ({
  ruleId: 'openai-api-key',
  category: 'secret',
  severity: 'error',
  message: 'm',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  fingerprint: `worktree:${file}:openai-api-key:x`,
  remediation: 'r',
  raw: secret,
});

describe('verification budget', () => {
  const server = new StandIn({ live: { status: 200, body: { data: [] } } }, 30_000);
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    await server.start();
    env = { [envName('openai')]: server.url };
  });
  afterAll(() => server.stop());

  it('one call per distinct secret, however many findings carry it', async () => {
    server.reset('live');
    const a = key('a');
    const findings = [finding(a, 'x'), finding(a, 'y'), finding(key('b'), 'z')];
    const stats = await verifyFindings(findings, rules, { env });
    expect(server.requests).toHaveLength(2);
    expect(findings.map((f) => f.verification!.status)).toEqual(['live', 'live', 'live']);
    expect(stats).toMatchObject({ checked: 2, live: 3 });
  });

  it('at most `concurrency` calls in flight; after the total budget the rest are unknown', async () => {
    server.reset('slow');
    const findings = Array.from({ length: 6 }, (_, i) => finding(key(`slow${i}`), `f${i}`));
    const started = Date.now();
    await verifyFindings(findings, rules, { env, concurrency: 2, timeoutMs: 5000, budgetMs: 800 });
    // The stand-in never answers in time: the two calls in flight are cut where the budget ends,
    // and the other four are never sent.
    expect(server.requests).toHaveLength(2);
    expect(findings.slice(0, 2).map((f) => f.verification!.reason)).toEqual([
      expect.stringMatching(/no answer within 0\.\d s/),
      expect.stringMatching(/no answer within 0\.\d s/),
    ]);
    for (const f of findings.slice(2))
      expect(f.verification).toEqual({
        status: 'unknown',
        reason: 'not checked: the verification budget (1 s) was used up',
      });
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe('HTTP(S)_PROXY and NO_PROXY', () => {
  const target = new StandIn({ live: { status: 200, body: { data: [] } } });
  let proxy: Server;
  let proxyUrl = '';
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    await target.start();
    // A minimal forward proxy: CONNECT tunnels and absolute-form requests, each recorded.
    proxy = createServer((req, res) => {
      tunnels.push(`GET ${req.url}`);
      const up = request(req.url!, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      req.pipe(up);
    });
    proxy.on('connect', (req, client: Socket, head) => {
      tunnels.push(`CONNECT ${req.url}`);
      const [host, port] = (req.url ?? '').split(':');
      const up = connect(Number(port), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(client);
        client.pipe(up);
      });
      sockets.add(up).add(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await target.stop();
  });

  it('goes through the proxy the environment names, and around it for NO_PROXY hosts', async () => {
    const base = { [envName('openai')]: target.url };
    const via = [finding(key('proxy'))];
    await verifyFindings(via, rules, { env: { ...base, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl } });
    expect(via[0]!.verification!.status).toBe('live');
    expect(tunnels.length).toBeGreaterThan(0);
    expect(tunnels[0]).toContain(new URL(target.url).port);
    tunnels.length = 0;
    const direct = [finding(key('direct'))];
    await verifyFindings(direct, rules, {
      env: { ...base, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' },
    });
    expect(direct[0]!.verification!.status).toBe('live');
    expect(tunnels).toEqual([]);
  });
});
