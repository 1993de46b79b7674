/** Opens the source a scan asked for. The CLI, the hook and the Action all come through here. */
import { logSource } from './log.js';
import { stagedSource } from './staged.js';
import { stdinSource } from './stdin.js';
import type { ScanSource } from './types.js';
import { worktreeSource } from './worktree.js';

/** The source a scan asked for (the CLI's flags and the Action's event both come down to one). */
export type SourceChoice =
  | { kind: 'worktree'; target: string }
  | { kind: 'stdin'; path: string }
  | { kind: 'staged' }
  | { kind: 'diff'; range: string }
  | { kind: 'history'; all: boolean };

export interface OpenOptions {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  allowShallow: boolean;
  onProgress?: (done: number, total: number) => void;
}

const progress = (opts: OpenOptions) => (opts.onProgress ? { onProgress: opts.onProgress } : {});

export async function openSource(choice: SourceChoice, opts: OpenOptions): Promise<ScanSource> {
  switch (choice.kind) {
    case 'worktree':
      return worktreeSource({ target: choice.target });
    case 'stdin':
      return stdinSource(opts.stdin, choice.path);
    case 'staged':
      return stagedSource(opts.cwd);
    case 'diff':
      return logSource({ cwd: opts.cwd, range: choice.range, allowShallow: opts.allowShallow, ...progress(opts) });
    case 'history':
      return logSource({ cwd: opts.cwd, all: choice.all, allowShallow: opts.allowShallow, ...progress(opts) });
  }
}
