/**
 * User-level path templates of the clients table: `~` is the home folder and a leading variable
 * moves a client's folder (`$CODEX_HOME`, `%APPDATA%`, ...). One list of variables and their
 * defaults serves both uses: `audit` expands a template on a device, and the repository globs of
 * personal files are derived from the same template (a committed home folder keeps the default
 * layout).
 */

/** Leading template variables: the environment variable that moves the folder, and its default under the home folder. */
export const TEMPLATE_VARIABLES: Readonly<Record<string, { env: string; underHome: readonly string[] }>> = {
  $XDG_CONFIG_HOME: { env: 'XDG_CONFIG_HOME', underHome: ['.config'] },
  $XDG_DATA_HOME: { env: 'XDG_DATA_HOME', underHome: ['.local', 'share'] },
  '%APPDATA%': { env: 'APPDATA', underHome: ['AppData', 'Roaming'] },
  '%LOCALAPPDATA%': { env: 'LOCALAPPDATA', underHome: ['AppData', 'Local'] },
  $CODEX_HOME: { env: 'CODEX_HOME', underHome: ['.codex'] },
  $CLAUDE_CONFIG_DIR: { env: 'CLAUDE_CONFIG_DIR', underHome: ['.claude'] },
  $CONTINUE_GLOBAL_DIR: { env: 'CONTINUE_GLOBAL_DIR', underHome: ['.continue'] },
  $COPILOT_HOME: { env: 'COPILOT_HOME', underHome: ['.copilot'] },
  $VIBE_HOME: { env: 'VIBE_HOME', underHome: ['.vibe'] },
};

/**
 * The repository glob a user-level template stands for: `$CODEX_HOME/auth.json` ->
 * `**\/.codex/auth.json`, a folder (`~/.mcp-auth/`) -> every file under it. Templates rooted at
 * a system folder (`/etc/...`, `C:/...`) keep their last two segments.
 */
export function repositoryGlob(template: string): string {
  const folder = template.endsWith('/');
  const [head, ...rest] = template.split('/').filter((s, i) => s !== '' || i === 0);
  let parts: string[];
  if (head === '~') parts = rest;
  else if (head !== undefined && TEMPLATE_VARIABLES[head]) parts = [...TEMPLATE_VARIABLES[head].underHome, ...rest];
  else parts = rest.slice(-2);
  return `**/${parts.join('/')}${folder ? '/**' : ''}`;
}
