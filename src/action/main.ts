/**
 * The GitHub Action: event -> what to scan -> fetch what is missing -> the shared scan ->
 * annotations, job summary, sticky PR comment, SARIF and outputs. Any failure to scan fails the
 * step (exit 2); findings fail it according to `fail-on`.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeFor, publicFinding } from '../core/findings.js';
import { renderSarif } from '../report/sarif.js';
import type { ScanResult } from '../core/result.js';
import { runScan } from '../runtime/run-scan.js';
import { repoRoot } from '../sources/git.js';
import { logSource } from '../sources/log.js';
import type { ScanSource } from '../sources/types.js';
import { worktreeSource } from '../sources/worktree.js';
import { VERSION } from '../core/version.js';
import { annotate } from './annotations.js';
import { commentBody, upsertComment } from './comment.js';
import { countCommits, fetchHistory, fetchRange } from './fetch.js';
import { readSettings, type ActionSettings } from './inputs.js';
import { planScan, type ScanPlan } from './scope.js';
import { summaryMarkdown, writeSummary } from './summary.js';
import { rulesFromCommit, rulesFromWorkTree } from './trusted-config.js';
import { verifyAndRevoke } from './verify.js';

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const root = await repoRoot(workspace);
    if (!root) throw new Error(`GITHUB_WORKSPACE (${workspace}) is not a git repository: run actions/checkout first`);
    const { eventName, payload } = github.context;
    const plan = planScan(eventName, payload, settings);
    core.info(`mcp-leak-guard ${VERSION}: scanning ${plan.why}`);
    const prepared = await prepare(root, plan);
    core.info(
      `mcp-leak-guard: fetched ${prepared.fetchedCommits} commit(s) in ${prepared.fetches} request(s); scanning ${prepared.scannedCommits} commit(s)`,
    );
    const rules =
      plan.kind === 'range' && plan.trustedConfigAt
        ? await rulesFromCommit(root, plan.trustedConfigAt, plan.head, settings)
        : await rulesFromWorkTree(root, settings.config, settings.baseline);
    const notices = [...plan.notices, ...prepared.notices, ...rules.notices];
    for (const n of notices) core.notice(`mcp-leak-guard: ${n}`);
    core.setOutput('commits-fetched', prepared.fetchedCommits);
    core.setOutput('commits-scanned', prepared.scannedCommits);
    if (!prepared.source) {
      setOutputs(undefined, '');
      core.info(`mcp-leak-guard: nothing to scan (${plan.why})`);
      return;
    }
    const result = await runScan(prepared.source, {
      config: rules.config,
      ...(rules.baselinePath ? { baselinePath: rules.baselinePath } : {}),
    });
    // Mask every found value in the runner's logs before anything is printed.
    for (const f of result.findings) if (f.raw) core.setSecret(f.raw);
    const revocation = await verifyAndRevoke(result, settings);
    await report(result, settings, root, plan, notices);
    if (revocation) await writeSummary(revocation);
  } catch (e) {
    core.setFailed(`mcp-leak-guard could not scan: ${(e as Error).message}`);
    process.exitCode = 2;
  }
}

interface Prepared {
  source?: ScanSource;
  fetchedCommits: number;
  fetches: number;
  scannedCommits: number;
  notices: string[];
}

async function prepare(root: string, plan: ScanPlan): Promise<Prepared> {
  switch (plan.kind) {
    case 'nothing':
      return { fetchedCommits: 0, fetches: 0, scannedCommits: 0, notices: [] };
    case 'tree':
      return {
        source: await worktreeSource({ target: root }),
        fetchedCommits: 0,
        fetches: 0,
        scannedCommits: 0,
        notices: [],
      };
    case 'history': {
      const fetched = await fetchHistory(root);
      const scannedCommits = await countCommits(root, ['HEAD']);
      return { source: await logSource({ cwd: root, allowShallow: false }), ...fetched, scannedCommits, notices: [] };
    }
    case 'range': {
      const r = await fetchRange(root, plan.head, plan.exclude);
      const revs = [r.head, ...r.exclude.map((e) => `^${e}`)];
      const source = await logSource({
        cwd: root,
        commits: { head: r.head, exclude: r.exclude },
        allowShallow: false,
      });
      return { source, ...r, scannedCommits: await countCommits(root, revs) };
    }
  }
}

/** Notices go right under the heading of the summary or comment, where they are read. */
function withNotices(markdown: string, notices: readonly string[]): string {
  if (notices.length === 0) return markdown;
  const block = `${notices.map((n) => `> **Note:** ${n}`).join('\n>\n')}\n\n`;
  const at = markdown.indexOf('\n\n');
  return at < 0 ? `${block}${markdown}` : `${markdown.slice(0, at + 2)}${block}${markdown.slice(at + 2)}`;
}

async function report(
  result: ScanResult,
  settings: ActionSettings,
  root: string,
  plan: ScanPlan,
  notices: readonly string[],
): Promise<void> {
  const findings = result.findings.map(publicFinding);
  if (settings.annotations) annotate(findings);
  for (const e of result.errors) core.error(`could not scan ${e.path}: ${e.message}`);
  await writeSummary(withNotices(summaryMarkdown({ ...result, findings }, plan.why), notices));
  let sarifPath = '';
  if (settings.sarifFile) {
    sarifPath = path.resolve(root, settings.sarifFile);
    await writeFile(sarifPath, renderSarif(result, VERSION));
  }
  setOutputs(result, sarifPath);
  const pr = github.context.payload.pull_request;
  if (settings.comment && pr && settings.token) {
    const head = (pr['head'] as { sha?: string } | undefined)?.sha ?? '';
    const body = withNotices(commentBody({ ...result, findings }, head), notices);
    const { owner, repo } = github.context.repo;
    const outcome = await upsertComment(
      settings.token,
      { owner, repo, issueNumber: pr.number },
      body,
      findings.length === 0,
    );
    core.info(`mcp-leak-guard: pull request comment ${outcome}`);
  }
  const code = exitCodeFor(findings, result.errors.length, settings.failOn);
  if (code === 2) {
    core.setFailed(`mcp-leak-guard: ${result.errors.length} input(s) could not be scanned`);
    process.exitCode = 2;
  } else if (code === 1) {
    core.setFailed(
      `mcp-leak-guard: ${result.stats.errorFindings} error(s) and ${result.stats.warningFindings} warning(s) (fail-on: ${settings.failOn})`,
    );
  }
}

function setOutputs(result: ScanResult | undefined, sarifPath: string): void {
  core.setOutput('findings', result?.findings.length ?? 0);
  core.setOutput('errors', result?.stats.errorFindings ?? 0);
  core.setOutput('warnings', result?.stats.warningFindings ?? 0);
  core.setOutput('sarif-file', sarifPath);
}
