/** `mcp-broad-filesystem`: a filesystem server given the whole home folder or `/` instead of a project folder. */
import { packageOf } from './packages.js';
import { textSpan } from '../parse/node.js';
import type { PolicyCheck, PolicyHit } from './types.js';

const FS_SERVER = /filesystem|server-fs|fs-mcp|mcp-fs/i;
const BROAD = [
  /^\/$/,
  /^~\/?$/,
  /^\$\{?HOME\}?\/?$/,
  /^\$\{userHome\}\/?$/,
  /^%USERPROFILE%\\?$/i,
  /^\/(?:home|Users)\/[^/]+\/?$/,
  /^\/root\/?$/,
  /^[A-Za-z]:\\(?:Users\\[^\\]+\\?)?$/,
];

export const broadFilesystem: PolicyCheck = (ctx) => {
  const pkg = packageOf(ctx.argv);
  if (!FS_SERVER.test(ctx.server.name) && !(pkg && FS_SERVER.test(pkg.name))) return [];
  const out: PolicyHit[] = [];
  for (const a of ctx.argv) {
    if (pkg && a === pkg.token) continue;
    if (BROAD.some((re) => re.test(a.text))) {
      out.push({
        ruleId: 'mcp-broad-filesystem',
        ...textSpan(ctx.text, a.node, a.from, a.to),
        message: `Filesystem server "${ctx.server.name}" can read and write all of "${a.text}" (your SSH keys, tokens and other configs included): give it the project folder only.`,
      });
    }
  }
  return out;
};
