/**
 * `mcp-live-broad-scope`: a live token in an MCP server's config whose provider reports scopes
 * far wider than an assistant needs. The narrower scope comes from the table behind
 * `mcp-broad-scope`, so both rules give the same advice.
 */
import type { RawFinding } from '../core/types.js';
import { narrowerScope } from '../mcp/policy/broad-scope.js';

export const LIVE_BROAD_SCOPE = 'mcp-live-broad-scope';

export function liveBroadScopeFindings(
  findings: readonly RawFinding[],
  providerOf: (ruleId: string) => string | undefined,
): RawFinding[] {
  const out: RawFinding[] = [];
  for (const f of findings) {
    const v = f.verification;
    const provider = providerOf(f.ruleId);
    if (v?.status !== 'live' || !v.scopes || !f.mcp?.server || !provider) continue;
    const broad = v.scopes.flatMap((s) => {
      const instead = narrowerScope(provider, s);
      return instead ? [`"${s}" (grant ${instead} instead)`] : [];
    });
    if (broad.length === 0) continue;
    const { raw: _raw, verification: _v, occurrences: _o, ...rest } = f;
    out.push({
      ...rest,
      ruleId: LIVE_BROAD_SCOPE,
      category: 'policy',
      severity: 'error',
      message: `Server "${f.mcp.server}" holds a live token with broad scopes: ${broad.join(', ')}`,
      fingerprint: f.fingerprint.replace(`:${f.ruleId}:`, `:${LIVE_BROAD_SCOPE}:`),
      remediation: `Revoke this token and issue one with only the narrow scopes named above. ${f.remediation}`,
      verification: { ...v },
    });
  }
  return out;
}
