/** Opens the source a scan asked for. The CLI, the hook and the Action all come through here. */
import type { SourceChoice } from '../cli/scan-options.js';
import { stdinSource } from './stdin.js';
import type { ScanSource } from './types.js';
import { worktreeSource } from './worktree.js';

export interface OpenOptions {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  allowShallow: boolean;
}

export async function openSource(choice: SourceChoice, opts: OpenOptions): Promise<ScanSource> {
  switch (choice.kind) {
    case 'worktree':
      return worktreeSource({ target: choice.target });
    case 'stdin':
      return stdinSource(opts.stdin, choice.path);
    case 'staged':
    case 'diff':
    case 'history':
      throw new Error(`--${choice.kind} scans are not available in this build`);
  }
}
