/** `mcp-leak-guard audit`: this device's MCP client configs against the safe-use checklist. */
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { applyFixes, runAudit } from '../../audit/audit.js';
import { checklistText } from '../../audit/checklist.js';
import type { DeviceOs } from '../../audit/paths.js';
import { compareFindings, exitCodeFor, publicFinding, type FailOn } from '../../core/findings.js';
import { loadConfig } from '../../runtime/config-file.js';
import { UsageError, type CliIO } from '../io.js';
import { render, useColor, writeReport } from '../render.js';
import type { Format } from '../scan-options.js';
import { parseVerifyFlags, VERIFY_OPTIONS, VERIFY_USAGE, verifyIfAsked } from '../verify.js';

export const AUDIT_USAGE = `Usage: mcp-leak-guard audit [options]

Checks this device's user-level MCP client configs and token caches (Claude Desktop, Claude Code,
Cursor, VS Code, Windsurf, Cline, Zed, Gemini CLI, Codex, ...): literal credentials, file
permissions, cloud-synced folders, git work trees, unpinned or unsafe servers. Ends with the
safe-use checklist and what to revoke if the device was lost.

Options:
      --path FILE         also audit FILE (repeatable)
      --home DIR          the home folder to audit (default: yours)
      --os OS             darwin | linux | win32: the path layout (default: this OS)
      --fix               set loose permissions to 0600, after printing each change
      --dry-run           with --fix: print the changes only
  -f, --format FMT        text | json | sarif | github (default text)
  -o, --output FILE       write the report to FILE
  -c, --config FILE       config file (rules, allowlists)
      --fail-on LEVEL     error | warning | never | live (default error)
${VERIFY_USAGE}`;

const OSES: readonly DeviceOs[] = ['darwin', 'linux', 'win32'];

export async function auditCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        path: { type: 'string', multiple: true },
        home: { type: 'string' },
        os: { type: 'string' },
        fix: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...VERIFY_OPTIONS,
      },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    io.stdout.write(AUDIT_USAGE);
    return 0;
  }
  const os = (values.os ?? process.platform) as DeviceOs;
  if (!OSES.includes(os))
    throw new UsageError(`--os must be darwin, linux or win32; got "${values.os ?? process.platform}"`);
  const format = (values.format ?? 'text') as Format;
  if (!['text', 'json', 'sarif', 'github'].includes(format))
    throw new UsageError('--format must be text, json, sarif or github');
  const failOn = (values['fail-on'] ?? 'error') as FailOn;
  if (!['error', 'warning', 'never', 'live'].includes(failOn))
    throw new UsageError('--fail-on must be error, warning, never or live');
  const verify = parseVerifyFlags(values, failOn);
  if (values['dry-run'] && !values.fix) throw new UsageError('--dry-run goes with --fix');

  const home = values.home ?? io.env['HOME'] ?? io.env['USERPROFILE'] ?? homedir();
  const config = await loadConfig(io.cwd, values.config);
  const { result, fixes } = await runAudit({ os, home, env: io.env, extra: values.path ?? [], config });
  await verifyIfAsked(result, verify, io);
  result.findings.sort(compareFindings);

  let report = render(result, format, useColor(io, values.output));
  if (format === 'text') report += checklistText(result);
  await writeReport(report, values.output, io);
  if (values.fix) {
    for (const f of fixes) {
      io.stderr.write(
        `${values['dry-run'] ? 'would change' : 'changing'} ${f.file}: mode 0${f.from.toString(8)} -> 0${f.to.toString(8)}\n`,
      );
    }
    if (fixes.length === 0) io.stderr.write('nothing to fix: every audited file is already 0600 or stricter\n');
    if (!values['dry-run']) applyFixes(fixes);
  }
  return exitCodeFor(result.findings.map(publicFinding), result.errors.length, failOn);
}
