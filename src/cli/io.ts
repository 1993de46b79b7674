/** The process surface a command uses, injectable so commands run in-process in tests. */
import { parseArgs } from 'node:util';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/** A mistake in how the command was called: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type ListFormat = 'text' | 'markdown' | 'json';

/**
 * The arguments of the listing commands (`rules`, `clients`): `--format` and `--help`. Returns
 * undefined after printing `usage` for `--help`.
 */
export function parseListArgs(argv: readonly string[], usage: string, io: CliIO): ListFormat | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    io.stdout.write(usage);
    return undefined;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    throw new UsageError('--format must be text, markdown or json');
  }
  return format;
}
