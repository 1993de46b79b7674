/**
 * One sticky pull request comment, found again by a hidden marker and updated in place on every
 * run (marked resolved when clean). A fork's read-only token cannot comment: that is a notice,
 * not a failure.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { ScanResult } from '../core/result.js';
import { findingsTable, mcpTable } from './markdown.js';

export const MARKER = '<!-- mcp-leak-guard:sticky-comment -->';
/** GitHub's comment limit is 65,536 characters. */
const COMMENT_BUDGET = 60_000;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export function commentBody(result: ScanResult, head: string): string {
  const n = result.findings.length;
  if (n === 0) {
    return `${MARKER}\n### mcp-leak-guard: resolved\n\nNo secrets or unsafe MCP configs in this pull request as of ${head.slice(0, 12)}.\n`;
  }
  const s = result.stats;
  const parts = [
    MARKER,
    `### mcp-leak-guard: ${s.errorFindings} error(s), ${s.warningFindings} warning(s) as of ${head.slice(0, 12)}`,
    '',
    'A credential that reached a pushed commit must be treated as leaked: **revoke it and issue a new one** (links below), then remove it and reference it instead (an environment variable, VS Code `inputs`, Codex `bearer_token_env_var`, ...). A false positive can be marked with an inline `mcp-leak-guard:allow` comment or a baseline.',
    '',
  ];
  if (result.verification?.live)
    parts.push(
      `**${result.verification.live} credential(s) verified LIVE with their provider**: revoke those first (marked LIVE below).`,
      '',
    );
  const mcp = mcpTable(result.mcpConfigs);
  if (mcp) parts.push(mcp, '');
  parts.push(findingsTable(result.findings, COMMENT_BUDGET - mcp.length - 1500));
  return `${parts.join('\n')}\n`;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

export async function upsertComment(
  token: string,
  target: CommentTarget,
  body: string,
  clean: boolean,
): Promise<CommentOutcome> {
  const octokit = github.getOctokit(token);
  const { owner, repo, issueNumber } = target;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const mine = comments.find((c) => c.body?.includes(MARKER));
    if (!mine) {
      // Nothing to say on a clean pull request that never had findings.
      if (clean) return 'unchanged';
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      return 'created';
    }
    if (mine.body === body) return 'unchanged';
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return 'updated';
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      core.notice(
        `mcp-leak-guard: the token cannot write pull request comments here (HTTP ${status}; a fork's token is read-only), so the comment was skipped. Annotations and the job summary have the findings.`,
      );
      return 'skipped';
    }
    throw e;
  }
}
