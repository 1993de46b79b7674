/** `mcp-leak-guard incident`: a per-provider incident checklist from a report, or from a scan run now. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { publicFinding } from '../../core/findings.js';
import { resolveConfig } from '../../core/config.js';
import type { Finding } from '../../core/types.js';
import { incidentPlan, incidentsByProvider } from '../../incident/plan.js';
import { InputError } from '../../runtime/config-file.js';
import { createEngine } from '../../runtime/run-scan.js';
import { UsageError, type CliIO } from '../io.js';
import { writeReport } from '../render.js';
import { parseScanArgs } from '../scan-options.js';
import { scanWithSettings } from './scan.js';

export const INCIDENT_USAGE = `Usage: mcp-leak-guard incident [--report FILE] [--markdown] [-o FILE] [scan options]

One checklist per provider whose credentials leaked: revoke now (the provider's page), remove or
replace the server entry, change related passwords, check the provider's audit log, re-issue with
the narrowest scope. Reads a JSON report of "scan" or "audit" (--report), or runs "scan" with the
scan options given (default: the working tree). --markdown for pasting into a ticket.

Exit codes: 0 checklist written; 2 usage error, or the scan (or the report) could not cover
everything: the checklist is then printed but partial.
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
  const { findings, errors } = v.report ? await readReport(v.report) : await scanNow(argv, io);
  const rules = createEngine(resolveConfig(undefined)).rules();
  await writeReport(incidentPlan(incidentsByProvider(findings, rules), Boolean(v.markdown)), v.output, io);
  // A scan that could not finish may have missed a leaked credential: the checklist is partial.
  for (const e of errors) io.stderr.write(`mcp-leak-guard: could not scan ${e.path}: ${e.message}\n`);
  if (errors.length > 0) {
    io.stderr.write(`mcp-leak-guard: the checklist is incomplete: ${errors.length} input(s) could not be scanned\n`);
    return 2;
  }
  return 0;
}

interface ScanOutcome {
  findings: Finding[];
  errors: { path: string; message: string }[];
}

async function readReport(file: string): Promise<ScanOutcome> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read report ${file}: ${e.code ?? e.message}`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`report ${file} is not JSON: write it with "scan --format json" or "audit --format json"`);
  }
  const { findings, errors } = data as { findings?: unknown; errors?: unknown };
  if (!Array.isArray(findings)) throw new InputError(`report ${file} has no "findings" list`);
  if (errors !== undefined && !Array.isArray(errors)) throw new InputError(`report ${file}: "errors" is not a list`);
  return {
    findings: findings as Finding[],
    errors: ((errors ?? []) as unknown[]).map((e) => {
      const r = (e ?? {}) as { path?: unknown; message?: unknown };
      return {
        path: typeof r.path === 'string' ? r.path : file,
        message: typeof r.message === 'string' ? r.message : 'the scan that wrote this report failed',
      };
    }),
  };
}

/** The scan options left after the incident's own (`--report`, `--markdown`, `-o`). */
async function scanNow(argv: readonly string[], io: CliIO): Promise<ScanOutcome> {
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
  const result = await scanWithSettings(parseScanArgs(rest, io.cwd), io);
  return { findings: result.findings.map(publicFinding), errors: result.errors };
}
