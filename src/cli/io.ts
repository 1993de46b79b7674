/** The process surface a command uses, injectable so commands run in-process in tests. */
import { parseArgs } from 'node:util';
import { InputError } from '../runtime/config-file.js';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

let streamsGuarded = false;

export function processIO(): CliIO {
  if (!streamsGuarded) {
    // A closed pipe or a full disk on stdout/stderr must not end the process with a stack trace:
    // writes that matter (the report) go through `writeText`, which turns the failure into exit 2.
    streamsGuarded = true;
    process.stdout.on('error', () => undefined);
    process.stderr.on('error', () => undefined);
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Opening stdin costs milliseconds at every start; only `--stdin` reads it.
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
}

/** The report could not be written (a closed pipe, a full disk): exit 2 with one line. */
export class OutputError extends InputError {}

/** Writes `text` to `stream` and waits until it is handed to the system, failing as OutputError. */
export function writeText(stream: NodeJS.WritableStream, text: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (e: unknown): void => {
      const err = e as NodeJS.ErrnoException;
      reject(new OutputError(`cannot write ${what}: ${err?.code ?? err?.message ?? String(e)}`));
    };
    // `once`: the stream reports a failed write both to the callback and as an 'error' event.
    stream.once('error', fail);
    try {
      stream.write(text, (e?: Error | null) => {
        if (e) return fail(e);
        stream.off('error', fail);
        resolve();
      });
    } catch (e) {
      fail(e);
    }
  });
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
