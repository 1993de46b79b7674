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
import { loadConfig } from '../runtime/config-file.js';
import type { ScanResult } from '../core/result.js';
import { runScan } from '../runtime/run-scan.js';
import { repoRoot } from '../sources/git.js';
import { logSource } from '../sources/log.js';
import type { ScanSource } from '../sources/types.js';
import { worktreeSource } from '../sources/worktree.js';
import { VERSION } from '../core/version.js';
import { annotate } from './annotations.js';
import { commentBody, upsertComment } from './comment.js';
import { completeRange, ensureCommit, fetchBranch, fullHistory } from './fetch.js';
import { readSettings, type ActionSettings } from './inputs.js';
import { planScan, type ScanPlan } from './scope.js';
import { summaryMarkdown, writeSummary } from './summary.js';
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
    const source = await prepare(root, plan);
    if (!source) {
      setOutputs(undefined, '');
      core.info(`mcp-leak-guard: nothing to scan (${plan.why})`);
      return;
    }
    const config = await loadConfig(root, settings.config && path.resolve(root, settings.config));
    const result = await runScan(source, {
      config,
      ...(settings.baseline ? { baselinePath: path.resolve(root, settings.baseline) } : {}),
    });
    // Mask every found value in the runner's logs before anything is printed.
    for (const f of result.findings) if (f.raw) core.setSecret(f.raw);
    const revocation = await verifyAndRevoke(result, settings);
    await report(result, settings, root, plan);
    if (revocation) await writeSummary(revocation);
  } catch (e) {
    core.setFailed(`mcp-leak-guard could not scan: ${(e as Error).message}`);
    process.exitCode = 2;
  }
}

async function prepare(root: string, plan: ScanPlan): Promise<ScanSource | undefined> {
  switch (plan.kind) {
    case 'nothing':
      return undefined;
    case 'tree':
      return worktreeSource({ target: root });
    case 'history':
      await fullHistory(root);
      return logSource({ cwd: root, allowShallow: false });
    case 'branch': {
      await ensureCommit(root, plan.head);
      const base = await fetchBranch(root, plan.defaultBranch);
      await completeRange(root, base, plan.head);
      return logSource({ cwd: root, range: `${base}..${plan.head}`, allowShallow: false });
    }
    case 'diff': {
      await ensureCommit(root, plan.head);
      let base = plan.base;
      try {
        await ensureCommit(root, base);
      } catch (e) {
        // A force push can leave `before` unreachable: scan what is not on the default branch.
        if (!plan.fallbackBranch) throw e;
        core.notice(
          `mcp-leak-guard: ${base.slice(0, 12)} is gone (force push?); scanning the commits not on ${plan.fallbackBranch}`,
        );
        base = await fetchBranch(root, plan.fallbackBranch);
      }
      await completeRange(root, base, plan.head);
      return logSource({ cwd: root, range: `${base}..${plan.head}`, allowShallow: false });
    }
  }
}

async function report(result: ScanResult, settings: ActionSettings, root: string, plan: ScanPlan): Promise<void> {
  const findings = result.findings.map(publicFinding);
  if (settings.annotations) annotate(findings);
  for (const e of result.errors) core.error(`could not scan ${e.path}: ${e.message}`);
  await writeSummary(summaryMarkdown({ ...result, findings }, plan.why));
  let sarifPath = '';
  if (settings.sarifFile) {
    sarifPath = path.resolve(root, settings.sarifFile);
    await writeFile(sarifPath, renderSarif(result, VERSION));
  }
  setOutputs(result, sarifPath);
  const pr = github.context.payload.pull_request;
  if (settings.comment && pr && settings.token) {
    const head = (pr['head'] as { sha?: string } | undefined)?.sha ?? '';
    const body = commentBody({ ...result, findings }, head);
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
