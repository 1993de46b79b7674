/** `mcp-leak-guard scan`: pick the source, scan it, report, and exit per the contract. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { exitCodeFor } from '../../core/findings.js';
import { defaultBaselinePath, InputError, loadConfig } from '../../runtime/config-file.js';
import { progressReporter } from '../../runtime/progress.js';
import type { ScanResult } from '../../core/result.js';
import { runScan } from '../../runtime/run-scan.js';
import { repoRoot } from '../../sources/git.js';
import { openSource } from '../../sources/index.js';
import type { ScanSource } from '../../sources/types.js';
import { visible } from '../../report/escape.js';
import { renderHookGuidance } from '../../report/hook-text.js';
import { summaryLine } from '../../report/text.js';
import type { CliIO } from '../io.js';
import { preCommitSource } from '../pre-commit-files.js';
import { render, useColor, writeReport } from '../render.js';
import { parseScanArgs, type ScanSettings } from '../scan-options.js';
import { VERIFY_USAGE, verifyIfAsked } from '../verify.js';

export const SCAN_USAGE = `Usage: mcp-leak-guard scan [PATH] [options]

Sources (one):
  PATH                    working tree under PATH (default .)
  --staged                the staged (index) content, for pre-commit
  --diff BASE..HEAD       lines added by the commits in that range (also BASE...HEAD; REV means REV..HEAD)
  --history [--all]       every commit reachable from HEAD (--all: from every ref)
  --stdin [--path P]      text from standard input, reported as path P
  --pre-commit [FILE...]  for the pre-commit framework: the staged changes, or with
                          \`pre-commit run --all-files\` / \`--files\` the named files whole

Options:
  -f, --format FMT        text | json | sarif | github (default text)
  -o, --output FILE       write the report to FILE (folders are created); the summary still goes to stderr
  -c, --config FILE       config file (default .mcp-leak-guard.json|.yml at the repository root)
  -b, --baseline FILE     do not report findings listed in this baseline
                          (default: the config's "baseline", else .mcp-leak-guard-baseline.json at the root)
      --fail-on LEVEL     error | warning | never | live (default error)
      --allow-shallow     scan a shallow clone's visible commits instead of failing (and say what is missing)
  -q, --quiet             text: only the findings that fail the scan, no summary
      --verbose           text: every field of each finding, and every skipped file with the reason
      --no-color          no colours (NO_COLOR=1 does the same)
${VERIFY_USAGE}
Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or scan failure.
`;

/**
 * Runs a scan from parsed settings; shared by `scan`, `baseline` and `incident`. `applyBaseline`
 * is false for `baseline`, which records every current finding.
 */
export async function scanWithSettings(
  settings: ScanSettings,
  io: CliIO,
  fingerprintSalt?: string,
  applyBaseline = true,
): Promise<ScanResult> {
  const kind = settings.source.kind;
  if (kind === 'worktree' && !statSync(settings.source.target, { throwIfNoEntry: false }))
    throw new InputError(`cannot scan ${path.relative(io.cwd, settings.source.target) || '.'}: no such file or folder`);
  const start = kind === 'worktree' ? settings.source.target : settings.cwd;
  const isDir = statSync(start, { throwIfNoEntry: false })?.isDirectory() ?? true;
  const found = await repoRoot(isDir ? start : path.dirname(start));
  if (!found && (kind === 'staged' || kind === 'diff' || kind === 'history'))
    throw new InputError(
      `${settings.hookFiles ? '--pre-commit' : kind === 'staged' ? '--staged' : `--${kind}`} needs a git repository, and ${settings.cwd} is not inside one`,
    );
  const root = found ?? settings.cwd;
  const config = await loadConfig(root, settings.config);
  const baselinePath = applyBaseline ? defaultBaselinePath(root, settings.baseline, config) : undefined;
  const onProgress = kind === 'history' || kind === 'diff' ? progressReporter(io.stderr) : undefined;
  const source: ScanSource = settings.hookFiles
    ? await preCommitSource(root, settings.hookFiles)
    : await openSource(settings.source, {
        cwd: settings.cwd,
        stdin: io.stdin,
        allowShallow: settings.allowShallow,
        ...(onProgress ? { onProgress } : {}),
      });
  return runScan(source, {
    config,
    configLocation: { root, ...(settings.config ? { explicit: settings.config } : {}) },
    ...(baselinePath ? { baselinePath } : {}),
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
  const color = settings.color && useColor(io, settings.output);
  const report = render(result, settings.format, color, { verbosity: settings.verbosity, failOn: settings.failOn });
  await writeReport(report, settings.output, io);
  for (const e of result.errors)
    io.stderr.write(`mcp-leak-guard: could not scan ${visible(e.path)}: ${visible(e.message)}\n`);
  if (result.incomplete) io.stderr.write(`mcp-leak-guard: warning: ${result.incomplete}\n`);
  if (settings.output !== undefined && settings.verbosity !== 'quiet')
    io.stderr.write(`mcp-leak-guard: ${summaryLine(result)}; report written to ${settings.output}\n`);
  const code = exitCodeFor(result.findings, result.errors.length, settings.failOn);
  if (code === 1 && settings.source.kind === 'staged' && settings.format === 'text' && settings.verbosity !== 'quiet')
    io.stderr.write(
      renderHookGuidance(result, {
        failOn: settings.failOn,
        asHook: Boolean(io.env['MCP_LEAK_GUARD_HOOK'] || io.env['PRE_COMMIT']),
      }),
    );
  return code;
}
