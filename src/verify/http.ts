/**
 * The one door to the network for verification and revocation. Each provider's origin is fixed in
 * its module; only an environment variable naming a loopback address can redirect it (the tests'
 * stand-in servers). Nothing a scanned repository holds, its config included, reaches this choice.
 * Error texts are built here from status codes and error codes only, never from a URL or a body,
 * so no credential (Telegram puts it in the path) can leak through them.
 */
import type { Http, HttpAnswer, HttpRequest } from './types.js';

export const BASE_URL_ENV_PREFIX = 'MCP_LEAK_GUARD_VERIFY_BASE_URL_';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
/** A provider's identity answer is small; a huge one is not read whole. */
const MAX_BODY = 1 << 20;

/** A call that produced no usable answer: the caller turns it into `unknown` or `error`. */
export class HttpFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'network' | 'rate-limited',
    message: string,
    /** For `rate-limited`: seconds the provider asked to wait, when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }
}

/** A redirect variable that points anywhere but loopback: refused before any request is sent. */
export class VerifyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyConfigError';
  }
}

export function envName(provider: string): string {
  return BASE_URL_ENV_PREFIX + provider.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** The provider's fixed origin, or its loopback stand-in from the environment. */
export function baseUrlFor(provider: string, fixed: string, env: NodeJS.ProcessEnv): string {
  const name = envName(provider);
  const override = env[name];
  if (override === undefined || override === '') return fixed;
  let url: URL;
  try {
    url = new URL(override);
  } catch {
    throw new VerifyConfigError(`${name} is not a URL`);
  }
  if (!/^https?:$/.test(url.protocol) || !LOOPBACK.has(url.hostname))
    throw new VerifyConfigError(`${name} may only point at a loopback address (127.0.0.1, localhost, [::1])`);
  return override.replace(/\/+$/, '');
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Node 20's fetch ignores HTTPS_PROXY and NO_PROXY; undici's EnvHttpProxyAgent honours them. It is
 * loaded only when a proxy variable is set, so a plain `--verify` run stays light.
 */
export async function fetchFor(env: NodeJS.ProcessEnv): Promise<Fetch> {
  const httpsProxy = env['HTTPS_PROXY'] ?? env['https_proxy'];
  const httpProxy = env['HTTP_PROXY'] ?? env['http_proxy'];
  if (!httpsProxy && !httpProxy) return (url, init) => fetch(url, init);
  const undici = await import('undici');
  const noProxy = env['NO_PROXY'] ?? env['no_proxy'];
  const agent = new undici.EnvHttpProxyAgent({
    ...(httpProxy ? { httpProxy } : {}),
    ...(httpsProxy ? { httpsProxy } : {}),
    ...(noProxy ? { noProxy } : {}),
  });
  return (url, init) =>
    undici.fetch(url, { ...(init as object), dispatcher: agent } as Parameters<
      typeof undici.fetch
    >[1]) as unknown as Promise<Response>;
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const raw = headers.get('retry-after') ?? headers.get('x-ratelimit-reset-after');
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw.trim())) return Math.ceil(Number(raw));
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function isRateLimited(status: number, headers: Headers): boolean {
  // GitHub answers an exhausted quota with 403 and x-ratelimit-remaining: 0.
  return status === 429 || (status === 403 && headers.get('x-ratelimit-remaining') === '0');
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text.length > MAX_BODY || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface HttpOptions {
  base: string;
  fetch: Fetch;
  /** Milliseconds this call may take (the per-call timeout, or what is left of the budget). */
  timeoutMs: () => number;
}

export function httpClient(opts: HttpOptions): Http {
  return async (req: HttpRequest): Promise<HttpAnswer> => {
    const ms = opts.timeoutMs();
    if (ms <= 0) throw new HttpFailure('timeout', 'no time left in the verification budget');
    let res: Response;
    let body: unknown;
    try {
      res = await opts.fetch(opts.base + req.path, {
        method: req.method ?? 'GET',
        headers: { 'user-agent': 'mcp-leak-guard', accept: 'application/json', ...req.headers },
        ...(req.body !== undefined ? { body: req.body } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(ms),
      });
      body = await readBody(res);
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      if (err.name === 'TimeoutError' || err.name === 'AbortError')
        throw new HttpFailure('timeout', `no answer within ${Math.round(ms / 100) / 10} s`);
      throw new HttpFailure('network', `could not reach the provider (${err.cause?.code ?? err.name})`);
    }
    if (isRateLimited(res.status, res.headers)) {
      const wait = retryAfterSeconds(res.headers);
      throw new HttpFailure(
        'rate-limited',
        `rate limited by the provider${wait !== undefined ? ` (retry after ${wait} s)` : ''}`,
        wait,
      );
    }
    return { status: res.status, headers: res.headers, body };
  };
}
