/** Picks the reporter for a format and writes the report where the user asked. */
import { writeFile } from 'node:fs/promises';
import { renderGithub } from '../report/github.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import type { ScanResult } from '../core/result.js';
import { InputError } from '../runtime/config-file.js';
import { VERSION } from '../core/version.js';
import { writeText, type CliIO } from './io.js';
import type { Format } from './scan-options.js';

export function render(result: ScanResult, format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result, VERSION);
    case 'github':
      return renderGithub(result);
    case 'text':
      return renderText(result, { color });
  }
}

export async function writeReport(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) return writeText(io.stdout, text, 'the report to standard output');
  try {
    await writeFile(output, text);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(`cannot write report to ${output}: ${err.code ?? err.message}`);
  }
}

export function useColor(io: CliIO, output: string | undefined): boolean {
  return output === undefined && Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
}
