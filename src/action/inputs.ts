/**
 * Every Action input read and validated in one place into one typed settings object; nothing else
 * calls `core.getInput`.
 */
import * as core from '@actions/core';
import type { FailOn } from '../core/findings.js';

export type Mode = 'auto' | 'diff' | 'history' | 'tree';

export interface ActionSettings {
  mode: Mode;
  base?: string;
  head?: string;
  config?: string;
  baseline?: string;
  failOn: FailOn;
  token: string;
  comment: boolean;
  sarifFile?: string;
  annotations: boolean;
  /** Verify each credential with its provider (off by default). */
  verify: boolean;
  /** Revoke the GitHub tokens found (off by default). */
  revoke?: 'github';
}

export class InputError extends Error {}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T {
  const value = (core.getInput(name) || allowed[0]!) as T;
  if (!allowed.includes(value))
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}; got "${value}"`);
  return value;
}

function flag(name: string, dflt: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return dflt;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new InputError(`input "${name}" must be true or false; got "${raw}"`);
}

const optional = (name: string): string | undefined => core.getInput(name).trim() || undefined;

export function readSettings(): ActionSettings {
  const s: ActionSettings = {
    mode: oneOf('mode', ['auto', 'diff', 'history', 'tree'] as const),
    failOn: oneOf('fail-on', ['error', 'warning', 'never', 'live'] as const),
    token: core.getInput('github-token'),
    comment: flag('comment', true),
    annotations: flag('annotations', true),
    verify: flag('verify', false),
  };
  if (s.failOn === 'live' && !s.verify) throw new InputError('input "fail-on: live" needs "verify: true"');
  const revoke = core.getInput('revoke').trim().toLowerCase();
  if (revoke === 'github') s.revoke = 'github';
  else if (revoke !== '' && revoke !== 'false')
    throw new InputError(`input "revoke" must be github or empty; got "${revoke}"`);
  for (const [key, name] of [
    ['base', 'base'],
    ['head', 'head'],
    ['config', 'config'],
    ['baseline', 'baseline'],
    ['sarifFile', 'sarif-file'],
  ] as const) {
    const v = optional(name);
    if (v !== undefined) s[key] = v;
  }
  if (s.token) core.setSecret(s.token);
  return s;
}
