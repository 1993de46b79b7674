/** Real git repositories in temp folders, driven by the real git binary. */
import { afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(rel: string, content: string | Buffer): void;
  commit(message: string, files?: Record<string, string>): string;
  cleanup(): void;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function tempDir(prefix = 'mlg-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function makeRepo(opts: { init?: boolean } = {}): TempRepo {
  const dir = tempDir('mlg-repo-');
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  if (opts.init !== false) git('init', '-q', '-b', 'main');
  const write = (rel: string, content: string | Buffer): void => {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  return {
    dir,
    git,
    write,
    commit(message, files = {}) {
      for (const [rel, content] of Object.entries(files)) write(rel, content);
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `makeRepo` for one test file: call it at the top level; its repositories go after the file. */
export function repoFactory(): (opts?: { init?: boolean }) => TempRepo {
  const made: TempRepo[] = [];
  afterAll(() => made.forEach((r) => r.cleanup()));
  return (opts) => {
    const r = makeRepo(opts);
    made.push(r);
    return r;
  };
}
