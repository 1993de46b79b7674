// gitleaks as a whole scanner, as far as its rules translate to JavaScript: every rule of the
// checkout's config/gitleaks.toml (generated from the same rule definitions the samples come from)
// with its keywords, regex, secret group, entropy floor, path and allowlists, and the global
// allowlist. Used to tell which of one rule's negative samples another gitleaks rule reports: such
// a sample is no false positive of the whole scanner. Read at run time, nothing copied here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser';
import { shannonEntropy } from '../../src/core/entropy.js';
import { goRegexToJs } from './go-eval.js';

interface Allowlist {
  target: 'secret' | 'match' | 'line';
  and: boolean;
  regexes: RegExp[];
  stopwords: string[];
  paths: RegExp[];
}

interface CompiledRule {
  id: string;
  regex?: RegExp;
  path?: RegExp;
  keywords: string[];
  entropy: number;
  secretGroup: number;
  allowlists: Allowlist[];
}

export interface GitleaksScanner {
  /** Rules whose regex compiled here. */
  rules: number;
  /** Ids of rules left out because their regex does not compile in JavaScript. */
  untranslated: string[];
  /** The first rule other than those in `except` that reports something in `text` at `file`. */
  reportedBy(text: string, file: string, except: ReadonlySet<string>): string | undefined;
  /** Whether rule `id` reports something in `text` at `file` (undefined: no such rule here). */
  reportsWith(id: string, text: string, file: string): boolean | undefined;
}

/** A Go regex as a JavaScript one: `(?i)` anywhere makes the whole regex case-insensitive. */
function compile(source: string, flags = ''): RegExp | undefined {
  try {
    return new RegExp(goRegexToJs(source), `${flags}${/\(\?[a-z]*i[a-z]*\)/.test(source) ? 'i' : ''}`);
  } catch {
    return undefined;
  }
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function allowlist(raw: Record<string, unknown>): Allowlist {
  const t = raw['regexTarget'];
  return {
    target: t === 'match' || t === 'line' ? t : 'secret',
    and: raw['condition'] === 'AND',
    regexes: list(raw['regexes']).flatMap((r) => compile(r) ?? []),
    stopwords: list(raw['stopwords']).map((s) => s.toLowerCase()),
    paths: list(raw['paths']).flatMap((r) => compile(r) ?? []),
  };
}

/** Whether the allowlist lets this finding go (gitleaks: OR of its checks by default, AND on request). */
function allows(a: Allowlist, secret: string, match: string, line: string, file: string): boolean {
  const target = a.target === 'secret' ? secret : a.target === 'match' ? match : line;
  const checks: boolean[] = [];
  if (a.regexes.length) checks.push(a.regexes.some((r) => r.test(target)));
  if (a.stopwords.length) checks.push(a.stopwords.some((w) => secret.toLowerCase().includes(w)));
  if (a.paths.length) checks.push(a.paths.some((r) => r.test(file)));
  return checks.length > 0 && (a.and ? checks.every(Boolean) : checks.some(Boolean));
}

export function loadGitleaksScanner(root: string): GitleaksScanner {
  const config = getStaticTOMLValue(
    parseTOML(readFileSync(path.join(root, 'config/gitleaks.toml'), 'utf8')),
  ) as unknown as { allowlist?: Record<string, unknown>; rules: Record<string, unknown>[] };
  const global = config.allowlist ? [allowlist(config.allowlist)] : [];
  const untranslated: string[] = [];
  const rules: CompiledRule[] = [];
  for (const r of config.rules) {
    const id = String(r['id']);
    const regex = typeof r['regex'] === 'string' ? compile(r['regex'], 'g') : undefined;
    const file = typeof r['path'] === 'string' ? compile(r['path']) : undefined;
    if ((typeof r['regex'] === 'string' && !regex) || (typeof r['path'] === 'string' && !file)) {
      untranslated.push(id);
      continue;
    }
    rules.push({
      id,
      ...(regex ? { regex } : {}),
      ...(file ? { path: file } : {}),
      keywords: list(r['keywords']).map((k) => k.toLowerCase()),
      entropy: typeof r['entropy'] === 'number' ? r['entropy'] : 0,
      secretGroup: typeof r['secretGroup'] === 'number' ? r['secretGroup'] : 0,
      allowlists: Array.isArray(r['allowlists']) ? (r['allowlists'] as Record<string, unknown>[]).map(allowlist) : [],
    });
  }

  const reports = (rule: CompiledRule, text: string, file: string): boolean => {
    if (rule.path && !rule.path.test(file)) return false;
    if (!rule.regex) return Boolean(rule.path); // a path-only rule reports the file
    const lower = text.toLowerCase();
    if (rule.keywords.length && !rule.keywords.some((k) => lower.includes(k))) return false;
    for (const m of text.matchAll(rule.regex)) {
      if (!m[0]) continue;
      const secret = (rule.secretGroup ? m[rule.secretGroup] : m.slice(1).find((g) => g)) ?? m[0];
      if (rule.entropy && shannonEntropy(secret) < rule.entropy) continue;
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const lineEnd = text.indexOf('\n', m.index + m[0].length);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      if ([...global, ...rule.allowlists].some((a) => allows(a, secret, m[0], line, file))) continue;
      return true;
    }
    return false;
  };

  return {
    rules: rules.length,
    untranslated,
    reportedBy: (text, file, except) => rules.find((r) => !except.has(r.id) && reports(r, text, file))?.id,
    reportsWith: (id, text, file) => {
      const rule = rules.find((r) => r.id === id);
      return rule && reports(rule, text, file);
    },
  };
}
