/**
 * The Action's `verify` and `revoke: github` inputs: verification marks live credentials (listed
 * first, LIVE in annotations, summary and comment); revocation sends the GitHub tokens found to
 * GitHub's credential revocation API and returns the job-summary section that says so.
 */
import * as core from '@actions/core';
import { providerInfo } from '../core/remediation.js';
import { verificationSummary } from '../report/verification.js';
import type { ScanResult } from '../core/result.js';
import { countFindings } from '../runtime/run-scan.js';
import { revokeFindings, verifyResult } from '../verify/index.js';
import type { ActionSettings } from './inputs.js';

export async function verifyAndRevoke(result: ScanResult, settings: ActionSettings): Promise<string | undefined> {
  if (settings.verify) {
    const stats = await verifyResult(result, { env: process.env });
    countFindings(result);
    core.info(`mcp-leak-guard: ${verificationSummary(stats)}`);
  }
  if (settings.revoke !== 'github') return undefined;
  const outcomes = await revokeFindings(result.findings, result.rules, {
    env: process.env,
    only: ['github'],
    manualPage: (p) => providerInfo(p).revokeUrl,
  });
  const github = new Set(result.rules.filter((r) => r.provider === 'github').map((r) => r.id));
  const lines: string[] = [];
  let revoked = 0;
  let refused = 0;
  for (const f of result.findings) {
    const o = outcomes.get(f.fingerprint);
    if (!o || !github.has(f.ruleId) || o.status === 'not-revocable') continue;
    if (o.status === 'revoked') revoked++;
    else refused++;
    lines.push(
      `- ${o.status === 'revoked' ? 'revoked' : '**not revoked**'}: \`${f.secret ?? f.ruleId}\` in ${f.file}:${f.line} (${o.reason})`,
    );
  }
  const headline = `${revoked} GitHub token(s) revoked, ${refused} refused`;
  if (refused > 0) core.warning(`mcp-leak-guard: ${headline}`);
  else core.notice(`mcp-leak-guard: ${headline}`);
  return ['### Revocation (revoke: github)', '', `${headline}.`, '', ...lines, ''].join('\n');
}
