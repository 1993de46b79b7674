/** `mcp-leak-guard incident`: a per-provider incident checklist from a report, or from a scan run now. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { publicFinding } from '../../core/findings.js';
import { resolveConfig } from '../../core/config.js';
import { providerInfo } from '../../core/remediation.js';
import type { Finding, RawFinding, RuleInfo } from '../../core/types.js';
import { incidentPlan, incidentsByProvider, type RevocationNote } from '../../incident/plan.js';
import { InputError } from '../../runtime/config-file.js';
import { createEngine } from '../../runtime/run-scan.js';
import { UsageError, type CliIO } from '../io.js';
import { writeReport } from '../render.js';
import { parseScanArgs } from '../scan-options.js';
import { parseVerifyFlags, VERIFY_OPTIONS, verifyIfAsked } from '../verify.js';
import { scanWithSettings } from './scan.js';

export const INCIDENT_USAGE = `Usage: mcp-leak-guard incident [--report FILE] [--markdown] [-o FILE] [--verify] [--revoke [--yes]] [scan options]

One checklist per provider whose credentials leaked: revoke now (the provider's page), remove or
replace the server entry, change related passwords, check the provider's audit log, re-issue with
the narrowest scope. Reads a JSON report of "scan" or "audit" (--report), or runs "scan" with the
scan options given (default: the working tree). --markdown for pasting into a ticket.

  --verify    ask each credential's provider whether it is live (marked LIVE in the checklist)
  --revoke    revoke what a finder may revoke: GitHub tokens (GitHub's credential revocation API),
              GitLab tokens, Slack tokens; asks first on a terminal. Needs a scan, not --report.
  --yes       revoke without asking (scripts)

Exit codes: 0 checklist written; 2 usage error, or the scan (or the report) could not cover
everything: the checklist is then printed but partial.
`;

/** The incident's own flags, taken out before the rest is read as scan options. */
const OWN_FLAGS = new Set(['--markdown', '--revoke', '--yes']);

export async function incidentCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        report: { type: 'string', short: 'r' },
        markdown: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        revoke: { type: 'boolean' },
        yes: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...VERIFY_OPTIONS,
      },
      strict: false,
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values as {
    report?: string;
    markdown?: boolean;
    output?: string;
    revoke?: boolean;
    yes?: boolean;
    help?: boolean;
    verify?: boolean;
  };
  if (v.help) {
    io.stdout.write(INCIDENT_USAGE);
    return 0;
  }
  if (v.yes && !v.revoke) throw new UsageError('--yes goes with --revoke');
  if (v.revoke && v.report)
    throw new UsageError('--revoke needs the credentials themselves: run incident with scan options, not --report');
  const rules = createEngine(resolveConfig(undefined)).rules();
  const { findings: raw, errors } = v.report ? await readReport(v.report) : await scanNow(argv, io);
  if (v.report) await verifyIfAsked({ findings: raw, rules }, parseVerifyFlags(parsed.values, undefined), io);
  let revocations: Map<string, RevocationNote> | undefined;
  if (v.revoke && (await confirmed(raw, rules, Boolean(v.yes), io))) {
    const { revokeFindings } = await import('../../verify/index.js');
    revocations = await revokeFindings(raw, rules, { env: io.env, manualPage: (p) => providerInfo(p).revokeUrl });
    const counts = [...revocations.values()].reduce<Record<string, number>>(
      (n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }),
      {},
    );
    io.stderr.write(
      `revocation: ${counts['revoked'] ?? 0} revoked, ${counts['refused'] ?? 0} refused, ${counts['not-revocable'] ?? 0} not revocable here\n`,
    );
  }
  const findings = raw.map(publicFinding);
  await writeReport(incidentPlan(incidentsByProvider(findings, rules), Boolean(v.markdown), revocations), v.output, io);
  // A scan that could not finish may have missed a leaked credential: the checklist is partial.
  for (const e of errors) io.stderr.write(`mcp-leak-guard: could not scan ${e.path}: ${e.message}\n`);
  if (errors.length > 0) {
    io.stderr.write(`mcp-leak-guard: the checklist is incomplete: ${errors.length} input(s) could not be scanned\n`);
    return 2;
  }
  return 0;
}

/** On a terminal, asks before revoking; elsewhere `--yes` is required (nothing is revoked silently). */
async function confirmed(
  findings: readonly RawFinding[],
  rules: readonly RuleInfo[],
  yes: boolean,
  io: CliIO,
): Promise<boolean> {
  if (yes) return true;
  const tty = (io.stdin as NodeJS.ReadableStream & { isTTY?: boolean }).isTTY;
  if (!tty) throw new UsageError('--revoke asks for confirmation on a terminal; add --yes to revoke from a script');
  const provider = new Map(rules.map((r) => [r.id, r.provider]));
  const n = findings.filter(
    (f) => f.category === 'secret' && ['github', 'gitlab', 'slack'].includes(provider.get(f.ruleId) ?? ''),
  ).length;
  io.stderr.write(
    `Revoke ${n} GitHub/GitLab/Slack credential(s) now? Their owners lose them at once; this cannot be undone. [y/N] `,
  );
  const answer = await firstLine(io.stdin);
  return /^y(es)?$/i.test(answer.trim());
}

function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (c: Buffer | string): void => {
      text += c.toString();
      if (text.includes('\n')) done();
    };
    const done = (): void => {
      stream.off('data', onData);
      stream.off('end', done);
      stream.pause?.();
      resolve(text.split('\n')[0] ?? '');
    };
    stream.on('data', onData);
    stream.on('end', done);
  });
}

interface ScanOutcome {
  findings: RawFinding[];
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

/** The scan options left after the incident's own (`--report`, `--markdown`, `-o`, `--revoke`, `--yes`). */
async function scanNow(argv: readonly string[], io: CliIO): Promise<ScanOutcome> {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (OWN_FLAGS.has(a)) continue;
    if (a === '-o' || a === '--output') {
      i++;
      continue;
    }
    if (a.startsWith('--output=')) continue;
    rest.push(a);
  }
  const settings = parseScanArgs(rest, io.cwd);
  const result = await scanWithSettings(settings, io);
  await verifyIfAsked(result, settings.verify, io);
  // Raw findings: --revoke needs the values; the plan only ever sees publicFinding copies.
  return { findings: result.findings, errors: result.errors };
}
