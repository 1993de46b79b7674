import { describe, expect, it } from '@jest/globals';
import type { ActionSettings } from '../../src/action/inputs.js';
import { planScan, ScopeError, type Payload } from '../../src/action/scope.js';
import { HEX, randomChars } from '../helpers/tokens/random.js';

const auto: ActionSettings = {
  mode: 'auto',
  failOn: 'error',
  token: '',
  comment: true,
  annotations: true,
  verify: false,
};
const sha = (seed: string): string => randomChars(HEX, 40, seed);
const ZERO = '0'.repeat(40);
const [A, B, C] = [sha('a'), sha('b'), sha('c')];
const repo = { default_branch: 'main' };

const plan = (event: string, payload: Payload, settings: Partial<ActionSettings> = {}) =>
  planScan(event, payload, { ...auto, ...settings });

describe('planScan', () => {
  it('pull_request and pull_request_target: head not in base, config from the base', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      const p = plan(event, { pull_request: { number: 3, base: { sha: A }, head: { sha: B } } });
      expect(p).toMatchObject({ kind: 'range', head: B, exclude: [{ sha: A }], trustedConfigAt: A });
      expect(p.why).toContain('pull request #3');
    }
    expect(() => plan('pull_request', { pull_request: { base: { sha: A } } })).toThrow(ScopeError);
  });

  it('merge_group: head_sha not in base_sha', () => {
    const p = plan('merge_group', { merge_group: { base_sha: A, head_sha: B } });
    expect(p).toMatchObject({ kind: 'range', head: B, exclude: [{ sha: A }] });
    expect(p).not.toHaveProperty('trustedConfigAt');
    expect(() => plan('merge_group', { merge_group: { head_sha: B } })).toThrow(/base_sha/);
  });

  it('push to another branch: not in before, nor on the default branch (forced or not)', () => {
    for (const forced of [false, true]) {
      const p = plan('push', { ref: 'refs/heads/topic', before: A, after: B, forced, repository: repo });
      expect(p).toMatchObject({
        kind: 'range',
        head: B,
        exclude: [{ sha: A, ifGone: expect.stringContaining('force push') }, { branch: 'main' }],
      });
      expect(p.why).toBe(
        `push to branch topic${forced ? ' (forced)' : ''}: commits of ${B.slice(0, 12)} not in ${A.slice(0, 12)} nor on main`,
      );
    }
  });

  it('push to the default branch: not in before only (the default branch is the push itself)', () => {
    const p = plan('push', { ref: 'refs/heads/main', before: A, after: B, forced: true, repository: repo });
    expect(p).toMatchObject({ kind: 'range', head: B, exclude: [{ sha: A }] });
    expect(p.kind === 'range' && p.exclude).toHaveLength(1);
  });

  it('new branch: commits not on the default branch; first push of the default branch: all of them', () => {
    expect(plan('push', { ref: 'refs/heads/topic', before: ZERO, after: B, repository: repo })).toMatchObject({
      kind: 'range',
      head: B,
      exclude: [{ branch: 'main' }],
      why: expect.stringMatching(/^new branch topic: /),
    });
    const first = plan('push', { ref: 'refs/heads/main', before: ZERO, after: B, created: true, repository: repo });
    expect(first).toMatchObject({ kind: 'range', head: B, exclude: [] });
    expect(first.why).toMatch(/^first push of the default branch main/);
  });

  it('tag push is named a tag; deletions scan nothing and say what was deleted', () => {
    expect(plan('push', { ref: 'refs/tags/v1.0', before: ZERO, after: C, repository: repo }).why).toMatch(
      /^new tag v1\.0: commits of .* not on main$/,
    );
    const del = plan('push', { ref: 'refs/heads/topic', before: A, after: ZERO, deleted: true, repository: repo });
    expect(del).toMatchObject({ kind: 'nothing', why: 'the push deleted branch topic: no commits to scan' });
    expect(plan('push', { ref: 'refs/tags/v1', before: A, after: ZERO, repository: repo }).why).toContain(
      'deleted tag v1',
    );
  });

  it('schedule and workflow_dispatch: the full history; an unknown event too, with a notice naming it', () => {
    expect(plan('schedule', {})).toMatchObject({ kind: 'history', notices: [] });
    expect(plan('workflow_dispatch', {})).toMatchObject({ kind: 'history', notices: [] });
    const p = plan('deployment', {});
    expect(p.kind).toBe('history');
    expect(p.notices).toEqual([expect.stringContaining('"deployment" event')]);
    expect(p.notices[0]).toContain('full history');
  });

  it('inputs win: mode tree/history, and diff with base/head (or the event range)', () => {
    const push = { ref: 'refs/heads/topic', before: A, after: B, repository: repo };
    expect(plan('push', push, { mode: 'tree' }).kind).toBe('tree');
    expect(plan('push', push, { mode: 'history' }).kind).toBe('history');
    expect(plan('push', push, { mode: 'diff' })).toMatchObject({ head: B, exclude: [{ sha: A }] });
    expect(plan('schedule', {}, { base: A, head: C })).toMatchObject({ head: C, exclude: [{ sha: A }] });
    expect(() => plan('schedule', {}, { mode: 'diff' })).toThrow(/needs the inputs "base" and "head"/);
  });

  it('rejects a payload whose SHAs are not SHAs', () => {
    expect(() => plan('push', { ref: 'refs/heads/x', before: 'HEAD~1', after: B, repository: repo })).toThrow(
      /"before" is not a commit SHA/,
    );
    expect(() => plan('push', { ref: 'refs/heads/x', before: A, repository: repo })).toThrow(/no "after" SHA/);
  });
});
