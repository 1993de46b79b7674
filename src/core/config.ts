/**
 * Configuration: the embedded default plus an optional user file (`.mcp-leak-guard.json` or
 * `.mcp-leak-guard.yml`). This module validates a parsed object and resolves it into matchers; it
 * never reads files. Every error names the file and the key at fault.
 */
import micromatch from 'micromatch';
import { parse as parseYaml } from 'yaml';
import type { RuleFamily, SecretRuleSpec } from './rules/define.js';
import type { Severity } from './types.js';
import { compileUserPattern, type UserPattern } from './user-pattern.js';

export type RuleSetting = 'off' | Severity;

export interface CustomRuleConfig {
  id: string;
  title?: string;
  /** JavaScript regular expression source; the secret is group `secret` or the whole match. */
  pattern: string;
  /** Literal gates; default: the longest literal run of the pattern is not guessed, so required. */
  keywords: string[];
  severity?: Severity;
  minEntropy?: number;
}

/** The file format (all keys optional). */
export interface UserConfig {
  allowlist?: {
    /** micromatch globs of paths never scanned. */
    paths?: string[];
    /** Regular expressions; a finding whose secret matches one is dropped. */
    regexes?: string[];
    /** Exact secret values to ignore (e.g. a public demo key). */
    values?: string[];
  };
  /** Per rule id: `off`, `error` or `warning`. */
  rules?: Record<string, RuleSetting>;
  customRules?: CustomRuleConfig[];
  /** MCP policy settings, read by `src/mcp` (kept opaque here). */
  mcp?: Record<string, unknown>;
  /** Credentials older than this (days) and still present are overdue for rotation. */
  rotation?: { maxAgeDays?: number };
}

export const DEFAULT_MAX_AGE_DAYS = 180;

export interface ResolvedConfig {
  source: string;
  isPathAllowed: (path: string) => boolean;
  allowRegexes: readonly UserPattern[];
  allowValues: ReadonlySet<string>;
  ruleSettings: ReadonlyMap<string, RuleSetting>;
  customFamily?: RuleFamily;
  mcp: Readonly<Record<string, unknown>>;
  maxAgeDays: number;
}

export const CONFIG_FILE_NAMES = ['.mcp-leak-guard.json', '.mcp-leak-guard.yml', '.mcp-leak-guard.yaml'] as const;

export class ConfigError extends Error {
  constructor(source: string, detail: string) {
    super(`invalid config ${source}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Parse a config file's text by its extension (JSON, or YAML for .yml/.yaml). */
export function parseConfigText(text: string, source: string): UserConfig {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(source) ? parseYaml(text, { maxAliasCount: 100 }) : JSON.parse(text);
  } catch (e) {
    throw new ConfigError(source, `not valid ${/\.ya?ml$/i.test(source) ? 'YAML' : 'JSON'}: ${(e as Error).message}`);
  }
  return validateConfig(data ?? {}, source);
}

const TOP_KEYS = new Set(['allowlist', 'rules', 'customRules', 'mcp', 'rotation', '$schema']);

export function validateConfig(data: unknown, source: string): UserConfig {
  const fail = (detail: string): never => {
    throw new ConfigError(source, detail);
  };
  if (!isObject(data)) fail('the top level must be an object');
  const obj = data as Record<string, unknown>;
  for (const k of Object.keys(obj))
    if (!TOP_KEYS.has(k)) fail(`unknown key "${k}" (known: ${[...TOP_KEYS].join(', ')})`);
  const out: UserConfig = {};
  if (obj['allowlist'] !== undefined) {
    const a = obj['allowlist'];
    if (!isObject(a)) fail('"allowlist" must be an object');
    const al = a as Record<string, unknown>;
    for (const k of Object.keys(al))
      if (!['paths', 'regexes', 'values'].includes(k)) fail(`unknown key "allowlist.${k}"`);
    out.allowlist = {};
    for (const k of ['paths', 'regexes', 'values'] as const) {
      const v = al[k];
      if (v === undefined) continue;
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        fail(`"allowlist.${k}" must be a list of strings`);
      out.allowlist[k] = v as string[];
    }
    for (const [i, r] of (out.allowlist.regexes ?? []).entries())
      compileUserRegex(r, `allowlist.regexes[${i}]`, `"allowlist.regexes[${i}]"`, fail);
  }
  if (obj['rules'] !== undefined) {
    const r = obj['rules'];
    if (!isObject(r)) fail('"rules" must be an object of rule id -> "off" | "error" | "warning"');
    for (const [id, v] of Object.entries(r as Record<string, unknown>)) {
      if (v !== 'off' && v !== 'error' && v !== 'warning') fail(`"rules.${id}" must be "off", "error" or "warning"`);
    }
    out.rules = r as Record<string, RuleSetting>;
  }
  if (obj['customRules'] !== undefined) {
    const list = obj['customRules'];
    if (!Array.isArray(list)) fail('"customRules" must be a list');
    out.customRules = (list as unknown[]).map((raw, i) => validateCustomRule(raw, `customRules[${i}]`, fail));
  }
  if (obj['mcp'] !== undefined) {
    if (!isObject(obj['mcp'])) fail('"mcp" must be an object');
    out.mcp = obj['mcp'] as Record<string, unknown>;
  }
  if (obj['rotation'] !== undefined) {
    const r = obj['rotation'];
    if (!isObject(r) || Object.keys(r).some((k) => k !== 'maxAgeDays')) fail('"rotation" takes only "maxAgeDays"');
    const days = (r as Record<string, unknown>)['maxAgeDays'];
    if (days !== undefined && (typeof days !== 'number' || !Number.isInteger(days) || days < 1))
      fail('"rotation.maxAgeDays" must be a whole number of days, 1 or more');
    out.rotation = { ...(days !== undefined ? { maxAgeDays: days as number } : {}) };
  }
  return out;
}

function validateCustomRule(raw: unknown, at: string, fail: (d: string) => never): CustomRuleConfig {
  if (!isObject(raw)) fail(`"${at}" must be an object`);
  const r = raw as Record<string, unknown>;
  if (typeof r['id'] !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r['id']))
    fail(`"${at}.id" must be a lowercase id like "acme-api-key"`);
  if (typeof r['pattern'] !== 'string') fail(`"${at}.pattern" must be a regular expression string`);
  compileUserRegex(r['pattern'] as string, `${at}.pattern`, `"${at}.pattern" (rule "${String(r['id'])}")`, fail);
  const kw = r['keywords'];
  if (!Array.isArray(kw) || kw.length === 0 || !kw.every((k) => typeof k === 'string' && /^[\x20-\x7e]+$/.test(k)))
    fail(`"${at}.keywords" must be a non-empty list of ASCII strings (the rule only runs where one occurs)`);
  if (r['severity'] !== undefined && r['severity'] !== 'error' && r['severity'] !== 'warning')
    fail(`"${at}.severity" must be "error" or "warning"`);
  if (r['minEntropy'] !== undefined && typeof r['minEntropy'] !== 'number') fail(`"${at}.minEntropy" must be a number`);
  return r as unknown as CustomRuleConfig;
}

/** Config patterns are untrusted: they must compile for the linear-time engine. */
function compileUserRegex(src: string, at: string, name: string, fail: (d: string) => never): UserPattern {
  try {
    new RegExp(src);
  } catch (e) {
    return fail(`"${at}" is not a valid regular expression: ${(e as Error).message}`);
  }
  try {
    return compileUserPattern(src);
  } catch (e) {
    return fail(`${name} cannot run in linear time: ${(e as Error).message}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turn a validated user config (or none) into matchers the engine uses. */
export function resolveConfig(user: UserConfig | undefined, source = '(default)'): ResolvedConfig {
  const paths = user?.allowlist?.paths ?? [];
  const matchers = paths.map((g) => micromatch.matcher(g, { dot: true }));
  const custom = user?.customRules ?? [];
  return {
    source,
    isPathAllowed: (p) => matchers.some((m) => m(p)),
    allowRegexes: (user?.allowlist?.regexes ?? []).map(compileUserPattern),
    allowValues: new Set(user?.allowlist?.values ?? []),
    ruleSettings: new Map(Object.entries(user?.rules ?? {})),
    ...(custom.length > 0 ? { customFamily: customFamily(custom) } : {}),
    mcp: user?.mcp ?? {},
    maxAgeDays: user?.rotation?.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS,
  };
}

function customFamily(rules: CustomRuleConfig[]): RuleFamily {
  return {
    id: 'custom',
    rules: rules.map((r): SecretRuleSpec => ({
      id: r.id,
      title: r.title ?? r.id,
      provider: 'generic',
      keywords: r.keywords,
      // Never executed: the rule runs `userPattern` (linear time), not V8's backtracking engine.
      pattern: /(?!)/,
      userPattern: compileUserPattern(r.pattern),
      severity: r.severity ?? 'error',
      minEntropy: r.minEntropy ?? 0,
    })),
  };
}
