/** Runs the CLI in-process with captured streams, or the built bundle as a real process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUNDLE = path.join(ROOT, 'dist/cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export async function runCli(
  args: string[],
  opts: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  const out = collect();
  const err = collect();
  const code = await main(args, {
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from([Buffer.from(opts.stdin ?? '')]),
    cwd: opts.cwd,
    env: opts.env ?? {},
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** The real bundle in a child process (what users and the hook run). */
export function runBundle(args: string[], opts: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv }): CliRun {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: opts.cwd,
    input: opts.stdin ?? '',
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
