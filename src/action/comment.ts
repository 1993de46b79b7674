/**
 * One sticky pull request comment, found again by a hidden marker and its author (the identity
 * of the token: anyone can write the marker into a comment of their own) and updated in place on
 * every run (marked resolved when clean). A fork's read-only token cannot comment: that is a
 * notice, not a failure.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { ScanResult } from '../core/result.js';
import { mdText } from '../report/escape.js';
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
    return `${MARKER}\n### mcp-leak-guard: resolved\n\nNo secrets or unsafe MCP configs in this pull request as of ${mdText(head.slice(0, 12))}.\n`;
  }
  const s = result.stats;
  const parts = [
    MARKER,
    `### mcp-leak-guard: ${s.errorFindings} error(s), ${s.warningFindings} warning(s) as of ${mdText(head.slice(0, 12))}`,
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

/** What `GITHUB_TOKEN` comments as; it cannot read its own user (`GET /user` answers 403). */
export const ACTIONS_BOT = 'github-actions[bot]';

type Octokit = ReturnType<typeof github.getOctokit>;

/** The login the token comments as: its user for a personal token, else the Actions bot. */
async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT;
    throw e;
  }
}

export async function upsertComment(
  token: string,
  target: CommentTarget,
  body: string,
  clean: boolean,
): Promise<CommentOutcome> {
  const octokit = github.getOctokit(token);
  const { owner, repo, issueNumber } = target;
  const me = await ownLogin(octokit);
  let mine: { id: number; body?: string | undefined } | undefined;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    mine = comments.find((c) => c.body?.includes(MARKER) && c.user?.login === me);
    if (!mine) {
      // Nothing to say on a clean pull request that never had findings.
      if (clean) return 'unchanged';
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      return 'created';
    }
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
  if (mine.body === body) return 'unchanged';
  try {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return 'updated';
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status !== 403 && status !== 404) throw e;
    core.warning(
      `mcp-leak-guard: could not update its own earlier comment ${mine.id} (HTTP ${status}), so the comment was skipped. Annotations and the job summary have the findings.`,
    );
    return 'skipped';
  }
}
