/**
 * A loopback stand-in for a provider's API: answers every request per its current mode (live,
 * invalid, rate limited, slow, malformed) and records what it received, so tests check both what
 * verification concludes and exactly what was sent where. Never binds anything but 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Mode = 'live' | 'invalid' | 'rate-limited' | 'slow' | 'malformed';

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string. */
  body?: unknown;
}

export interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export class StandIn {
  mode: Mode = 'live';
  requests: Received[] = [];
  url = '';
  private server: Server | undefined;
  private sockets = new Set<import('node:net').Socket>();

  constructor(
    private readonly answers: { live: Answer; invalid?: Answer },
    private readonly slowMs = 2000,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
        this.answer(res);
      });
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  private answer(res: ServerResponse): void {
    const send = (a: Answer): void => {
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? {}));
    };
    switch (this.mode) {
      case 'live':
        return send(this.answers.live);
      case 'invalid':
        return send(this.answers.invalid ?? { status: 401, body: { message: 'Bad credentials' } });
      case 'rate-limited':
        return send({ status: 429, headers: { 'retry-after': '30' }, body: { message: 'slow down' } });
      case 'slow': {
        const t = setTimeout(() => send(this.answers.live), this.slowMs);
        res.on('close', () => clearTimeout(t));
        return;
      }
      case 'malformed':
        return send({
          status: 200,
          headers: { 'content-type': 'text/html' },
          body: '<html>not what the docs say</html>',
        });
    }
  }

  reset(mode: Mode): void {
    this.mode = mode;
    this.requests = [];
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
