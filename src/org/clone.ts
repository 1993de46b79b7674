/**
 * Bare clones of the repositories an organisation scan reads, kept between runs (a rerun fetches
 * instead of cloning again), and the digest of a repository's heads that decides whether a rerun
 * may skip it. A token reaches git only for the GitHub server's own URLs, through environment
 * variables, scoped to that server.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gitWithEnv } from '../sources/git.js';
import type { RepoRef } from './types.js';

export interface GitAuth {
  token?: string;
  /** e.g. https://github.com: the token is sent to URLs under it and nowhere else. */
  serverUrl: string;
}

export function authEnv(url: string, auth: GitAuth): Record<string, string> {
  const server = auth.serverUrl.replace(/\/+$/, '');
  if (!auth.token || !url.startsWith(`${server}/`)) return {};
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/** A file-system-safe stem for a repository name (`owner/name` -> `owner__name`), unique per name. */
export function stemOf(name: string): string {
  const plain = name.replace(/\//g, '__');
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(plain)) return plain;
  const tag = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${plain.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[._-]+/, '')}-${tag}`;
}

/** sha256 over the sorted `sha ref` lines of the branches and tags: equal digests, same history. */
export async function headsDigest(repo: RepoRef, auth: GitAuth, cwd: string): Promise<string> {
  const out = await gitWithEnv(cwd, ['ls-remote', '--heads', '--tags', '--', repo.url], authEnv(repo.url, auth));
  const lines = out.split('\n').filter(Boolean).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32);
}

/** Clones `repo` bare into `clonesDir` or brings an existing clone up to date; returns the git dir. */
export async function bareClone(repo: RepoRef, clonesDir: string, auth: GitAuth): Promise<string> {
  await mkdir(clonesDir, { recursive: true });
  const dir = path.join(clonesDir, `${stemOf(repo.name)}.git`);
  const env = authEnv(repo.url, auth);
  if (existsSync(path.join(dir, 'HEAD'))) {
    await gitWithEnv(
      dir,
      [
        'fetch',
        '--quiet',
        '--prune',
        '--force',
        '--',
        repo.url,
        '+refs/heads/*:refs/heads/*',
        '+refs/tags/*:refs/tags/*',
      ],
      env,
    );
  } else {
    await gitWithEnv(clonesDir, ['clone', '--quiet', '--bare', '--', repo.url, dir], env);
  }
  return dir;
}
