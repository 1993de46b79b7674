/**
 * `mcp-auto-approve-write`: a server whose config lets tools that write, send or delete run
 * without a person approving each call (`autoApprove`, `alwaysAllow`, Gemini's `trust: true`).
 * Read tools may be auto-approved; writes should be reviewed. Claude Code's permission
 * allow-lists are checked per file (see `permissionAllowList`).
 */
import { entry, textSpan, type ConfigNode, type StringNode } from '../parse/node.js';
import { isWriteTool } from './tool-names.js';
import type { PolicyCheck, PolicyHit } from './types.js';

const LIST_KEYS = ['autoApprove', 'alwaysAllow', 'auto_approve', 'allowedTools'];
const RULE = 'mcp-auto-approve-write';

export const autoApproveWrite: PolicyCheck = (ctx) => {
  const out: PolicyHit[] = [];
  const server = ctx.server.node;
  for (const key of LIST_KEYS) {
    const list = entry(server, key);
    if (list?.kind !== 'array') continue;
    for (const item of list.items) {
      if (item.kind !== 'string') continue;
      if (item.value === '*' || isWriteTool(item.value)) {
        out.push({
          ruleId: RULE,
          ...textSpan(ctx.text, item),
          message: `Server "${ctx.server.name}" auto-approves ${item.value === '*' ? 'every tool' : `the write tool "${item.value}"`} (${key}): a prompt injection can then act without you. Approve writes one by one.`,
        });
      }
    }
  }
  const trust = entry(server, 'trust');
  if (trust?.kind === 'scalar' && trust.value === true) {
    out.push({
      ruleId: RULE,
      ...{ start: trust.start, end: trust.end },
      message: `Server "${ctx.server.name}" is trusted ("trust": true): every tool call, writes included, runs without confirmation. Remove it, or trust only read-only servers.`,
    });
  }
  return out;
};

/**
 * Claude Code's `permissions.allow` in `.claude/settings*.json`: `mcp__server` (every tool of a
 * server) or `mcp__server__tool` for a write tool.
 */
export function permissionAllowList(root: ConfigNode, text: string): PolicyHit[] {
  const allow = entry(entry(root, 'permissions'), 'allow');
  if (allow?.kind !== 'array') return [];
  const out: PolicyHit[] = [];
  for (const item of allow.items) {
    if (item.kind !== 'string') continue;
    const m = /^mcp__([^_]+(?:_[^_]+)*?)(?:__(.+))?$/.exec(item.value);
    if (!m) continue;
    const [, server, tool] = m;
    if (tool !== undefined && tool !== '*' && !isWriteTool(tool)) continue;
    out.push({
      ruleId: RULE,
      ...textSpan(text, item as StringNode),
      message:
        tool && tool !== '*'
          ? `Claude Code may run the write tool "${tool}" of server "${server}" without asking (permissions.allow). Keep write tools on "ask".`
          : `Claude Code may run every tool of server "${server}" without asking (permissions.allow "${item.value}"). Allow its read tools one by one instead.`,
    });
  }
  return out;
}
