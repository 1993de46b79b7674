/** `mcp-leak-guard merge DIR...`: per-repository reports of `org scan` into one organisation report. */
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FailOn } from '../../core/findings.js';
import { renderOrgHtml } from '../../org/html.js';
import { mergeReports, readReports, type LoadedReport } from '../../org/merge.js';
import { renderOrgJson, renderOrgMarkdown, renderOrgText } from '../../org/render.js';
import { sarifPath } from '../../org/scan-repo.js';
import { UsageError, type CliIO } from '../io.js';
import { writeReport } from '../render.js';

export const MERGE_USAGE = `Usage: mcp-leak-guard merge DIR... [options]

Merges the per-repository reports that \`org scan\` wrote (any number of folders, searched
recursively: one per matrix job is fine) into one report. A secret found in several repositories
is one entry with every location, so one revocation covers it.

  -f, --format FMT        text | markdown | json | html (default text); html is one
                          self-contained page that opens from disk
  -o, --output FILE       write the report to FILE instead of stdout
      --sarif-dir DIR     also collect each repository's SARIF report into DIR
      --fail-on LEVEL     error | warning | never (default error)

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error, unreadable input or a
repository whose scan failed.
`;

const FORMATS = ['text', 'markdown', 'json', 'html'] as const;

export async function mergeCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'sarif-dir': { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(MERGE_USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError('name at least one folder of repository reports');
  const format = (v.format ?? 'text') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${v.format}"`);
  const failOn = (v['fail-on'] ?? 'error') as FailOn;
  if (!['error', 'warning', 'never'].includes(failOn))
    throw new UsageError(`--fail-on must be error, warning or never, got "${failOn}"`);
  const dirs = parsed.positionals.map((d) => path.resolve(io.cwd, d));
  const loaded = await readReports(dirs);
  const report = mergeReports(loaded.map((l) => l.report));
  const render = { text: renderOrgText, markdown: renderOrgMarkdown, json: renderOrgJson, html: renderOrgHtml }[format];
  await writeReport(render(report), v.output === undefined ? undefined : path.resolve(io.cwd, v.output), io);
  if (v['sarif-dir']) await collectSarif(loaded, path.resolve(io.cwd, v['sarif-dir']));
  if (report.stats.failed) return 2;
  if (failOn === 'never') return 0;
  return report.findings.some((f) => failOn === 'warning' || f.severity === 'error') ? 1 : 0;
}

/** Each repository's SARIF report (written beside its JSON report), copied under one folder. */
async function collectSarif(loaded: readonly LoadedReport[], into: string): Promise<void> {
  await mkdir(into, { recursive: true });
  for (const { file } of loaded) {
    const sarif = sarifPath(file);
    if (existsSync(sarif)) await copyFile(sarif, path.join(into, path.basename(sarif)));
  }
}
