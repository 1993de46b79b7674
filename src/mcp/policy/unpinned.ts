/**
 * `mcp-unpinned-server`: a server started from a package or image without a fixed version runs
 * whatever its publisher (or whoever takes over the name) ships next, with your tokens.
 */
import { textSpan } from '../parse/node.js';
import { packageOf } from './packages.js';
import type { PolicyCheck } from './types.js';

const FLOATING = /^(?:latest|next|canary|beta|alpha|main|master|stable|\*|x|)$|^[~^<>=]|\s|\|\||\bx\b|\.x$|\*$/i;

export const unpinnedServer: PolicyCheck = (ctx) => {
  const ref = packageOf(ctx.argv);
  if (!ref || ref.name.startsWith('.') || ref.name.startsWith('/')) return [];
  const v = ref.version;
  const pinned = v !== undefined && (ref.ecosystem === 'docker' ? v.toLowerCase() !== 'latest' : !FLOATING.test(v));
  if (pinned) return [];
  const how =
    ref.ecosystem === 'npm'
      ? `${ref.name}@<exact version>`
      : ref.ecosystem === 'pypi'
        ? `${ref.name}==<exact version>`
        : `${ref.name}@sha256:<digest>`;
  const what = v === undefined ? 'without a version' : `at the moving version "${v}"`;
  return [
    {
      ruleId: 'mcp-unpinned-server',
      ...textSpan(ctx.text, ref.token.node, ref.token.from, ref.token.to),
      message: `Server "${ctx.server.name}" runs ${ref.name} ${what}: pin it (${how}) so an update or a hijacked package cannot run with your credentials unreviewed.`,
    },
  ];
};
