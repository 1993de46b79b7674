/** `mcp-leak-guard incident`: a per-provider incident checklist from a report, or from a scan run now. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { publicFinding } from '../../core/findings.js';
import { resolveConfig } from '../../core/config.js';
import type { Finding } from '../../core/types.js';
import { incidentPlan, incidentsByProvider } from '../../incident/plan.js';
import { InputError } from '../../runtime/config-file.js';
import { createEngine } from '../../runtime/run-scan.js';
import { repoRoot } from '../../sources/git.js';
import { UsageError, type CliIO } from '../io.js';
import { writeReport } from '../render.js';
import { parseScanArgs } from '../scan-options.js';
import { scanWithSettings } from './scan.js';

export const INCIDENT_USAGE = `Usage: mcp-leak-guard incident [--report FILE] [--markdown] [-o FILE] [scan options]

One checklist per provider whose credentials leaked: revoke now (the provider's page), remove or
replace the server entry, change related passwords, check the provider's audit log, re-issue with
the narrowest scope. Reads a JSON report of "scan" or "audit" (--report), or runs "scan" with the
scan options given (default: the whole history in a git repository, a leak removed since still
needs revoking; the folder elsewhere). --markdown for pasting into a ticket.
`;

export async function incidentCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        report: { type: 'string', short: 'r' },
        markdown: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: false,
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values as { report?: string; markdown?: boolean; output?: string; help?: boolean };
  if (v.help) {
    io.stdout.write(INCIDENT_USAGE);
    return 0;
  }
  const { findings, scanned } = v.report
    ? { findings: await readReport(v.report), scanned: `the report ${v.report}` }
    : await scanNow(argv, io);
  const rules = createEngine(resolveConfig(undefined)).rules();
  await writeReport(incidentPlan(incidentsByProvider(findings, rules), Boolean(v.markdown), scanned), v.output, io);
  return 0;
}

async function readReport(file: string): Promise<Finding[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read report ${file}: ${e.code ?? e.message}`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`report ${file} is not JSON: write it with "scan --format json" or "audit --format json"`);
  }
  const findings = (data as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw new InputError(`report ${file} has no "findings" list`);
  return findings as Finding[];
}

/** The scan options left after the incident's own (`--report`, `--markdown`, `-o`). */
async function scanNow(argv: readonly string[], io: CliIO): Promise<{ findings: Finding[]; scanned: string }> {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--markdown') continue;
    if (a === '-o' || a === '--output') {
      i++;
      continue;
    }
    if (a.startsWith('--output=')) continue;
    rest.push(a);
  }
  let settings = parseScanArgs(rest, io.cwd);
  // No source given: in a repository, the history (what leaked, even if removed since).
  const defaulted = settings.source.kind === 'worktree' && settings.source.target === io.cwd && !rest.includes('.');
  if (defaulted && (await repoRoot(io.cwd))) settings = parseScanArgs([...rest, '--history'], io.cwd);
  const result = await scanWithSettings(settings, io);
  return { findings: result.findings.map(publicFinding), scanned: result.source };
}
