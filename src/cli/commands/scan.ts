/** `mcp-leak-guard scan`: pick the source, scan it, report, and exit per the contract. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { exitCodeFor } from '../../core/findings.js';
import { loadConfig } from '../../runtime/config-file.js';
import { progressReporter } from '../../runtime/progress.js';
import type { ScanResult } from '../../core/result.js';
import { runScan } from '../../runtime/run-scan.js';
import { repoRoot } from '../../sources/git.js';
import { openSource } from '../../sources/index.js';
import { visible } from '../../report/escape.js';
import { renderHookGuidance } from '../../report/hook-text.js';
import type { CliIO } from '../io.js';
import { render, useColor, writeReport } from '../render.js';
import { parseScanArgs, type ScanSettings } from '../scan-options.js';
import { VERIFY_USAGE, verifyIfAsked } from '../verify.js';

export const SCAN_USAGE = `Usage: mcp-leak-guard scan [PATH] [options]

Sources (one):
  PATH                    working tree under PATH (default .)
  --staged                the staged (index) content, for pre-commit
  --diff BASE..HEAD       lines added by the commits in that range (also BASE...HEAD)
  --history [--all]       every commit reachable from HEAD (--all: from every ref)
  --stdin [--path P]      text from standard input, reported as path P

Options:
  -f, --format FMT        text | json | sarif | github (default text)
  -o, --output FILE       write the report to FILE instead of stdout
  -c, --config FILE       config file (default .mcp-leak-guard.json|.yml at the repository root)
  -b, --baseline FILE     do not report findings listed in this baseline
      --fail-on LEVEL     error | warning | never | live (default error)
      --allow-shallow     scan a shallow clone's visible commits instead of failing
${VERIFY_USAGE}
Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or scan failure.
`;

/** Runs a scan from parsed settings; shared by `scan` and `baseline`. */
export async function scanWithSettings(
  settings: ScanSettings,
  io: CliIO,
  fingerprintSalt?: string,
): Promise<ScanResult> {
  const start = settings.source.kind === 'worktree' ? settings.source.target : settings.cwd;
  const isDir = statSync(start, { throwIfNoEntry: false })?.isDirectory() ?? true;
  const root = (await repoRoot(isDir ? start : path.dirname(start))) ?? settings.cwd;
  const config = await loadConfig(root, settings.config);
  const onProgress =
    settings.source.kind === 'history' || settings.source.kind === 'diff' ? progressReporter(io.stderr) : undefined;
  const source = await openSource(settings.source, {
    cwd: settings.cwd,
    stdin: io.stdin,
    allowShallow: settings.allowShallow,
    ...(onProgress ? { onProgress } : {}),
  });
  return runScan(source, {
    config,
    configLocation: { root, ...(settings.config ? { explicit: settings.config } : {}) },
    ...(settings.baseline ? { baselinePath: settings.baseline } : {}),
    ...(fingerprintSalt !== undefined ? { fingerprintSalt } : {}),
  });
}

export async function scanCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const settings = parseScanArgs(argv, io.cwd);
  if (settings.help) {
    io.stdout.write(SCAN_USAGE);
    return 0;
  }
  const result = await scanWithSettings(settings, io);
  await verifyIfAsked(result, settings.verify, io);
  const report = render(result, settings.format, useColor(io, settings.output));
  await writeReport(report, settings.output, io);
  for (const e of result.errors)
    io.stderr.write(`mcp-leak-guard: could not scan ${visible(e.path)}: ${visible(e.message)}\n`);
  const code = exitCodeFor(result.findings, result.errors.length, settings.failOn);
  if (code === 1 && settings.source.kind === 'staged' && settings.format === 'text')
    io.stderr.write(renderHookGuidance(result));
  return code;
}
