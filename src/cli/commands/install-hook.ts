/** `mcp-leak-guard install-hook [--uninstall]`: the pre-commit hook, installed or removed. */
import { parseArgs } from 'node:util';
import { HookInstallError, installHook } from '../../hook/install.js';
import { UsageError, type CliIO } from '../io.js';

export const INSTALL_HOOK_USAGE = `Usage: mcp-leak-guard install-hook [--uninstall]

Installs a git pre-commit hook that runs \`mcp-leak-guard scan --staged\` before every commit.
Honours core.hooksPath and husky (.husky/pre-commit). An existing pre-commit hook is kept and
runs first. Running it again only updates the hook; --uninstall restores what was there before.
The hook holds no path of this machine (teams commit husky and core.hooksPath files): it finds
the CLI through $MCP_LEAK_GUARD_CLI, the repository's node_modules/.bin, then PATH.
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
  try {
    const lines = await installHook({ cwd: io.cwd, uninstall: Boolean(values.uninstall), env: io.env });
    for (const l of lines) (l.startsWith('warning:') ? io.stderr : io.stdout).write(`mcp-leak-guard: ${l}\n`);
    return 0;
  } catch (e) {
    if (e instanceof HookInstallError) {
      io.stderr.write(`mcp-leak-guard install-hook: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
