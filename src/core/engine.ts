/**
 * The detection engine: text in, findings out, no I/O.
 *
 *   unit -> chunks -> keyword pass -> secretlint (only the gated rules) -> hits
 *        -> MCP analysis (hits + slot context) -> overlap dedupe -> suppressions -> findings
 *
 * The keyword pass is what makes it fast: on real code and history almost no text holds any rule's
 * keyword, and such text never reaches the rule engine.
 */
import { extname } from 'node:path';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import type { SecretLintCoreConfigRule } from '@secretlint/types';
import type { ResolvedConfig } from './config.js';
import { fingerprint, secretHash } from './fingerprint.js';
import { KeywordMatcher } from './keywords.js';
import { LineIndex } from './lines.js';
import { encodedSegments } from './encoded.js';
import { suppressedLines } from './suppress.js';
import { redact } from './redact.js';
import { remediationFor } from './remediation.js';
import { defineFamily, ruleInfo, type DefinedFamily, type SecretRuleSpec } from './rules/define.js';
import { definedFamilies } from './rules/index.js';
import { isPresetFalsePositive, PRESET_RULES, presetFindingId, presetRuleInfos } from './rules/preset.js';
import type { Hit, McpAnalyzer, McpFileSummary, RawFinding, RuleInfo, ScanNote, ScanUnit } from './types.js';

// secretlint's profiler records a performance mark per rule per call: 4x slower and unbounded memory.
secretLintProfiler.setEnabled(false);

/** Texts above this size are scanned in chunks, so no regex runs over one enormous string. */
export const CHUNK_SIZE = 1 << 20;
/** Chunks cut inside a long line overlap by this much, so a token on the cut is still whole in one. */
export const CHUNK_OVERLAP = 8192;

export interface UnitResult {
  findings: RawFinding[];
  notes: ScanNote[];
  mcp?: McpFileSummary;
  /** The path matched `allowlist.paths` and was not scanned. */
  allowlisted?: boolean;
}

type Target = { kind: 'own'; family: DefinedFamily; spec: SecretRuleSpec } | { kind: 'preset'; index: number };

export interface EngineOptions {
  mcpAnalyzer?: McpAnalyzer;
  /** Extra rule descriptions (MCP and policy rules) for `rules()`. */
  extraRules?: readonly RuleInfo[];
}

export class Engine {
  private readonly config: ResolvedConfig;
  private readonly families: readonly DefinedFamily[];
  private readonly matcher: KeywordMatcher;
  private readonly targetsByKeyword: Target[][];
  private readonly mcpAnalyzer: McpAnalyzer | undefined;
  private readonly extraRules: readonly RuleInfo[];
  /** Per rule id, the literal prefixes (its keywords) a value of it may start with. */
  private readonly prefixes = new Map<string, string[]>();

  constructor(config: ResolvedConfig, options: EngineOptions = {}) {
    this.config = config;
    this.mcpAnalyzer = options.mcpAnalyzer;
    this.extraRules = options.extraRules ?? [];
    this.families = [...definedFamilies(), ...(config.customFamily ? [defineFamily(config.customFamily)] : [])];
    const keywordTargets = new Map<string, Target[]>();
    const add = (kw: string, t: Target): void => {
      const k = kw.toLowerCase();
      const list = keywordTargets.get(k) ?? [];
      list.push(t);
      keywordTargets.set(k, list);
    };
    // One target object per rule, shared by its keywords, so a rule is confirmed once per text.
    for (const family of this.families) {
      for (const spec of family.family.rules) {
        if (config.ruleSettings.get(spec.id) === 'off') continue;
        const target: Target = { kind: 'own', family, spec };
        for (const kw of spec.keywords) add(kw, target);
      }
    }
    PRESET_RULES.forEach((p, index) => {
      if (!p.gate) return;
      const ids = Object.values(p.gate.messages).flatMap((m) => [m.id, ...(m.byPrefix ?? []).map((b) => b[1])]);
      if (ids.every((id) => config.ruleSettings.get(id) === 'off')) return;
      const target: Target = { kind: 'preset', index };
      for (const kw of p.gate.keywords) add(kw, target);
    });
    for (const family of this.families) {
      for (const spec of family.family.rules) this.addPrefixes(spec.id, spec.keywords);
    }
    for (const p of PRESET_RULES) {
      for (const m of Object.values(p.gate?.messages ?? {})) {
        this.addPrefixes(m.id, p.gate!.keywords);
        for (const [prefix, id] of m.byPrefix ?? []) this.addPrefixes(id, [prefix]);
      }
    }
    const keywords = [...keywordTargets.keys()];
    this.matcher = new KeywordMatcher(keywords);
    this.targetsByKeyword = this.matcher.keywords.map((k) => keywordTargets.get(k) ?? []);
  }

  /** Every rule this engine can report, for docs and SARIF. */
  rules(): RuleInfo[] {
    const own = this.families.flatMap((f) => f.family.rules.map(ruleInfo));
    const all = new Map<string, RuleInfo>();
    for (const r of [...presetRuleInfos(), ...own, ...this.extraRules]) all.set(r.id, r);
    return [...all.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  async scan(unit: ScanUnit): Promise<UnitResult> {
    if (this.config.isPathAllowed(unit.path)) return { findings: [], notes: [], allowlisted: true };
    const hits: Hit[] = [];
    for (const [start, end] of chunkRanges(unit.text, CHUNK_SIZE, CHUNK_OVERLAP)) {
      const chunk = start === 0 && end === unit.text.length ? unit.text : unit.text.slice(start, end);
      for (const h of await this.ruleHits(chunk, unit.path)) {
        hits.push({ ...h, start: h.start + start, end: h.end + start });
      }
    }
    // Encoded values: scan what they decode to, and report at the encoded text.
    for (const seg of encodedSegments(unit.text, unit.path)) {
      for (const h of await this.ruleHits(seg.decoded, unit.path)) {
        if (!h.isSecret) continue;
        hits.push({
          ...h,
          start: seg.start,
          end: seg.end,
          decodedSecret: seg.decoded.slice(h.start, h.end),
          message: `${h.title} found (${seg.encoding === 'url' ? 'percent' : 'base64'}-encoded)`,
        });
      }
    }
    const notes: ScanNote[] = [];
    let summary: McpFileSummary | undefined;
    if (this.mcpAnalyzer) {
      const analysis = this.mcpAnalyzer(unit, this.config.mcp);
      if (analysis) {
        notes.push(...analysis.notes);
        summary = analysis.summary;
        for (const h of hits) {
          if (h.mcp) continue;
          const slot = analysis.claim(h.start, h.end);
          if (!slot) continue;
          h.mcp = slot.context;
          h.remediation = remediationFor(h.provider, slot.advice);
        }
        hits.push(...analysis.hits);
      }
    }
    const findings = this.toFindings(unit, capPerRule(dedupeOverlaps(hits), unit.path, notes));
    return { findings, notes, ...(summary ? { mcp: summary } : {}) };
  }

  /**
   * Keyword pass, then the rules those keywords gate. Own rules run their patterns directly (their
   * matches are their hits); preset rules need a cheap `confirm` regex to match before secretlint
   * runs them. Most text stops at the first step.
   *
   * Own rules stay secretlint rules (`defineFamily` makes them, and a test runs them through
   * `lintSource`), but the engine does not route their matches through secretlint: its message
   * de-duplication is quadratic in the number of matches (measured: 18 s for 1 MB of repeated
   * near-tokens), and the engine applies suppressions and overlaps itself.
   */
  private async ruleHits(text: string, path: string): Promise<Hit[]> {
    const found = this.matcher.scan(text);
    if (found.size === 0) return [];
    const hits: Hit[] = [];
    const preset = new Set<number>();
    const tried = new Set<Target>();
    for (const kwId of found) {
      for (const t of this.targetsByKeyword[kwId]!) {
        if (tried.has(t)) continue;
        tried.add(t);
        if (t.kind === 'preset') {
          const confirm = PRESET_RULES[t.index]!.gate?.confirm;
          if (!confirm || confirm.test(text)) preset.add(t.index);
          continue;
        }
        const { id, title, category, severity, provider } = ruleInfo(t.spec);
        for (const [start, end] of t.family.matches(t.spec.id, text)) {
          hits.push({
            ruleId: id,
            title,
            category,
            severity,
            ...(provider ? { provider } : {}),
            start,
            end,
            priority: t.spec.priority ?? 10,
            isSecret: true,
          });
        }
      }
    }
    if (preset.size === 0) return hits;
    const rules: SecretLintCoreConfigRule[] = [...preset].map((i) => {
      const p = PRESET_RULES[i]!;
      return { id: p.id, rule: p.creator, ...(p.gate?.options ? { options: p.gate.options } : {}) };
    });
    const result = await lintSource({
      // `ext` too: the preset's GCP rule reads service-account JSON only when it is given.
      source: { content: text, filePath: path, ext: extname(path), contentType: 'text' },
      options: { config: { rules }, noPhysicFilePath: true },
    });
    for (const m of result.messages) {
      const [start, end] = m.range;
      const value = text.slice(start, end);
      const mapped = presetFindingId(m.ruleId, m.messageId, value);
      if (!mapped) continue;
      // Some preset patterns run to the next whitespace (`postgres://u:p@h/db"]`): no credential
      // holds a quote, so the value ends at the first one.
      const quote = value.search(/["'`]/);
      if (isPresetFalsePositive(mapped.id, text, start, quote > 0 ? start + quote : end)) continue;
      hits.push({
        ruleId: mapped.id,
        title: mapped.title,
        category: 'secret',
        severity: mapped.severity,
        provider: mapped.provider,
        start,
        end: quote > 0 ? start + quote : end,
        priority: 10,
        isSecret: true,
      });
    }
    return hits;
  }

  private toFindings(unit: ScanUnit, hits: Hit[]): RawFinding[] {
    if (hits.length === 0) return [];
    const lines = new LineIndex(unit.text);
    const suppressed = suppressedLines(unit.text, lines);
    const scope = unit.meta?.commit ?? unit.origin ?? 'worktree';
    const out: RawFinding[] = [];
    for (const hit of hits) {
      const setting = this.config.ruleSettings.get(hit.ruleId);
      if (setting === 'off') continue;
      const raw = hit.isSecret ? (hit.decodedSecret ?? unit.text.slice(hit.start, hit.end)) : undefined;
      if (raw !== undefined && this.isAllowedValue(raw)) continue;
      const startPos = lines.position(hit.start);
      if (suppressed?.has(startPos.line)) continue;
      const endPos = lines.position(Math.max(hit.start, hit.end));
      const fileLine = (l: number): number => unit.lineMap?.[l - 1] ?? l;
      if (unit.reportLines && !touches(unit.reportLines, fileLine(startPos.line), fileLine(endPos.line))) continue;
      const valueHash = secretHash(raw ?? `${hit.ruleId}:${lines.lineText(unit.text, startPos.line).trim()}`);
      const finding: RawFinding = {
        ruleId: hit.ruleId,
        category: hit.category,
        severity: setting ?? hit.severity,
        message: hit.message ?? `${hit.title} found`,
        file: unit.path,
        line: fileLine(startPos.line),
        column: startPos.column,
        endLine: fileLine(endPos.line),
        endColumn: endPos.column,
        ...(unit.meta
          ? {
              commit: unit.meta.commit,
              ...(unit.meta.author ? { author: unit.meta.author } : {}),
              ...(unit.meta.date ? { date: unit.meta.date } : {}),
            }
          : {}),
        ...(raw !== undefined ? { secret: redact(raw, this.prefixLength(hit.ruleId, raw)), raw } : {}),
        fingerprint: fingerprint({ scope, file: unit.path, ruleId: hit.ruleId, valueHash }),
        ...(hit.mcp ? { mcp: hit.mcp } : {}),
        remediation: hit.remediation ?? remediationFor(hit.provider),
      };
      out.push(finding);
    }
    return out;
  }

  private addPrefixes(ruleId: string, keywords: readonly string[]): void {
    const list = this.prefixes.get(ruleId) ?? [];
    list.push(...keywords.map((k) => k.toLowerCase()));
    this.prefixes.set(ruleId, list);
  }

  /** Length of the rule's documented prefix the value starts with (shown whole by redaction). */
  private prefixLength(ruleId: string, value: string): number {
    const lower = value.slice(0, 32).toLowerCase();
    let best = 0;
    for (const p of this.prefixes.get(ruleId) ?? []) if (p.length > best && lower.startsWith(p)) best = p.length;
    return best;
  }

  private isAllowedValue(value: string): boolean {
    if (this.config.allowValues.has(value)) return true;
    return this.config.allowRegexes.some((re) => re.test(value));
  }
}

function touches(lines: ReadonlySet<number>, first: number, last: number): boolean {
  for (let l = first; l <= last; l++) if (lines.has(l)) return true;
  return false;
}

/**
 * A file with thousands of matches of one rule is generated data (fixtures, a dump): reporting
 * them all helps no one and costs time on hostile input. Past this many, the rest of that rule's
 * matches in the file are counted in a note instead (never dropped silently).
 */
export const MAX_HITS_PER_RULE = 1000;

function capPerRule(hits: Hit[], file: string, notes: ScanNote[]): Hit[] {
  if (hits.length <= MAX_HITS_PER_RULE) return hits;
  const counts = new Map<string, number>();
  const kept = hits.filter((h) => {
    const n = (counts.get(h.ruleId) ?? 0) + 1;
    counts.set(h.ruleId, n);
    return n <= MAX_HITS_PER_RULE;
  });
  for (const [ruleId, n] of counts) {
    if (n > MAX_HITS_PER_RULE) {
      notes.push({
        file,
        level: 'warning',
        message: `${n} matches of ${ruleId}: the first ${MAX_HITS_PER_RULE} are reported, ${n - MAX_HITS_PER_RULE} more are not`,
      });
    }
  }
  return kept;
}

/**
 * Among overlapping secret hits keep the highest priority (a provider rule beats a generic one;
 * the longer wins a tie), carrying over MCP context. Non-secret hits are kept as they are,
 * and exact repeats (from chunk overlaps) are dropped.
 */
export function dedupeOverlaps(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  const unique = hits.filter((h) => {
    const key = `${h.ruleId}:${h.start}:${h.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const secrets = unique.filter((h) => h.isSecret).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  // Sweep in start order: only kept hits still open at `h.start` can overlap it.
  let open: Hit[] = [];
  for (const h of secrets) {
    open = open.filter((k) => k.end > h.start);
    const clash = open[0];
    if (!clash) {
      kept.push(h);
      open.push(h);
      continue;
    }
    const hp = h.priority ?? 10;
    const cp = clash.priority ?? 10;
    // Higher priority wins; on a tie the longer match (a token cut at a chunk edge is shorter).
    // The winner keeps its own MCP context and takes the loser's only if it has none.
    if (hp > cp || (hp === cp && h.end - h.start > clash.end - clash.start)) {
      const mcp = h.mcp ?? clash.mcp;
      const winner = { ...h, ...(mcp ? { mcp } : {}) };
      kept[kept.lastIndexOf(clash)] = winner;
      open[0] = winner;
    } else if (h.mcp && !clash.mcp) clash.mcp = h.mcp;
  }
  const others = unique.filter((h) => !h.isSecret);
  return [...kept, ...others].sort((a, b) => a.start - b.start);
}

/** [start, end) ranges covering `text`, cut at a newline where one is near, else overlapping. */
export function chunkRanges(text: string, size: number, overlap: number): [number, number][] {
  if (text.length <= size) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start + size / 2) end = nl + 1;
      else {
        out.push([start, end]);
        start = end - overlap;
        continue;
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
