/**
 * Where a config sits and who can read it: permissions (the file should be 0600, its folder not
 * writable by others), a cloud-synced folder (also when reached through a symlink), a git work
 * tree (tracked, or not ignored).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { git, GitMissingError } from '../sources/git.js';

export interface LocationProblem {
  ruleId: 'audit-file-permissions' | 'audit-folder-permissions' | 'audit-synced-location' | 'audit-in-git';
  severity: 'error' | 'warning';
  message: string;
  /** For permission problems: the mode `--fix` would set. */
  fixMode?: number;
}

const SYNCED_NAMES =
  /^(?:Dropbox(?: \(.+\))?|OneDrive(?: - .+)?|Google ?Drive|My Drive|Box|Box Sync|pCloud ?Drive|Nextcloud|ownCloud|iCloud ?Drive|Mobile Documents|Sync|Resilio Sync|MEGA|Yandex\.Disk)$/i;
/** Files a sync client keeps at the root of what it syncs. */
const SYNC_MARKERS = ['.stfolder', '.dropbox', '.sync', '.nextcloudsync.log', '.owncloudsync.log'];

export function permissionProblems(file: string, os: string): LocationProblem[] {
  if (os === 'win32') return [];
  const out: LocationProblem[] = [];
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) {
    const others = (mode & 0o007) !== 0;
    out.push({
      ruleId: 'audit-file-permissions',
      severity: others ? 'error' : 'warning',
      message: `${file} is ${modeText(mode)}: ${others ? 'any user of this device' : 'your group'} can read the tokens in it; it should be 0600`,
      fixMode: 0o600,
    });
  }
  const dir = path.dirname(file);
  const dirMode = statSync(dir).mode & 0o777;
  if (dirMode & 0o022) {
    out.push({
      ruleId: 'audit-folder-permissions',
      severity: 'warning',
      message: `${dir} is ${modeText(dirMode)}: others can replace the config in it (and point a server at their own code); remove group/other write`,
    });
  }
  return out;
}

const modeText = (mode: number): string => `mode 0${mode.toString(8).padStart(3, '0')}`;

/** The synced folder holding `file` (its real location, symlinks followed), if any. */
export function syncedFolder(file: string): string | undefined {
  const real = realpathSync(file);
  for (let d = path.dirname(real); path.dirname(d) !== d; d = path.dirname(d)) {
    if (SYNCED_NAMES.test(path.basename(d))) return d;
    if (SYNC_MARKERS.some((m) => existsSync(path.join(d, m)))) return d;
  }
  return undefined;
}

export function syncedProblems(file: string): LocationProblem[] {
  const folder = syncedFolder(file);
  if (!folder) return [];
  const via = realpathSync(file) !== path.resolve(file) ? ` (through a symlink to ${realpathSync(file)})` : '';
  return [
    {
      ruleId: 'audit-synced-location',
      severity: 'warning',
      message: `${file} is inside the cloud-synced folder ${folder}${via}: its tokens are copied to that service and every device signed in to it`,
    },
  ];
}

/** A config inside a git work tree: tracked (it will be pushed) or merely not ignored. */
export async function gitProblems(file: string): Promise<LocationProblem[]> {
  const real = realpathSync(file);
  let root: string | undefined;
  for (let d = path.dirname(real); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) {
      root = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  if (!root) return [];
  const rel = path.relative(root, real);
  const tracked = await succeeds(root, ['ls-files', '--error-unmatch', '--', rel]);
  if (tracked) {
    return [
      {
        ruleId: 'audit-in-git',
        severity: 'error',
        message: `${file} is tracked by the git repository at ${root}: a push publishes its tokens. git rm --cached it, ignore it, and rotate what it holds`,
      },
    ];
  }
  const ignored = await succeeds(root, ['check-ignore', '-q', '--', rel]);
  if (ignored) return [];
  return [
    {
      ruleId: 'audit-in-git',
      severity: 'warning',
      message: `${file} is inside the git work tree at ${root} and not ignored: one "git add -A" commits it. Add it to .gitignore`,
    },
  ];
}

/** Whether a git query answers yes (exit 0); git missing is an error, not a no. */
async function succeeds(root: string, args: string[]): Promise<boolean> {
  try {
    await git(root, args);
    return true;
  } catch (e) {
    if (e instanceof GitMissingError) throw e;
    return false;
  }
}
