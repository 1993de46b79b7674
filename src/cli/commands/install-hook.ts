/** `mcp-leak-guard install-hook [--uninstall]`: the pre-commit hook, installed or removed. */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HookInstallError, installHook } from '../../hook/install.js';
import { UsageError, type CliIO } from '../io.js';

export const INSTALL_HOOK_USAGE = `Usage: mcp-leak-guard install-hook [--uninstall]

Installs a git pre-commit hook that runs \`mcp-leak-guard scan --staged\` before every commit.
Honours core.hooksPath and husky (.husky/pre-commit). An existing pre-commit hook is kept and
runs first. Running it again only updates the hook; --uninstall restores what was there before.
`;

export async function installHookCommand(argv: readonly string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { uninstall: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    io.stdout.write(INSTALL_HOOK_USAGE);
    return 0;
  }
  const script = process.argv[1];
  if (!script) throw new UsageError('cannot tell where the CLI is installed');
  try {
    const lines = await installHook({
      cwd: io.cwd,
      cliPath: realpathSync(path.resolve(script)),
      nodePath: process.execPath,
      uninstall: Boolean(values.uninstall),
    });
    for (const l of lines) io.stdout.write(`mcp-leak-guard: ${l}\n`);
    return 0;
  } catch (e) {
    if (e instanceof HookInstallError) {
      io.stderr.write(`mcp-leak-guard install-hook: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
