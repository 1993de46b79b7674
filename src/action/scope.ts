/**
 * What an event asks to scan, never less: a pull request's commits between its base and head, a
 * push's new commits, a new branch's commits not on the default branch, or the whole history.
 */
import type { ActionSettings } from './inputs.js';

export type ScanPlan =
  | { kind: 'diff'; base: string; head: string; why: string; fallbackBranch?: string }
  | { kind: 'branch'; head: string; defaultBranch: string; why: string }
  | { kind: 'history'; why: string }
  | { kind: 'tree'; why: string }
  | { kind: 'nothing'; why: string };

const ZERO = /^0+$/;

export interface Payload {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string }; number?: number };
  before?: string;
  after?: string;
  forced?: boolean;
  deleted?: boolean;
  repository?: { default_branch?: string; [key: string]: unknown };
}

export class ScopeError extends Error {}

export function planScan(event: string, payload: Payload, settings: ActionSettings): ScanPlan {
  const mode = settings.mode;
  if (mode === 'tree') return { kind: 'tree', why: 'mode: tree' };
  if (mode === 'history') return { kind: 'history', why: 'mode: history' };
  const fromEvent = eventPlan(event, payload);
  if (mode === 'diff' || settings.base || settings.head) {
    const base = settings.base ?? (fromEvent.kind === 'diff' ? fromEvent.base : undefined);
    const head =
      settings.head ?? (fromEvent.kind === 'diff' || fromEvent.kind === 'branch' ? fromEvent.head : undefined);
    if (!base || !head) throw new ScopeError(`mode diff needs the inputs "base" and "head" for a ${event} event`);
    return { kind: 'diff', base, head, why: `commits in ${short(head)} since ${short(base)} (inputs)` };
  }
  return fromEvent;
}

function eventPlan(event: string, payload: Payload): ScanPlan {
  switch (event) {
    case 'pull_request':
    case 'pull_request_target': {
      const base = payload.pull_request?.base?.sha;
      const head = payload.pull_request?.head?.sha;
      if (!base || !head) throw new ScopeError(`the ${event} payload has no base or head SHA`);
      return {
        kind: 'diff',
        base,
        head,
        why: `pull request #${payload.pull_request?.number ?? '?'}: ${short(base)}..${short(head)}`,
      };
    }
    case 'push': {
      const { before, after } = payload;
      const defaultBranch = payload.repository?.default_branch ?? 'main';
      if (payload.deleted || !after || ZERO.test(after)) return { kind: 'nothing', why: 'the push deleted a branch' };
      if (!before || ZERO.test(before)) {
        return {
          kind: 'branch',
          head: after,
          defaultBranch,
          why: `new branch: commits of ${short(after)} not on ${defaultBranch}`,
        };
      }
      return {
        kind: 'diff',
        base: before,
        head: after,
        // After a force push `before` may be gone; the commits not on the default branch are then what is new.
        fallbackBranch: defaultBranch,
        why: `push${payload.forced ? ' (forced)' : ''}: ${short(before)}..${short(after)}`,
      };
    }
    default:
      return { kind: 'history', why: `${event}: the full history` };
  }
}

const short = (sha: string): string => sha.slice(0, 12);
