/**
 * The shell the installed hooks run. It finds the CLI the same way on every machine, so a hook
 * file that a team commits (husky, a `core.hooksPath` folder) works in every clone: nothing
 * machine-specific is written into it. `hooks/pre-commit` holds the same function.
 */

/** A POSIX sh function `mcp_leak_guard ARGS...`: `$MCP_LEAK_GUARD_CLI`, node_modules, then PATH. */
export const RESOLVE_CLI = `mcp_leak_guard() {
  if [ -n "$MCP_LEAK_GUARD_CLI" ]; then
    node "$MCP_LEAK_GUARD_CLI" "$@"
    return
  fi
  top=$(git rev-parse --show-toplevel) || return 2
  if [ -x "$top/node_modules/.bin/mcp-leak-guard" ]; then
    "$top/node_modules/.bin/mcp-leak-guard" "$@"
  elif command -v mcp-leak-guard >/dev/null 2>&1; then
    mcp-leak-guard "$@"
  else
    echo "mcp-leak-guard: the CLI was not found (npm install --save-dev mcp-leak-guard, or set MCP_LEAK_GUARD_CLI to its dist/cli.js); commit blocked." >&2
    echo "mcp-leak-guard: to commit anyway, once: git commit --no-verify" >&2
    return 2
  fi
}
`;

/** Tells the CLI it runs as a hook (so it says "blocked this commit"), then scans the index. */
export const RUN_SCAN = `MCP_LEAK_GUARD_HOOK=1
export MCP_LEAK_GUARD_HOOK
mcp_leak_guard scan --staged`;
