/**
 * Listing an organisation's repositories through the GitHub REST API: every page (the `Link`
 * header's `next`), and the rate limits honoured rather than failed on: a primary limit
 * (`x-ratelimit-remaining: 0`) waits for `x-ratelimit-reset`, a secondary one (403/429 with
 * `retry-after`, or without it) waits as told or backs off, up to a bound.
 */
import { InputError } from '../runtime/config-file.js';
import type { RepoRef } from './types.js';

export interface ListOptions {
  org: string;
  token?: string;
  /** `GITHUB_API_URL` on runners; https://api.github.com by default. */
  apiUrl: string;
  includeArchived: boolean;
  includeForks: boolean;
  /** Longest single wait for a rate limit, in seconds, before giving up. */
  maxWaitSeconds?: number;
  /** Told before each wait, so a terminal can say why the run paused. */
  onWait?: (seconds: number, why: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

interface ApiRepo {
  full_name: string;
  clone_url: string;
  size?: number;
  archived?: boolean;
  fork?: boolean;
}

export class GithubApiError extends InputError {}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function listOrgRepos(
  opts: ListOptions,
): Promise<{ repos: RepoRef[]; skipped: { archived: number; forks: number } }> {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(opts.org))
    throw new InputError(`--org: "${opts.org}" is not a GitHub organisation or user name`);
  const base = opts.apiUrl.replace(/\/+$/, '');
  let url: string | undefined = `${base}/orgs/${opts.org}/repos?type=all&per_page=100`;
  const all: ApiRepo[] = [];
  let triedUser = false;
  while (url) {
    const res = await getWithLimits(url, opts);
    if (res.status === 404 && !triedUser && all.length === 0) {
      // Not an organisation: a user account lists its repositories under /users.
      triedUser = true;
      url = `${base}/users/${opts.org}/repos?type=owner&per_page=100`;
      continue;
    }
    if (!res.ok)
      throw new GithubApiError(`GitHub API ${new URL(url).pathname}: HTTP ${res.status} ${await apiMessage(res)}`);
    const page = (await res.json()) as unknown;
    if (!Array.isArray(page))
      throw new GithubApiError(`GitHub API ${new URL(url).pathname}: expected a list of repositories`);
    all.push(...(page as ApiRepo[]));
    url = nextLink(res.headers.get('link'), base);
  }
  const skipped = { archived: 0, forks: 0 };
  const repos: RepoRef[] = [];
  for (const r of all) {
    if (r.archived && !opts.includeArchived) skipped.archived++;
    else if (r.fork && !opts.includeForks) skipped.forks++;
    else
      repos.push({
        name: r.full_name,
        url: r.clone_url,
        sizeKb: r.size ?? 0,
        archived: Boolean(r.archived),
        fork: Boolean(r.fork),
      });
  }
  repos.sort((a, b) => a.name.localeCompare(b.name));
  return { repos, skipped };
}

async function getWithLimits(url: string, opts: ListOptions): Promise<Response> {
  const sleep = opts.sleep ?? realSleep;
  const maxWait = opts.maxWaitSeconds ?? 900;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'mcp-leak-guard',
  };
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { headers });
    } catch (e) {
      throw new GithubApiError(`GitHub API ${new URL(url).pathname}: ${(e as Error).message}`);
    }
    const wait = await rateLimitWait(res, attempt);
    if (wait === undefined) return res;
    if (wait > maxWait || attempt >= 8)
      throw new GithubApiError(
        `GitHub API rate limit: would wait ${wait} s (limit ${maxWait} s) after ${attempt + 1} tries`,
      );
    opts.onWait?.(wait, res.status === 429 || res.headers.has('retry-after') ? 'secondary rate limit' : 'rate limit');
    await res.body?.cancel();
    await sleep(wait * 1000);
  }
}

/** Seconds to wait before retrying, or undefined when the answer is not a rate limit. */
export async function rateLimitWait(res: Response, attempt: number): Promise<number | undefined> {
  if (res.status !== 403 && res.status !== 429) return undefined;
  const retryAfter = res.headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter)) return Number(retryAfter);
  if (res.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset - Date.now() / 1000)) + 1;
  }
  // A 429, or a 403 whose message names a rate limit without saying how long: back off (60 s,
  // doubling). Any other 403 is a permission answer, not a limit.
  const named =
    res.status === 429 ||
    /rate limit/i.test(
      await res
        .clone()
        .text()
        .catch(() => ''),
    );
  return named ? 60 * 2 ** attempt : undefined;
}

/** The `next` page, only on the API's own origin (a page never sends the token elsewhere). */
export function nextLink(link: string | null, base: string): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m && new URL(m[1]!).origin === new URL(base).origin) return m[1];
  }
  return undefined;
}

async function apiMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { message?: unknown };
    return typeof body.message === 'string' ? `(${body.message.slice(0, 200)})` : '';
  } catch {
    return '';
  }
}
