/**
 * `util.parseArgs` for every command, with its errors turned into usage errors that name the
 * option and suggest the nearest known one (`--formt`: did you mean "--format"?).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../core/did-you-mean.js';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(argv: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(argsErrorMessage(e as Error & { code?: string }, options));
  }
}

function argsErrorMessage(e: Error & { code?: string }, options: Options): string {
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const m = /option '([^']+)'/.exec(e.message);
    const name = m?.[1] ?? '';
    const known = Object.keys(options).map((k) => `--${k}`);
    return `unknown option ${name}${didYouMean(name.split('=')[0]!, known)}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const m = /argument '([^']+)'/.exec(e.message);
    return `unexpected argument ${m?.[1] ?? ''}`.trim();
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "Option '-o, --output <value>' argument missing" and the like: keep node's wording.
    return e.message.replace(/^Option /, 'option ');
  }
  return e.message;
}
