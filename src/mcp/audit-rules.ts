/** Descriptions of the device checks `audit` adds to the scan's rules. */
import type { RuleInfo } from '../core/types.js';

export const AUDIT_RULES: readonly RuleInfo[] = [
  {
    id: 'audit-file-permissions',
    title: 'MCP config readable by others',
    category: 'policy',
    severity: 'error',
    description:
      'A user-level MCP config or token cache is readable by the group (warning) or every user (error); it should be 0600.',
  },
  {
    id: 'audit-folder-permissions',
    title: 'MCP config folder writable by others',
    category: 'policy',
    severity: 'warning',
    description: 'The folder of an MCP config is writable by group or others, who could replace it.',
  },
  {
    id: 'audit-synced-location',
    title: 'MCP config in a cloud-synced folder',
    category: 'policy',
    severity: 'warning',
    description:
      'The config (or what its symlink points to) is inside Dropbox, iCloud Drive, OneDrive, Google Drive, Box, pCloud, Nextcloud, Syncthing or similar.',
  },
  {
    id: 'audit-in-git',
    title: 'MCP config inside a git work tree',
    category: 'policy',
    severity: 'error',
    description:
      'A user-level config is tracked by git (error) or sits in a work tree without being ignored (warning).',
  },
];
