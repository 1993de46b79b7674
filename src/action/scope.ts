/**
 * What an event adds, as a plan the fetcher carries out: the commits reachable from one head and
 * from none of the excluded tips (a pull request's base, a push's `before`, the default branch),
 * the whole history, the work tree, or nothing. Pure: it reads the payload, never git.
 */
import type { ActionSettings } from './inputs.js';

/** A commit whose history is not new: by id, or a branch of the remote looked up when fetching. */
export type Exclusion =
  | {
      sha: string;
      /** Said when the commit cannot be fetched and the scan goes on without it (else a failure). */
      ifGone?: string;
    }
  | {
      branch: string;
      /** Said when the branch does not exist on the remote and the scan goes on without it. */
      ifGone: string;
    };

export type ScanPlan =
  | {
      kind: 'range';
      head: string;
      exclude: Exclusion[];
      why: string;
      /** Pull requests: the commit whose config and baseline apply (a PR cannot change its own rules). */
      trustedConfigAt?: string;
      notices: string[];
    }
  | { kind: 'history'; why: string; notices: string[] }
  | { kind: 'tree'; why: string; notices: string[] }
  | { kind: 'nothing'; why: string; notices: string[] };

export interface Payload {
  ref?: string;
  before?: string;
  after?: string;
  forced?: boolean;
  deleted?: boolean;
  pull_request?: { base?: { sha?: string; ref?: string }; head?: { sha?: string }; number?: number };
  merge_group?: { base_sha?: string; head_sha?: string; base_ref?: string; head_ref?: string };
  repository?: { default_branch?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export class ScopeError extends Error {}

const ZERO = /^0+$/;
const isSha = (s: string | undefined): s is string => !!s && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(s);
const short = (sha: string): string => sha.slice(0, 12);

export function planScan(event: string, payload: Payload, settings: ActionSettings): ScanPlan {
  if (settings.mode === 'tree') return { kind: 'tree', why: 'the work tree (mode: tree)', notices: [] };
  if (settings.mode === 'history') return { kind: 'history', why: 'the full history (mode: history)', notices: [] };
  if (settings.mode === 'diff' || settings.base || settings.head) return inputsPlan(event, payload, settings);
  return eventPlan(event, payload);
}

/** `mode: diff` or explicit `base`/`head`: the inputs win over the event's own range. */
function inputsPlan(event: string, payload: Payload, settings: ActionSettings): ScanPlan {
  const fromEvent = eventPlan(event, payload);
  const eventRange = fromEvent.kind === 'range' ? fromEvent : undefined;
  const head = settings.head ?? eventRange?.head;
  const base = settings.base ?? eventRange?.exclude.find((e): e is { sha: string } => 'sha' in e)?.sha;
  if (!base || !head) throw new ScopeError(`mode diff needs the inputs "base" and "head" for a ${event} event`);
  return {
    kind: 'range',
    head,
    exclude: [{ sha: base }],
    why: `commits of ${short(head)} not in ${short(base)} (inputs)`,
    notices: [],
  };
}

function eventPlan(event: string, payload: Payload): ScanPlan {
  switch (event) {
    case 'pull_request':
    case 'pull_request_target': {
      const base = payload.pull_request?.base?.sha;
      const head = payload.pull_request?.head?.sha;
      if (!isSha(base) || !isSha(head)) throw new ScopeError(`the ${event} payload has no base or head SHA`);
      return {
        kind: 'range',
        head,
        exclude: [{ sha: base }],
        trustedConfigAt: base,
        why: `pull request #${payload.pull_request?.number ?? '?'}: commits of ${short(head)} not in its base ${short(base)}`,
        notices: [],
      };
    }
    case 'merge_group': {
      const base = payload.merge_group?.base_sha;
      const head = payload.merge_group?.head_sha;
      if (!isSha(base) || !isSha(head)) throw new ScopeError('the merge_group payload has no base_sha or head_sha');
      return {
        kind: 'range',
        head,
        exclude: [{ sha: base }],
        why: `merge queue: commits of ${short(head)} not in ${short(base)}`,
        notices: [],
      };
    }
    case 'push':
      return pushPlan(payload);
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: 'history', why: `the full history (${event})`, notices: [] };
    default:
      return {
        kind: 'history',
        why: `the full history (${event})`,
        notices: [
          `mcp-leak-guard does not know what a "${event}" event adds, so it scanned the full history of the checked-out commit. Set the input "mode" (tree, history, or diff with base and head) to choose.`,
        ],
      };
  }
}

function refName(ref: string | undefined): { kind: 'branch' | 'tag' | 'ref'; name: string } {
  if (ref?.startsWith('refs/heads/')) return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref?.startsWith('refs/tags/')) return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
  return { kind: 'ref', name: ref ?? '(unknown ref)' };
}

function pushPlan(payload: Payload): ScanPlan {
  const { before, after } = payload;
  const ref = refName(payload.ref);
  const defaultBranch = payload.repository?.default_branch;
  const what = `${ref.kind} ${ref.name}`;
  if (payload.deleted || (after !== undefined && ZERO.test(after))) {
    return { kind: 'nothing', why: `the push deleted ${what}: no commits to scan`, notices: [] };
  }
  if (!isSha(after)) throw new ScopeError('the push payload has no "after" SHA');
  const isDefault = ref.kind === 'branch' && ref.name === defaultBranch;
  // Commits already on the default branch are not new to a push elsewhere, whatever it rebased onto.
  const onDefault: Exclusion[] =
    defaultBranch && !isDefault
      ? [
          {
            branch: defaultBranch,
            ifGone: `the default branch ${defaultBranch} is not on the remote, so every commit of ${short(after)} not in the push's old tip counts as new`,
          },
        ]
      : [];
  if (!before || ZERO.test(before)) {
    if (isDefault) {
      return {
        kind: 'range',
        head: after,
        exclude: [],
        why: `first push of the default branch ${ref.name}: every commit of ${short(after)}`,
        notices: [],
      };
    }
    return {
      kind: 'range',
      head: after,
      exclude: onDefault,
      why: `new ${what}: commits of ${short(after)}${defaultBranch ? ` not on ${defaultBranch}` : ''}`,
      notices: [],
    };
  }
  if (!isSha(before)) throw new ScopeError(`the push payload's "before" is not a commit SHA: "${before}"`);
  return {
    kind: 'range',
    head: after,
    exclude: [
      {
        sha: before,
        ifGone: `the push's old tip ${short(before)} can no longer be fetched (force push?), so the commits of ${short(after)}${onDefault.length ? ` not on ${defaultBranch}` : ''} count as new`,
      },
      ...onDefault,
    ],
    why: `push to ${what}${payload.forced ? ' (forced)' : ''}: commits of ${short(after)} not in ${short(before)}${onDefault.length ? ` nor on ${defaultBranch}` : ''}`,
    notices: [],
  };
}
