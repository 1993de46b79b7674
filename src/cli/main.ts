/**
 * The CLI's command table and its one error boundary: usage errors and scan failures print one
 * clear line and exit 2; nothing escapes as a stack trace or as exit 0.
 */
import { ConfigError } from '../core/config.js';
import { BaselineError } from '../core/baseline.js';
import { InputError } from '../runtime/config-file.js';
import { GitError } from '../sources/git.js';
import { VERSION } from '../core/version.js';
import { baselineCommand, BASELINE_USAGE } from './commands/baseline.js';
import { auditCommand, AUDIT_USAGE } from './commands/audit.js';
import { clientsCommand, CLIENTS_USAGE } from './commands/clients.js';
import { incidentCommand, INCIDENT_USAGE } from './commands/incident.js';
import { installHookCommand, INSTALL_HOOK_USAGE } from './commands/install-hook.js';
import { mergeCommand, MERGE_USAGE } from './commands/merge.js';
import { orgCommand, ORG_USAGE } from './commands/org.js';
import { rulesCommand, RULES_USAGE } from './commands/rules.js';
import { scanCommand, SCAN_USAGE } from './commands/scan.js';
import { processIO, UsageError, type CliIO } from './io.js';

interface Command {
  summary: string;
  usage: string;
  run(argv: readonly string[], io: CliIO): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  scan: {
    summary: 'scan a tree, the staged changes, a diff range, stdin or the history',
    usage: SCAN_USAGE,
    run: scanCommand,
  },
  baseline: { summary: 'write the current findings as a baseline file', usage: BASELINE_USAGE, run: baselineCommand },
  'install-hook': {
    summary: 'install (or --uninstall) the git pre-commit hook',
    usage: INSTALL_HOOK_USAGE,
    run: installHookCommand,
  },
  rules: {
    summary: 'list every rule id, its category, severity and what it finds',
    usage: RULES_USAGE,
    run: rulesCommand,
  },
  audit: {
    summary: "check this device's MCP client configs: credentials, permissions, location",
    usage: AUDIT_USAGE,
    run: auditCommand,
  },
  incident: {
    summary: 'a revoke/rotate checklist per provider for the leaked credentials',
    usage: INCIDENT_USAGE,
    run: incidentCommand,
  },
  clients: {
    summary: 'list the MCP clients whose config files are recognised',
    usage: CLIENTS_USAGE,
    run: clientsCommand,
  },
  org: {
    summary: "scan every repository's history in an organisation or a list (plan shards for CI)",
    usage: ORG_USAGE,
    run: orgCommand,
  },
  merge: {
    summary: 'merge per-repository org scan reports into one (text, markdown, json, html)',
    usage: MERGE_USAGE,
    run: mergeCommand,
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const list = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join('\n');
  return `mcp-leak-guard ${VERSION}: finds leaked OAuth tokens and API keys, in MCP configs first.

Usage: mcp-leak-guard <command> [options]

Commands:
${list}

Run \`mcp-leak-guard <command> --help\` for a command's options.
`;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`mcp-leak-guard: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    return reportFailure(e, name, command, io);
  }
}

function reportFailure(e: unknown, name: string, command: Command, io: CliIO): 2 {
  if (e instanceof UsageError) {
    io.stderr.write(`mcp-leak-guard ${name}: ${e.message}\n\n${command.usage}`);
  } else if (
    e instanceof ConfigError ||
    e instanceof BaselineError ||
    e instanceof InputError ||
    e instanceof GitError
  ) {
    io.stderr.write(`mcp-leak-guard: ${e.message}\n`);
  } else {
    const err = e as Error;
    io.stderr.write(`mcp-leak-guard: internal error: ${err?.message ?? String(e)}\n`);
    if (io.env['MCP_LEAK_GUARD_DEBUG']) io.stderr.write(`${err?.stack ?? ''}\n`);
  }
  return 2;
}
