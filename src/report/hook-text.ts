/**
 * What the pre-commit hook says when it blocks a commit, after the findings themselves: why it
 * matters, what to do now, how to mark a false positive, and only then how to skip the check.
 */
import type { ScanResult } from '../core/result.js';

export function renderHookGuidance(result: ScanResult): string {
  const n = result.findings.length;
  const mcpClients = [...new Set(result.findings.map((f) => f.mcp?.client).filter(Boolean))];
  const reference =
    mcpClients.length > 0
      ? `reference it the way ${mcpClients.join(', ')} expects (an environment variable such as \${VAR}, VS Code "inputs", Codex bearer_token_env_var)`
      : 'load it from an environment variable or a secret manager (e.g. ${VAR} in config, process.env in code)';
  return `
mcp-leak-guard blocked this commit: ${n} finding(s) in the staged changes (listed above).

Why it matters: anything committed can be read by everyone with access to the repository, and
stays in its history after the line is deleted; leaked tokens are found and used within minutes.

What to do now:
  1. Remove the value from the file, then stage the file again (git add).
  2. Instead, ${reference}.
  3. If the value was ever pushed or shared, revoke it and issue a new one (each finding says where).

If a finding is a false positive:
  - put "mcp-leak-guard:allow" in a comment on that line, or
  - record it in a baseline: mcp-leak-guard baseline -o .mcp-leak-guard-baseline.json
    (then scan with --baseline .mcp-leak-guard-baseline.json).

Only if you are sure, to skip the check for one commit: git commit --no-verify
`;
}
