/**
 * Configuration: the embedded default plus an optional user file (`.mcp-leak-guard.json` or
 * `.mcp-leak-guard.yml`). This module validates a parsed object and resolves it into matchers; it
 * never reads files. Every error names the file and the key at fault.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import micromatch from 'micromatch';
import { isMap, isScalar, parseDocument, YAMLParseError } from 'yaml';
import { didYouMean } from './did-you-mean.js';
import { jsonSyntaxError } from './json-error.js';
import { LineIndex } from './lines.js';
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
  /** Baseline file, relative to the repository root (default `.mcp-leak-guard-baseline.json`). */
  baseline?: string;
}

/** One number for the rotation schedule: the checklist's advice and the overdue report. */
export const DEFAULT_MAX_AGE_DAYS = 90;

export interface ResolvedConfig {
  source: string;
  isPathAllowed: (path: string) => boolean;
  allowRegexes: readonly UserPattern[];
  allowValues: ReadonlySet<string>;
  ruleSettings: ReadonlyMap<string, RuleSetting>;
  customFamily?: RuleFamily;
  mcp: Readonly<Record<string, unknown>>;
  maxAgeDays: number;
  /** The `baseline` key, as written (relative to the repository root). */
  baseline?: string;
}

export const CONFIG_FILE_NAMES = ['.mcp-leak-guard.json', '.mcp-leak-guard.yml', '.mcp-leak-guard.yaml'] as const;

/** A key path into the config, e.g. `['rules', 'github-pta']`. */
export type KeyPath = readonly (string | number)[];

/**
 * A bad config. The message names the file, the key and (when known) the line and column; it never
 * quotes a value from the file, which may be a secret someone meant to allowlist.
 */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly detail: string,
    readonly keyPath?: KeyPath,
    position?: { line: number; column: number },
  ) {
    super(`invalid config ${source}${position ? `:${position.line}:${position.column}` : ''}: ${detail}`);
    this.name = 'ConfigError';
  }
}

const isYamlName = (source: string): boolean => /\.ya?ml$/i.test(source);

/** Parse a config file's text by its extension (JSON, or YAML for .yml/.yaml). */
export function parseConfigText(text: string, source: string): UserConfig {
  const data = isYamlName(source) ? parseYamlConfig(text, source) : parseJsonConfig(text, source);
  try {
    return validateConfig(data ?? {}, source);
  } catch (e) {
    throw locateConfigError(e, text);
  }
}

function parseJsonConfig(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { detail, position } = jsonSyntaxError(text);
    throw new ConfigError(source, detail, undefined, position);
  }
}

function parseYamlConfig(text: string, source: string): unknown {
  const doc = parseDocument(text);
  const first = doc.errors[0];
  if (first) {
    // The YAML library's message carries a code frame of the line: keep its code and position only.
    const at = first.linePos?.[0];
    throw new ConfigError(
      source,
      `not valid YAML (${first.code})`,
      undefined,
      at ? { line: at.line, column: at.col } : undefined,
    );
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const code = e instanceof YAMLParseError ? e.code : (e as Error).name;
    throw new ConfigError(source, `not valid YAML (${code})`);
  }
}

/** Adds the line and column of the error's key, found in the config text. */
export function locateConfigError(e: unknown, text: string): unknown {
  if (!(e instanceof ConfigError) || !e.keyPath || e.keyPath.length === 0) return e;
  const offset = isYamlName(e.source) ? yamlKeyOffset(text, e.keyPath) : jsonKeyOffset(text, e.keyPath);
  if (offset === undefined) return e;
  return new ConfigError(e.source, e.detail, e.keyPath, new LineIndex(text).position(offset));
}

function jsonKeyOffset(text: string, keyPath: KeyPath): number | undefined {
  const root = parseTree(text);
  const node = root && findNodeAtLocation(root, [...keyPath]);
  if (!node) return undefined;
  // For an object member, point at its key; for an array item, at the item.
  const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return (keyNode ?? node).offset;
}

function yamlKeyOffset(text: string, keyPath: KeyPath): number | undefined {
  const doc = parseDocument(text);
  const parent = keyPath.length === 1 ? doc.contents : doc.getIn(keyPath.slice(0, -1), true);
  const last = keyPath[keyPath.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
    const range = isScalar(pair?.key) ? pair.key.range : undefined;
    return range?.[0];
  }
  const node = doc.getIn(keyPath, true) as { range?: [number, number, number] } | undefined;
  return node?.range?.[0];
}

const TOP_KEYS = ['allowlist', 'rules', 'customRules', 'mcp', 'rotation', 'baseline', '$schema'];
const ALLOWLIST_KEYS = ['paths', 'regexes', 'values'] as const;
const CUSTOM_RULE_KEYS = ['id', 'title', 'pattern', 'keywords', 'severity', 'minEntropy'];

type Fail = (detail: string, keyPath?: KeyPath) => never;

const unknownKey = (fail: Fail, at: KeyPath, key: string, known: readonly string[]): never =>
  fail(`unknown key "${[...at, key].join('.')}"${didYouMean(key, known)} (known: ${known.join(', ')})`, [...at, key]);

export function validateConfig(data: unknown, source: string): UserConfig {
  const fail: Fail = (detail, keyPath) => {
    throw new ConfigError(source, detail, keyPath);
  };
  if (!isObject(data)) fail('the top level must be an object');
  const obj = data as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.includes(k)) unknownKey(fail, [], k, TOP_KEYS);
  const out: UserConfig = {};
  if (obj['allowlist'] !== undefined) {
    const a = obj['allowlist'];
    if (!isObject(a)) fail('"allowlist" must be an object', ['allowlist']);
    const al = a as Record<string, unknown>;
    for (const k of Object.keys(al))
      if (!(ALLOWLIST_KEYS as readonly string[]).includes(k)) unknownKey(fail, ['allowlist'], k, ALLOWLIST_KEYS);
    out.allowlist = {};
    for (const k of ALLOWLIST_KEYS) {
      const v = al[k];
      if (v === undefined) continue;
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        fail(`"allowlist.${k}" must be a list of strings`, ['allowlist', k]);
      out.allowlist[k] = v as string[];
    }
    for (const [i, r] of (out.allowlist.regexes ?? []).entries())
      compileUserRegex(r, ['allowlist', 'regexes', i], fail);
  }
  if (obj['rules'] !== undefined) {
    const r = obj['rules'];
    if (!isObject(r)) fail('"rules" must be an object of rule id -> "off" | "error" | "warning"', ['rules']);
    for (const [id, v] of Object.entries(r as Record<string, unknown>)) {
      if (v !== 'off' && v !== 'error' && v !== 'warning')
        fail(`"rules.${id}" must be "off", "error" or "warning"`, ['rules', id]);
    }
    out.rules = r as Record<string, RuleSetting>;
  }
  if (obj['customRules'] !== undefined) {
    const list = obj['customRules'];
    if (!Array.isArray(list)) fail('"customRules" must be a list', ['customRules']);
    out.customRules = (list as unknown[]).map((raw, i) => validateCustomRule(raw, ['customRules', i], fail));
  }
  if (obj['mcp'] !== undefined) {
    if (!isObject(obj['mcp'])) fail('"mcp" must be an object', ['mcp']);
    out.mcp = obj['mcp'] as Record<string, unknown>;
  }
  if (obj['rotation'] !== undefined) {
    const r = obj['rotation'];
    if (!isObject(r)) fail('"rotation" must be an object', ['rotation']);
    for (const k of Object.keys(r as object)) if (k !== 'maxAgeDays') unknownKey(fail, ['rotation'], k, ['maxAgeDays']);
    const days = (r as Record<string, unknown>)['maxAgeDays'];
    if (days !== undefined && (typeof days !== 'number' || !Number.isInteger(days) || days < 1))
      fail('"rotation.maxAgeDays" must be a whole number of days, 1 or more', ['rotation', 'maxAgeDays']);
    out.rotation = { ...(days !== undefined ? { maxAgeDays: days as number } : {}) };
  }
  if (obj['baseline'] !== undefined) {
    if (typeof obj['baseline'] !== 'string' || obj['baseline'].trim() === '')
      fail('"baseline" must be a file path (relative to the repository root)', ['baseline']);
    out.baseline = obj['baseline'] as string;
  }
  return out;
}

function validateCustomRule(raw: unknown, at: KeyPath, fail: Fail): CustomRuleConfig {
  const name = `${at[0]}[${at[1]}]`;
  if (!isObject(raw)) fail(`"${name}" must be an object`, at);
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!CUSTOM_RULE_KEYS.includes(k))
      fail(`unknown key "${name}.${k}"${didYouMean(k, CUSTOM_RULE_KEYS)} (known: ${CUSTOM_RULE_KEYS.join(', ')})`, [
        ...at,
        k,
      ]);
  if (typeof r['id'] !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r['id']))
    fail(`"${name}.id" must be a lowercase id like "acme-api-key"`, [...at, 'id']);
  if (typeof r['pattern'] !== 'string')
    fail(`"${name}.pattern" must be a regular expression string`, [...at, 'pattern']);
  compileUserRegex(r['pattern'] as string, [...at, 'pattern'], fail, ` (rule "${String(r['id'])}")`);
  const kw = r['keywords'];
  if (!Array.isArray(kw) || kw.length === 0 || !kw.every((k) => typeof k === 'string' && /^[\x20-\x7e]+$/.test(k)))
    fail(`"${name}.keywords" must be a non-empty list of ASCII strings (the rule only runs where one occurs)`, [
      ...at,
      'keywords',
    ]);
  if (r['severity'] !== undefined && r['severity'] !== 'error' && r['severity'] !== 'warning')
    fail(`"${name}.severity" must be "error" or "warning"`, [...at, 'severity']);
  if (r['minEntropy'] !== undefined && typeof r['minEntropy'] !== 'number')
    fail(`"${name}.minEntropy" must be a number`, [...at, 'minEntropy']);
  return r as unknown as CustomRuleConfig;
}

/** The key path as written in messages: `allowlist.regexes[0]`. */
const keyName = (at: KeyPath): string =>
  at.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${k}`)).join('');

/**
 * Config patterns are untrusted: they must compile, and for the linear-time engine. Errors keep
 * the engine's reason and drop the pattern it quotes.
 */
function compileUserRegex(src: string, at: KeyPath, fail: Fail, label = ''): UserPattern {
  try {
    new RegExp(src);
  } catch (e) {
    const reason = (e as Error).message.split(': ').pop();
    return fail(`"${keyName(at)}" is not a valid regular expression (${reason})`, at);
  }
  try {
    return compileUserPattern(src);
  } catch (e) {
    return fail(`"${keyName(at)}"${label} cannot run in linear time: ${(e as Error).message}`, at);
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
    ...(user?.baseline ? { baseline: user.baseline } : {}),
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
