/**
 * The detection engine: text in, findings out, no I/O.
 *
 *   unit -> chunks -> keyword pass -> own and secretlint rules (only the gated ones) -> hits
 *        -> MCP analysis (hits + slot context) -> overlap dedupe -> suppressions -> findings
 *
 * The keyword pass is what makes it fast: on real code and history almost no text holds any rule's
 * keyword, and such text never reaches the rule engine.
 */
import { secretLintProfiler } from '@secretlint/profiler';
import type { ResolvedConfig } from './config.js';
import { MAX_REPORTED_PER_RULE } from './findings.js';
import { fingerprint, ValueHasher } from './fingerprint.js';
import { KeywordMatcher, type KeywordTableStore } from './keywords.js';
import { LineIndex } from './lines.js';
import { encodedSegments, MAX_CANDIDATES, type EncodedScan, type Encoding } from './encoded.js';
import { suppressedLines } from './suppress.js';
import { UnconfirmedHits } from './unconfirmed.js';
import { redact } from './redact.js';
import { remediationFor } from './remediation.js';
import {
  defineFamily,
  locatedWords,
  nearWords,
  ruleInfo,
  type DefinedFamily,
  type SecretRuleSpec,
} from './rules/define.js';
import { definedFamilies } from './rules/index.js';
import { isPresetFalsePositive, PRESET_RULES, presetFindingId, presetRuleInfos } from './rules/preset.js';
import { runSecretlintRule } from './rules/run-preset.js';
import type {
  Hit,
  McpAnalysis,
  McpAnalyzer,
  McpFileSummary,
  RawFinding,
  RuleInfo,
  ScanNote,
  ScanUnit,
  Suppression,
} from './types.js';

const ENCODING_WORDS: Record<Encoding, string> = {
  base64: 'base64-encoded',
  url: 'percent-encoded',
  json: 'written with \\u escapes',
};
const CANDIDATE_WORDS: Record<Encoding, string> = {
  base64: 'base64 candidates',
  url: 'percent-encoded candidates',
  json: 'lines with \\u escapes',
};

// secretlint's profiler records a performance mark per rule per call: 4x slower and unbounded memory.
secretLintProfiler.setEnabled(false);

/** Texts above this size are scanned in chunks, so no regex runs over one enormous string. */
export const CHUNK_SIZE = 1 << 20;
/** Chunks cut inside a long line overlap by this much, so a token on the cut is still whole in one. */
export const CHUNK_OVERLAP = 8192;

export interface UnitResult {
  findings: RawFinding[];
  notes: ScanNote[];
  /** Findings an inline directive switched off: counted and listed, never dropped silently. */
  suppressed: Suppression[];
  mcp?: McpFileSummary;
  /** The path matched `allowlist.paths` and was not scanned. */
  allowlisted?: boolean;
}

type Target =
  | {
      kind: 'own';
      family: DefinedFamily;
      spec: SecretRuleSpec;
      /**
       * Keyword ids of the rule's located words (whose occurrences it reads): set on first use,
       * null when it has none or one is no keyword (its pattern then runs over the whole text).
       */
      located?: readonly number[] | null;
    }
  | { kind: 'preset'; index: number };

export interface EngineOptions {
  mcpAnalyzer?: McpAnalyzer;
  /** Extra rule descriptions (MCP and policy rules) for `rules()`. */
  extraRules?: readonly RuleInfo[];
  /** Where the keyword pass's tables are kept between runs (none: built every time). */
  keywordTables?: KeywordTableStore;
}

export class Engine {
  private readonly config: ResolvedConfig;
  private readonly families: readonly DefinedFamily[];
  private readonly matcher: KeywordMatcher;
  private readonly targetsByKeyword: Target[][];
  /** Keyword ids by keyword. */
  private readonly keywordIds: ReadonlyMap<string, number>;
  private readonly mcpAnalyzer: McpAnalyzer | undefined;
  private readonly extraRules: readonly RuleInfo[];
  private hasher = new ValueHasher();
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
    const nearTargets: (Target & { kind: 'own' })[] = [];
    for (const family of this.families) {
      for (const spec of family.family.rules) {
        if (config.ruleSettings.get(spec.id) === 'off') continue;
        const target: Target = { kind: 'own', family, spec };
        for (const kw of spec.keywords) add(kw, target);
        if (spec.runsNear) nearTargets.push(target);
      }
    }
    // Words a rule runs near but is not gated on are keywords with no rule to run.
    for (const t of nearTargets) {
      for (const w of nearWords(t.spec))
        if (!keywordTargets.has(w.toLowerCase())) keywordTargets.set(w.toLowerCase(), []);
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
    // Every keyword's places are recorded: rules whose matches start at their keyword read them
    // (src/core/anchors.ts), found out only when such a rule first runs.
    this.matcher = new KeywordMatcher(keywords, keywords, options.keywordTables);
    this.targetsByKeyword = this.matcher.keywords.map((k) => keywordTargets.get(k) ?? []);
    this.keywordIds = new Map(this.matcher.keywords.map((k, id) => [k, id]));
  }

  /**
   * Fingerprints from now on hash values with HMAC keyed by `salt` (a baseline's); none: scrypt for
   * guessable values, SHA-256 for the rest; `UNSALTED_BASELINE`: SHA-256 (see fingerprint.ts).
   */
  setFingerprintSalt(salt: string | undefined): void {
    this.hasher = new ValueHasher(salt);
  }

  /** Every rule this engine can report, for docs and SARIF. */
  rules(): RuleInfo[] {
    const own = this.families.flatMap((f) => f.family.rules.map(ruleInfo));
    const all = new Map<string, RuleInfo>();
    for (const r of [...presetRuleInfos(), ...own, ...this.extraRules]) all.set(r.id, r);
    // Code-point order: the same on every machine, and no collator to set up at start-up (~8 ms).
    return [...all.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async scan(unit: ScanUnit): Promise<UnitResult> {
    if (this.config.isPathAllowed(unit.path)) return { findings: [], notes: [], suppressed: [], allowlisted: true };
    const encoded = encodedSegments(unit.text, unit.path);
    const analysis = this.mcpAnalyzer?.(unit, this.config.mcp);
    if (!analysis && this.holdsNothing(unit, encoded)) return { findings: [], notes: [], suppressed: [] };
    return this.scanWith(unit, encoded, analysis);
  }

  /**
   * True when no rule can hit `unit` nor its path (no keyword in either: rules run only where one
   * occurs) and it encodes nothing to decode: the result is empty without the rules. Nearly every
   * file version of a history and file of a tree is such a unit, and the full scan's per-unit
   * allocations (hit lists, chunk ranges, redaction sets) were most of a history scan's garbage.
   */
  private holdsNothing(unit: ScanUnit, encoded: EncodedScan): boolean {
    return (
      encoded.segments.length === 0 &&
      encoded.exhausted.length === 0 &&
      !this.matcher.any(unit.text) &&
      !this.matcher.any(unit.path)
    );
  }

  private async scanWith(unit: ScanUnit, encoded: EncodedScan, analysis: McpAnalysis | undefined): Promise<UnitResult> {
    const hits: Hit[] = [];
    const unconfirmed = new UnconfirmedHits();
    for (const [start, end] of chunkRanges(unit.text, CHUNK_SIZE, CHUNK_OVERLAP)) {
      const chunk = start === 0 && end === unit.text.length ? unit.text : unit.text.slice(start, end);
      for (const h of await this.ruleHits(chunk, unit.path, unconfirmed)) {
        if (start > 0) {
          h.start += start;
          h.end += start;
        }
        hits.push(h);
      }
    }
    const notes: ScanNote[] = [];
    // Encoded values: scan what they decode to, and report at the encoded text.
    for (const seg of encoded.segments) {
      for (const h of await this.ruleHits(seg.decoded, unit.path)) {
        if (!h.isSecret) continue;
        hits.push({
          ...h,
          start: seg.offsets ? seg.offsets[h.start]! : seg.start,
          end: seg.offsets ? seg.offsets[h.end]! : seg.end,
          decodedSecret: seg.decoded.slice(h.start, h.end),
          message: `${h.title} found (${ENCODING_WORDS[seg.encoding]})`,
        });
      }
    }
    for (const kind of encoded.exhausted)
      notes.push({
        file: unit.path,
        level: 'warning',
        message: `more than ${MAX_CANDIDATES} ${CANDIDATE_WORDS[kind]}: only the first ${MAX_CANDIDATES} were decoded and scanned, the rest were not`,
      });
    let summary: McpFileSummary | undefined;
    if (analysis) {
      notes.push(...analysis.notes);
      summary = analysis.summary;
      for (const h of hits) {
        if (h.mcp || unconfirmed.has(h)) continue;
        const slot = analysis.claim(h.start, h.end);
        if (!slot) continue;
        h.mcp = slot.context;
        h.remediation = remediationIn(h.provider, slot);
      }
      for (const h of unconfirmed.list()) {
        let slot = analysis.claim(h.start, h.end, true);
        // Claiming the slot would count it as a literal in the summary: only a hit that stands may.
        if (slot?.counts) slot = unconfirmed.confirm(h) ? analysis.claim(h.start, h.end) : undefined;
        if (!slot) continue;
        h.mcp = slot.context;
        h.remediation = remediationIn(h.provider, slot);
      }
      hits.push(...analysis.hits);
    }
    const shownPath = await this.redactEchoed(unit.path, hits, notes, unconfirmed, summary);
    const { findings, suppressed } = this.toFindings(unit, dedupeOverlaps(hits, unconfirmed), shownPath);
    if (shownPath !== unit.path) {
      for (const n of notes) if (n.file === unit.path) n.file = shownPath;
      if (summary) summary = { ...summary, file: shownPath };
    }
    // A history meets a config once per version: each summary names its commit.
    if (summary && unit.meta) summary = { ...summary, commit: unit.meta.commit };
    return { findings, notes, suppressed, ...(summary ? { mcp: summary } : {}) };
  }

  /**
   * `text` with every secret a rule finds in it redacted: for strings a report echoes that are not
   * scanned content (a path in a read error, a skipped file's name).
   */
  async redactSecretsIn(text: string, path = text): Promise<string> {
    // Nearly every name holds no rule's keyword: that is known without the rules.
    if (!this.matcher.any(text)) return text;
    const found = (await this.ruleHits(text, path)).filter((h) => h.isSecret).sort((a, b) => b.start - a.start);
    let out = text;
    for (const h of found) {
      const value = out.slice(h.start, h.end);
      out = out.slice(0, h.start) + redact(value, this.prefixLength(h.ruleId, value)) + out.slice(h.end);
    }
    return out;
  }

  /**
   * Server and slot names are strings of the scanned file, and its path may hold a token too (a
   * key file named after its key): either would otherwise be printed whole in every report (the
   * MCP summary, contexts, messages quoting the name, every finding's file and fingerprint). Each
   * name and the path are scanned themselves, and what the rules find in them is redacted, in the
   * name and wherever a message or note quotes it. Returns the path as reports show it.
   */
  private async redactEchoed(
    path: string,
    hits: Hit[],
    notes: ScanNote[],
    unconfirmed: UnconfirmedHits,
    summary?: McpFileSummary,
  ): Promise<string> {
    const names = new Set<string>([path]);
    for (const sv of summary?.servers ?? []) names.add(sv.name);
    for (const h of hits) {
      if (unconfirmed.has(h)) continue;
      if (h.mcp?.server !== undefined) names.add(h.mcp.server);
      if (h.mcp?.slot !== undefined) names.add(h.mcp.slot);
    }
    // A hit not judged yet adds a name only if it stands (nearly always the name is known already).
    for (const h of unconfirmed.list()) {
      const { server, slot } = h.mcp ?? {};
      const adds = (server !== undefined && !names.has(server)) || (slot !== undefined && !names.has(slot));
      if (!adds || !unconfirmed.confirm(h)) continue;
      if (server !== undefined) names.add(server);
      if (slot !== undefined) names.add(slot);
    }
    const changed = new Map<string, string>();
    for (const name of names) {
      const out = await this.redactSecretsIn(name, path);
      if (out !== name) changed.set(name, out);
    }
    if (changed.size === 0) return path;
    const clean = (s: string): string => changed.get(s) ?? s;
    const cleanText = (s: string): string => {
      let out = s;
      for (const [name, redacted] of changed) if (out.includes(name)) out = out.split(name).join(redacted);
      return out;
    };
    for (const sv of summary?.servers ?? []) sv.name = clean(sv.name);
    for (const h of hits) {
      if (h.message !== undefined) h.message = cleanText(h.message);
      if (h.remediation !== undefined) h.remediation = cleanText(textOf(h.remediation));
      if (!h.mcp) continue;
      const { server, slot } = h.mcp;
      h.mcp = {
        ...h.mcp,
        ...(server !== undefined ? { server: clean(server) } : {}),
        ...(slot !== undefined ? { slot: clean(slot) } : {}),
      };
    }
    for (const n of notes) n.message = cleanText(n.message);
    return clean(path);
  }

  /**
   * Keyword pass, then the rules those keywords gate. Own rules run their patterns directly (their
   * matches are their hits); preset rules need a cheap `confirm` regex to match before they run.
   * Most text stops at the first step.
   *
   * Own rules stay secretlint rules (`defineFamily` makes them, and a test runs them through
   * `lintSource`), and preset rules are secretlint rules, but no match goes through `lintSource`:
   * its message de-duplication is quadratic in the number of matches (measured: 39 s for 1 MB of
   * GitHub tokens), and the engine applies suppressions and overlaps itself.
   *
   * With `unconfirmed`, the matches of rules every other rule outranks (priority 0) are not judged
   * here: they wait there, to be judged only where they can change the result.
   */
  private async ruleHits(text: string, path: string, unconfirmed?: UnconfirmedHits): Promise<Hit[]> {
    const occurrences: number[] = [];
    const found = this.matcher.scan(text, occurrences);
    if (found.length === 0) return [];
    /** Made for the first rule that reads where its words are (see occurrencesByWord). */
    let byWord: Map<number, number[]> | undefined;
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
        if (t.spec.paths && !t.spec.paths.test(path)) continue;
        if (!t.family.mayMatch(t.spec.id, text)) continue;
        const { id, title, category, severity, provider } = ruleInfo(t.spec);
        const lazy = unconfirmed && t.spec.priority === 0 && !t.spec.explain;
        if (t.located === undefined) t.located = this.locatedIds(t.spec);
        const located = t.located
          ? occurrencesOf(t.located, (byWord ??= this.occurrencesByWord(occurrences)))
          : undefined;
        const candidates = lazy ? t.family.candidates(id, text, located) : undefined;
        if (candidates) {
          for (const [start, end, at] of candidates) {
            const hit: Hit = { ruleId: id, title, category, severity, start, end, priority: 0, isSecret: true };
            if (provider) hit.provider = provider;
            hits.push(hit);
            unconfirmed!.add(hit, () => t.family.confirm(id, text, at));
          }
          continue;
        }
        for (const [start, end] of t.family.matches(t.spec.id, text, located)) {
          const why = t.spec.explain?.(text.slice(start, end));
          const hit: Hit = {
            ruleId: id,
            title,
            category,
            severity: why?.severity ?? severity,
            start,
            end,
            priority: t.spec.priority ?? 10,
            isSecret: true,
          };
          if (why) hit.message = `${title} found (${why.reason})`;
          if (provider) hit.provider = provider;
          hits.push(hit);
        }
      }
    }
    if (preset.size === 0) return hits;
    for (const i of preset) {
      const p = PRESET_RULES[i]!;
      for (const m of await runSecretlintRule(p.creator, p.gate?.options ?? {}, text, path)) {
        const [start, end] = m.range;
        const value = text.slice(start, end);
        const mapped = presetFindingId(p.id, m.messageId, value);
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
    }
    return hits;
  }

  /** Keyword ids of the rule's located words; null when it has none, or one is no keyword. */
  private locatedIds(spec: SecretRuleSpec): readonly number[] | null {
    const words = locatedWords(spec);
    const ids = words.map((w) => this.keywordIds.get(w.toLowerCase()));
    return words.length > 0 && ids.every((id) => id !== undefined) ? [...new Set(ids as number[])] : null;
  }

  /**
   * The keyword pass's occurrences (`[end, id]` pairs) grouped by keyword id, each as flat
   * `[start, end)` pairs: made once per text, for every rule that reads some of them.
   */
  private occurrencesByWord(occurrences: readonly number[]): Map<number, number[]> {
    const byWord = new Map<number, number[]>();
    const { keywords } = this.matcher;
    for (let i = 0; i < occurrences.length; i += 2) {
      const id = occurrences[i + 1]!;
      let list = byWord.get(id);
      if (!list) byWord.set(id, (list = []));
      list.push(occurrences[i]! - keywords[id]!.length, occurrences[i]!);
    }
    return byWord;
  }

  /** `file`: the unit's path as reports show it (see redactEchoed). */
  private toFindings(unit: ScanUnit, hits: Hit[], file: string): { findings: RawFinding[]; suppressed: Suppression[] } {
    const out: RawFinding[] = [];
    const suppressedOut: Suppression[] = [];
    if (hits.length === 0) return { findings: out, suppressed: suppressedOut };
    const lines = new LineIndex(unit.text);
    const suppressed = suppressedLines(unit.text, lines, unit.path);
    const scope = unit.meta?.commit ?? unit.origin ?? 'worktree';
    const perRule = new Map<string, number>();
    for (const hit of hits) {
      const setting = this.config.ruleSettings.get(hit.ruleId);
      if (setting === 'off') continue;
      const raw = hit.isSecret ? (hit.decodedSecret ?? unit.text.slice(hit.start, hit.end)) : undefined;
      if (raw !== undefined && this.isAllowedValue(raw)) continue;
      const startPos = lines.position(hit.start);
      const endPos = lines.position(Math.max(hit.start, hit.end));
      const fileLine = (l: number): number => unit.lineMap?.[l - 1] ?? l;
      if (unit.reportLines && !touches(unit.reportLines, fileLine(startPos.line), fileLine(endPos.line))) continue;
      const by = suppressed?.get(startPos.line);
      if (by) {
        suppressedOut.push({
          file,
          line: fileLine(startPos.line),
          ruleId: hit.ruleId,
          directive: by.directive,
          directiveLine: fileLine(by.line),
          ...(unit.meta ? { commit: unit.meta.commit } : {}),
        });
        continue;
      }
      const hashed = raw ?? `${hit.ruleId}:${lines.lineText(unit.text, startPos.line).trim()}`;
      // Built field by field, in the order reports list them: conditional spreads cost more than
      // the rest of this loop in a file of thousands of findings.
      const finding: RawFinding = {
        ruleId: hit.ruleId,
        category: hit.category,
        severity: setting ?? hit.severity,
        message: hit.message ?? `${hit.title} found`,
        file,
        line: fileLine(startPos.line),
        column: startPos.column,
        endLine: fileLine(endPos.line),
        endColumn: endPos.column,
      } as RawFinding;
      if (unit.meta) {
        finding.commit = unit.meta.commit;
        if (unit.meta.author) finding.author = unit.meta.author;
        if (unit.meta.date) finding.date = unit.meta.date;
        if (unit.meta.committed) finding.committed = unit.meta.committed;
      }
      if (raw !== undefined) {
        finding.secret = redact(raw, this.prefixLength(hit.ruleId, raw));
        finding.raw = raw;
      }
      if (file !== unit.path) finding.rawFile = unit.path;
      const nth = (perRule.get(hit.ruleId) ?? 0) + 1;
      perRule.set(hit.ruleId, nth);
      // Past the number of findings of a rule a file reports (capPerRule), a fingerprint that
      // costs a scrypt is computed only if read: a file of thousands of distinct passwords would
      // otherwise cost seconds per thousand, for findings the cap then drops.
      const valueHash = nth > MAX_REPORTED_PER_RULE ? this.hasher.fastHash(hashed) : this.hasher.hash(hashed);
      if (valueHash !== undefined) finding.fingerprint = fingerprint({ scope, file, ruleId: hit.ruleId, valueHash });
      else
        lazyFingerprint(finding, () =>
          fingerprint({ scope, file, ruleId: hit.ruleId, valueHash: this.hasher.hash(hashed) }),
        );
      if (hit.mcp) finding.mcp = hit.mcp;
      finding.remediation = hit.remediation === undefined ? remediationFor(hit.provider) : textOf(hit.remediation);
      out.push(finding);
    }
    return { findings: out, suppressed: suppressedOut };
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

/** `finding.fingerprint` computed on first read (and kept); a plain enumerable field to every reader. */
function lazyFingerprint(finding: RawFinding, compute: () => string): void {
  let value: string | undefined;
  Object.defineProperty(finding, 'fingerprint', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= compute()),
    set: (v: string) => {
      value = v;
    },
  });
}

const textOf = (r: string | (() => string)): string => (typeof r === 'string' ? r : r());

/** A claimed hit's remediation with its slot's advice, built only if the hit becomes a finding. */
const remediationIn =
  (provider: string | undefined, slot: { advice?: string }): (() => string) =>
  () =>
    remediationFor(provider, slot.advice);

function touches(lines: ReadonlySet<number>, first: number, last: number): boolean {
  for (let l = first; l <= last; l++) if (lines.has(l)) return true;
  return false;
}

/**
 * Among overlapping secret hits keep the highest priority (a provider rule beats a generic one;
 * the longer wins a tie), carrying over MCP context. Non-secret hits are kept as they are,
 * and exact repeats (from chunk overlaps) are dropped. Hits in `unconfirmed` are judged only where
 * the result depends on them, and count only if they stand: the same result as judging all first.
 */
export function dedupeOverlaps(hits: Hit[], unconfirmed?: UnconfirmedHits): Hit[] {
  const byStart = [...hits].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  const kept: Hit[] = [];
  const others: Hit[] = [];
  // Sweep in start order. Kept secrets never overlap each other, so only the last one kept can
  // overlap the next hit.
  let open: Hit | undefined;
  let prev: Hit | undefined;
  for (let i = 0; i < byStart.length; i++) {
    const h = byStart[i]!;
    if (unconfirmed?.isRejected(h)) continue;
    if (prev && prev.start === h.start && prev.end === h.end && prev.ruleId === h.ruleId) continue;
    if (!h.isSecret) {
      if (unconfirmed?.has(h) && !unconfirmed.confirm(h)) continue;
      prev = h;
      others.push(h);
      continue;
    }
    const clash = open && open.end > h.start ? open : undefined;
    const wins = clash !== undefined && outranks(h, clash);
    if (unconfirmed?.has(h)) {
      // A hit that loses, and has no MCP context to hand over, changes nothing whether it stands
      // or not: it is never judged. (Nor is it `prev`: an exact repeat of it meets the same clash.)
      if (clash && !wins && !(h.mcp && !clash.mcp)) continue;
      // Nor does one that the next secret hit would replace at once, taking nothing from it.
      if (!clash && replacedAtOnce(h, byStart, i, unconfirmed)) continue;
      if (!unconfirmed.confirm(h)) continue;
    }
    prev = h;
    if (!clash) {
      kept.push(h);
      open = h;
      continue;
    }
    // The winner keeps its own MCP context and takes the loser's only if it has none.
    if (wins) {
      const mcp = h.mcp ?? clash.mcp;
      const winner = mcp && !h.mcp ? { ...h, mcp } : h;
      kept[kept.length - 1] = winner;
      open = winner;
    } else if (h.mcp && !clash.mcp) clash.mcp = h.mcp;
  }
  return [...kept, ...others].sort((a, b) => a.start - b.start);
}

/**
 * Whether the next secret hit after `byStart[i]` in the sweep overlaps it, is judged, outranks it
 * and has MCP context of its own (or `h` has none to give): then the sweep ends the same whether
 * `h` was kept first or never there.
 */
function replacedAtOnce(h: Hit, byStart: readonly Hit[], i: number, unconfirmed: UnconfirmedHits): boolean {
  for (let j = i + 1; j < byStart.length; j++) {
    const n = byStart[j]!;
    if (!n.isSecret || unconfirmed.isRejected(n)) continue;
    return n.start < h.end && !unconfirmed.has(n) && outranks(n, h) && (n.mcp !== undefined || h.mcp === undefined);
  }
  return false;
}

/** Higher priority wins; on a tie the longer match (a token cut at a chunk edge is shorter). */
function outranks(h: Hit, clash: Hit): boolean {
  const hp = h.priority ?? 10;
  const cp = clash.priority ?? 10;
  return hp > cp || (hp === cp && h.end - h.start > clash.end - clash.start);
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

/** The occurrences of the words `ids` (as grouped by occurrencesByWord), as flat `[start, end)` pairs. */
function occurrencesOf(ids: readonly number[], byWord: ReadonlyMap<number, number[]>): number[] {
  if (ids.length === 1) return byWord.get(ids[0]!) ?? [];
  const out: number[] = [];
  for (const id of ids) for (const x of byWord.get(id) ?? []) out.push(x);
  return out;
}
