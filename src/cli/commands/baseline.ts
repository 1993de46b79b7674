/** `mcp-leak-guard baseline`: scan as `scan` would and write the findings' fingerprints. */
import { readFile } from 'node:fs/promises';
import { parseBaseline, serializeBaseline } from '../../core/baseline.js';
import { newSalt } from '../../core/fingerprint.js';
import { publicFinding } from '../../core/findings.js';
import type { CliIO } from '../io.js';
import { UsageError } from '../io.js';
import { writeReport } from '../render.js';
import { visible } from '../../report/escape.js';
import { parseScanArgs } from '../scan-options.js';
import { scanWithSettings } from './scan.js';

export const BASELINE_USAGE = `Usage: mcp-leak-guard baseline [scan options] [-o FILE]

Scans like \`scan\` and writes the current findings' fingerprints as a baseline (JSON, no secret
values, hashes keyed with a random salt kept in the file: safe to commit). Later scans given --baseline FILE do not report them.
Default output: stdout. Example: mcp-leak-guard baseline -o .mcp-leak-guard-baseline.json
`;

export async function baselineCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const settings = parseScanArgs(argv, io.cwd);
  if (settings.help) {
    io.stdout.write(BASELINE_USAGE);
    return 0;
  }
  if (settings.format !== 'text') throw new UsageError('baseline always writes JSON; drop --format');
  const salt = (await existingSalt(settings.output)) ?? newSalt();
  const result = await scanWithSettings(settings, io, salt);
  if (result.errors.length > 0) {
    for (const e of result.errors)
      io.stderr.write(`mcp-leak-guard: could not scan ${visible(e.path)}: ${visible(e.message)}\n`);
    io.stderr.write('mcp-leak-guard: baseline not written: the scan did not finish\n');
    return 2;
  }
  await writeReport(serializeBaseline(result.findings.map(publicFinding), salt), settings.output, io);
  io.stderr.write(`mcp-leak-guard: baseline holds ${result.findings.length} finding(s)\n`);
  return 0;
}

/** Rewriting a baseline keeps its salt, so unchanged findings keep their fingerprints. */
async function existingSalt(file: string | undefined): Promise<string | undefined> {
  const text = file ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
  if (text === undefined) return undefined;
  try {
    return parseBaseline(text, file!).salt;
  } catch {
    return undefined;
  }
}
