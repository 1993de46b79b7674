/**
 * What `scan --staged` says when the staged changes would be blocked, after the findings
 * themselves: why it matters, what to do now (in the words of the MCP clients involved), how to
 * mark a false positive (only the ways that fit those files), and only then how to skip the check.
 */
import { atOrAbove, type FailOn } from '../core/findings.js';
import { DEFAULT_BASELINE_NAME } from '../core/baseline.js';
import { CLIENTS } from '../mcp/clients.js';
import { referenceAdvice } from '../mcp/reference.js';
import type { ScanResult } from '../core/result.js';

export interface HookGuidanceOptions {
  failOn: FailOn;
  /** Run by a git hook (the installed hook, hooks/pre-commit, the pre-commit framework). */
  asHook: boolean;
}

/** Files that cannot hold a comment: strict JSON (JSONC files such as VS Code's also get the other ways). */
const cannotHoldComment = (file: string): boolean => /\.json$/i.test(file);

export function renderHookGuidance(
  result: ScanResult,
  opts: HookGuidanceOptions = { failOn: 'error', asHook: true },
): string {
  const blocking = result.findings.filter((f) => atOrAbove(f.severity, opts.failOn));
  const n = blocking.length;
  const others = result.findings.length - n;
  const clientNames = new Set(blocking.map((f) => f.mcp?.client).filter(Boolean));
  const clients = CLIENTS.filter((c) => clientNames.has(c.name));
  const advice = (c: (typeof clients)[number]): string => {
    const f = blocking.find((x) => x.mcp?.client === c.name && x.mcp.slot);
    return f?.mcp?.slot ? referenceAdvice(c, f.mcp.slot, f.mcp.server ?? '') : c.reference;
  };
  const reference =
    clients.length > 0
      ? clients.map((c) => `\n       ${c.name}: ${advice(c)}`).join('')
      : ' load it from an environment variable or a secret manager (e.g. ${VAR} in config, process.env in code).';
  const files = [...new Set(blocking.map((f) => f.file))];
  const commentable = files.filter((f) => !cannotHoldComment(f));
  const falsePositive = [
    ...(commentable.length > 0
      ? [
          `  - put "mcp-leak-guard:allow" in a comment on that line${commentable.length < files.length ? ` (${commentable.join(', ')}; JSON files cannot hold a comment)` : ''}, or`,
        ]
      : []),
    '  - list the value under "allowlist.values" in .mcp-leak-guard.json, or',
    `  - record it in the baseline, which the hook reads from the repository root:`,
    `      mcp-leak-guard baseline -o ${DEFAULT_BASELINE_NAME} && git add ${DEFAULT_BASELINE_NAME}`,
  ];
  const head = opts.asHook
    ? `mcp-leak-guard blocked this commit: ${n} finding(s) in the staged changes (listed above)`
    : `mcp-leak-guard would block a commit of these staged changes: ${n} finding(s) (listed above)`;
  return `
${head}${others > 0 ? `; ${others} more below --fail-on ${opts.failOn} do not block it` : ''}.

Why it matters: anything committed can be read by everyone with access to the repository, and
stays in its history after the line is deleted; leaked tokens are found and used within minutes.

What to do now:
  1. Remove the value from the file, then stage the file again (git add).
  2. Instead,${reference}
  3. If the value was ever pushed or shared, revoke it and issue a new one (each finding says where).

If a finding is a false positive:
${falsePositive.join('\n')}
${opts.asHook ? '\nOnly if you are sure, to skip the check for one commit: git commit --no-verify\n' : ''}`;
}
