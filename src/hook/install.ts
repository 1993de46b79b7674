/**
 * Installs the pre-commit hook into a repository: into the folder git runs hooks from (which
 * honours `core.hooksPath` and linked worktrees), or into `.husky/pre-commit` when husky manages
 * the hooks. An existing hook is kept and chained (run first); installing twice changes nothing
 * more; uninstalling restores exactly what was there.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { git, repoRoot } from '../sources/git.js';
import { RESOLVE_CLI, RUN_SCAN } from './resolve-cli.js';

export const HOOK_MARKER = '# installed by mcp-leak-guard install-hook';
/** Where an existing hook is moved so ours can run it first. */
export const PREVIOUS_SUFFIX = '.before-mcp-leak-guard';
const HUSKY_BEGIN = '# >>> mcp-leak-guard >>>';
const HUSKY_END = '# <<< mcp-leak-guard <<<';

export interface HookInstallOptions {
  cwd: string;
  uninstall: boolean;
  /** The environment the hook will see, to warn when it cannot find the CLI there. */
  env?: Readonly<Record<string, string | undefined>>;
}

export class HookInstallError extends Error {}

/** Performs the install or uninstall and returns one line per thing it did. */
export async function installHook(opts: HookInstallOptions): Promise<string[]> {
  const root = await repoRoot(opts.cwd);
  if (!root) throw new HookInstallError(`${opts.cwd} is not inside a git repository`);
  const hooksPath = (await git(root, ['config', '--get', 'core.hooksPath']).catch(() => '')).trim();
  const done = isHusky(root, hooksPath)
    ? huskyInstall(root, opts)
    : gitHooksInstall(path.resolve(root, (await git(root, ['rev-parse', '--git-path', 'hooks'])).trim()), opts);
  if (!opts.uninstall && opts.env && !hookFindsCli(root, opts.env)) done.push(NOT_FOUND_WARNING);
  return done;
}

function isHusky(root: string, hooksPath: string): boolean {
  return /(^|\/)\.husky(\/_)?\/?$/.test(hooksPath) || (hooksPath === '' && existsSync(path.join(root, '.husky', '_')));
}

export function hookScript(): string {
  return `#!/bin/sh
${HOOK_MARKER}
# Blocks a commit whose staged content holds a secret or an unsafe MCP config.
# Remove with: mcp-leak-guard install-hook --uninstall
hook="$0${PREVIOUS_SUFFIX}"
if [ -x "$hook" ]; then
  "$hook" "$@" || exit $?
fi
${RESOLVE_CLI}${RUN_SCAN}
`;
}

/** Whether the hook, run now, would find the CLI (it looks where `RESOLVE_CLI` looks). */
export function hookFindsCli(root: string, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['MCP_LEAK_GUARD_CLI']) return true;
  if (existsSync(path.join(root, 'node_modules', '.bin', 'mcp-leak-guard'))) return true;
  return (env['PATH'] ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && existsSync(path.join(dir, 'mcp-leak-guard')));
}

const NOT_FOUND_WARNING =
  'warning: the hook finds the CLI through $MCP_LEAK_GUARD_CLI, node_modules/.bin or PATH, and none has it now: commits stay blocked until you run npm install --save-dev mcp-leak-guard';

function gitHooksInstall(hooksDir: string, opts: HookInstallOptions): string[] {
  const file = path.join(hooksDir, 'pre-commit');
  const previous = file + PREVIOUS_SUFFIX;
  const ours = existsSync(file) && readFileSync(file, 'utf8').includes(HOOK_MARKER);
  if (opts.uninstall) {
    if (!ours) return [`no mcp-leak-guard hook in ${file}: nothing to remove`];
    rmSync(file);
    if (existsSync(previous)) {
      renameSync(previous, file);
      return [`removed the hook and restored the previous one at ${file}`];
    }
    return [`removed ${file}`];
  }
  const done: string[] = [];
  mkdirSync(hooksDir, { recursive: true });
  if (existsSync(file) && !ours) {
    if (existsSync(previous)) throw new HookInstallError(`${previous} already exists; move it away and try again`);
    renameSync(file, previous);
    done.push(`kept the existing hook: it now runs first, from ${previous}`);
  }
  writeFileSync(file, hookScript());
  chmodSync(file, 0o755);
  done.push(ours ? `updated ${file}` : `installed ${file}`);
  return done;
}

function huskyInstall(root: string, opts: HookInstallOptions): string[] {
  const file = path.join(root, '.husky', 'pre-commit');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const without = removeBlock(text);
  if (opts.uninstall) {
    if (without === text) return [`no mcp-leak-guard lines in ${file}: nothing to remove`];
    if (without.trim() === '') rmSync(file);
    else writeFileSync(file, without);
    return [`removed the mcp-leak-guard lines from ${file}`];
  }
  const block = `${HUSKY_BEGIN}\n${RESOLVE_CLI}${RUN_SCAN} || exit $?\n${HUSKY_END}\n`;
  const next = `${without}${without === '' || without.endsWith('\n') ? '' : '\n'}${block}`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, next);
  chmodSync(file, 0o755);
  return [`${text === without ? 'added' : 'updated'} the mcp-leak-guard lines in ${file} (husky)`];
}

function removeBlock(text: string): string {
  const start = text.indexOf(HUSKY_BEGIN);
  if (start === -1) return text;
  const end = text.indexOf(HUSKY_END, start);
  if (end === -1) return text;
  return text.slice(0, start) + text.slice(end + HUSKY_END.length).replace(/^\n/, '');
}
