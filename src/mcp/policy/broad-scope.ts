/**
 * `mcp-broad-scope`: OAuth scopes in a server's config that grant far more than an assistant needs.
 * Each entry names the narrower scope to ask for instead.
 */
import { textSpan } from '../parse/node.js';
import type { PolicyCheck, PolicyHit } from './types.js';
import { escapeRegExp } from '../../core/regexp.js';

interface BroadScope {
  scope: string;
  instead: string;
  /** Short words (`repo`, `admin`) only count in a slot whose name says it holds scopes. */
  needsScopeSlot?: boolean;
  /** The provider whose scope this is, for the scopes a live token reports (`mcp-live-broad-scope`). */
  provider?: string;
  /** Matches every scope starting with `scope` (Slack's `admin.*`). */
  prefix?: boolean;
  /** Only for scopes a provider reports: too short or common to look for in config text. */
  reportedOnly?: boolean;
}

const BROAD_SCOPES: readonly BroadScope[] = [
  { scope: 'https://mail.google.com/', instead: 'gmail.readonly (or gmail.send / gmail.compose for writing)' },
  { scope: 'https://www.googleapis.com/auth/drive', instead: 'drive.file (files the app opened) or drive.readonly' },
  {
    scope: 'https://www.googleapis.com/auth/cloud-platform',
    instead: 'the one service scope needed, read-only where possible',
  },
  { scope: 'https://www.googleapis.com/auth/calendar', instead: 'calendar.readonly or calendar.events' },
  { scope: 'https://www.googleapis.com/auth/admin.directory.user', instead: 'admin.directory.user.readonly' },
  { scope: 'Mail.ReadWrite', instead: 'Mail.Read (and Mail.Send only if it must send)' },
  { scope: 'Files.ReadWrite.All', instead: "Files.Read or Files.ReadWrite (the signed-in user's files)" },
  { scope: 'Sites.FullControl.All', instead: 'Sites.Selected' },
  { scope: 'Directory.ReadWrite.All', instead: 'Directory.Read.All or User.Read.All' },
  { scope: 'User.ReadWrite.All', instead: 'User.Read.All' },
  { scope: 'Mail.ReadWrite.Shared', instead: 'Mail.Read.Shared' },
  {
    scope: 'repo',
    instead: 'a fine-grained token with read-only contents on the repositories needed',
    needsScopeSlot: true,
    provider: 'github',
  },
  { scope: 'admin:org', instead: 'read:org', needsScopeSlot: true, provider: 'github' },
  { scope: 'delete_repo', instead: 'no deletion scope', needsScopeSlot: true, provider: 'github' },
  { scope: 'api', instead: 'read_api (read-only API access)', provider: 'gitlab', reportedOnly: true },
  {
    scope: 'admin',
    instead: 'the non-admin scopes the tools use (admin scopes manage the whole workspace)',
    provider: 'slack',
    prefix: true,
    reportedOnly: true,
  },
  { scope: 'admin', instead: 'the specific non-admin scopes the tools use', needsScopeSlot: true },
];

// A scope ends at whitespace, a comma, a quote or the end; Google's drive scope must not match drive.file.
const PATTERNS = BROAD_SCOPES.filter((b) => !b.reportedOnly).map((b) => ({
  b,
  re: new RegExp(`(?<![\\w.:/-])${escapeRegExp(b.scope)}(?![\\w.:/-])`, 'g'),
}));

/** Any scope looked for, as text: a value holding none (nearly every one) needs no pattern tried. */
const ANY_SCOPE = new RegExp(PATTERNS.map(({ b }) => escapeRegExp(b.scope)).join('|'));

export const broadScope: PolicyCheck = (ctx) => {
  const out: PolicyHit[] = [];
  for (const slot of ctx.slots) {
    const value = slot.node.value.slice(slot.from, slot.to);
    if (!ANY_SCOPE.test(value)) continue;
    const scopeSlot = /scope/i.test(slot.name ?? slot.path);
    for (const { b, re } of PATTERNS) {
      if (b.needsScopeSlot && !scopeSlot) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(value)) !== null) {
        out.push({
          ruleId: 'mcp-broad-scope',
          ...textSpan(ctx.text, slot.node, slot.from + m.index, slot.from + m.index + m[0].length),
          message: `Server "${ctx.server.name}" asks for the broad scope "${b.scope}": grant ${b.instead} instead.`,
        });
      }
    }
  }
  return out;
};

/** The narrower scope to grant instead of a broad one a provider reported for a live token. */
export function narrowerScope(provider: string, scope: string): string | undefined {
  return BROAD_SCOPES.find((b) => b.provider === provider && (b.prefix ? scope.startsWith(b.scope) : scope === b.scope))
    ?.instead;
}
