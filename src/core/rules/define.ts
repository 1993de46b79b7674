/**
 * Own rules are data first (id, keywords, pattern, entropy, validator) and become secretlint rules
 * through `defineFamily`: one secretlint rule per provider family, one message id per token kind.
 * The keyword list gates the rule (the engine runs a family only on text that holds one of its
 * rules' keywords), and docs, SARIF rule metadata and remediation are derived from the same record.
 */
import type { SecretLintRuleCreator, SecretLintSourceCode } from '@secretlint/types';
import { isFalsePositiveValue, isIntroducedAsExample, isMaskedAfter } from '../placeholders.js';
import type { UserPattern } from '../user-pattern.js';
import { anchorStarts, forEachMatchAt } from '../anchors.js';
import { anchorWords, literalFirst, literalHeads } from './pattern-source.js';
import { forEachMatchNear, nearness, nearWindows, type NearSpec, type Nearness } from '../windows.js';
import type { Category, RuleInfo, Severity } from '../types.js';
import type { ProviderTable } from './provider.js';

export interface SecretRuleSpec {
  /** Stable finding id, e.g. `google-oauth-access-token`. */
  id: string;
  /** Short human name, e.g. "Google OAuth access token". */
  title: string;
  /** Key into the provider facts (`providers` of this or another family, or `preset-providers.ts`). */
  provider: string;
  /** Literal, case-insensitive gates: the rule only runs on text containing one of them. */
  keywords: readonly string[];
  /**
   * The pattern. The secret is the named group `secret` when present, else the whole match.
   * Flags `g` and `d` are added. Keep it linear: no nested or overlapping quantifiers.
   */
  pattern: RegExp;
  /**
   * A pattern from a config file, run on a linear-time engine instead of `pattern` (which is then
   * never executed): see `src/core/user-pattern.ts`.
   */
  userPattern?: UserPattern;
  severity?: Severity;
  category?: Category;
  /** Minimum Shannon entropy (bits/char) of the secret; default 3. 0 disables the check. */
  minEntropy?: number;
  /** Extra structural check (checksum, decoded claims); return false to drop the match. */
  validate?: (secret: string, match: RegExpExecArray) => boolean;
  /**
   * For rules whose verdict depends on what the secret says (a JWT's claims): why this match is a
   * credential, added to the finding's message, and the severity it warrants.
   */
  explain?: (secret: string) => { reason: string; severity?: Severity } | undefined;
  /**
   * The rule runs only on files whose path matches (the Freemius SDK's PHP config; a key store's
   * stand-in, see `src/core/key-store.ts`); default every file.
   */
  paths?: RegExp;
  /**
   * Every match starts near one of these words: the pattern runs only on windows around where the
   * keyword pass found them, with the same matches as over the whole text (see `src/core/windows.ts`).
   */
  runsNear?: NearSpec;
  /**
   * What a text must hold for the rule to find anything in it, tested once per text before the
   * pattern runs: for a rule whose keyword is common but whose `validate` accepts a match only
   * where the text says more (a Kubernetes Secret's value needs `kind: Secret` in its document).
   * It must hold wherever a match is accepted: a test checks it against every true sample.
   */
  needs?: RegExp;
  /** Skip the shared placeholder/reference filter (for rules whose matches are never examples). */
  allowPlaceholders?: boolean;
  /** Generic rules yield to provider rules when both match the same text. Default 10; generic 0. */
  priority?: number;
  description?: string;
  /**
   * The documented format of the secret as a regex source without lookarounds (`sq0atp-[A-Za-z0-9_-]{22}`):
   * what tests and benches generate random tokens from.
   */
  format?: string;
  /** The key a context rule needs beside the value (`PLAID_SECRET`); none for self-identifying tokens. */
  key?: string;
  samples?: RuleSamples;
  /** The matching rule ids of peer scanners, for the rules table. */
  peers?: PeerRules;
}

/**
 * The rule's own true and false samples, as gitleaks keeps them beside its regexes. Each is a regex
 * source that a regex-driven generator expands to random text at test time, so no file holds a
 * token: `PLAID_SECRET=[a-f0-9]{30}` is a sample the rule must find, `PLAID_SECRET=0{30}` one it
 * must not.
 */
export interface RuleSamples {
  found: readonly string[];
  notFound: readonly string[];
  /** The path both kinds are scanned at, for a rule with `paths`; default `sample.txt`. */
  path?: string;
}

export interface PeerRules {
  gitleaks?: readonly string[];
  trufflehog?: readonly string[];
}

export interface RuleFamily {
  /** Family id, e.g. `google`; the secretlint rule id is `mcp-leak-guard/<id>`. */
  id: string;
  rules: readonly SecretRuleSpec[];
  /** Facts about the providers whose credentials this family finds (keyed like `SecretRuleSpec.provider`). */
  providers?: ProviderTable;
}

export interface DefinedFamily {
  family: RuleFamily;
  secretlintId: string;
  creator: SecretLintRuleCreator<FamilyOptions>;
  specs: ReadonlyMap<string, SecretRuleSpec>;
  /**
   * The ranges the rule reports in `text` (what its secretlint rule reports, without secretlint).
   * `located`: every occurrence in `text` of the rule's `locatedWords`, as flat `[start, end)`
   * pairs; the pattern then runs only around them (a rule with `runsNear`) or only where they
   * start (a rule whose every match starts with one of them), with the same result.
   */
  matches(ruleId: string, text: string, located?: readonly number[]): [number, number][];
  /**
   * What the pattern matches, before the rule's filters judge it: [start, end, at], `at` for
   * `confirm`. Undefined for a rule whose matches are only judged as they are found (a user pattern).
   */
  candidates(ruleId: string, text: string, located?: readonly number[]): [number, number, number][] | undefined;
  /**
   * False when the rule cannot match in `text`: its pattern is case-sensitive and every match
   * starts with one of a few literals (`SK`, `EAA`), none of which `text` holds in that case. The
   * keyword gate folds case, so `sk` lets in every text saying `task` or `disk`.
   */
  mayMatch(ruleId: string, text: string): boolean;
  /** Whether the candidate whose match starts at `at` in `text` passes the rule's filters (what `matches` keeps). */
  confirm(ruleId: string, text: string, at: number): boolean;
}

export interface FamilyOptions {
  /** Rule ids to run in this call (the engine's keyword gate decides); default all. */
  only?: readonly string[];
}

export const OWN_RULE_PREFIX = 'mcp-leak-guard/';

export function defineFamily(family: RuleFamily): DefinedFamily {
  const compiled = family.rules.map((spec) => {
    if (spec.keywords.length === 0) throw new Error(`rule ${spec.id} needs at least one keyword`);
    // `test` on a global or sticky regex starts where the last one stopped: a text would be judged by another.
    if (spec.needs && /[gy]/.test(spec.needs.flags))
      throw new Error(`rule ${spec.id}: needs must be neither global nor sticky`);
    const words = new Set(nearWords(spec).map((w) => w.toLowerCase()));
    // The gate must let the rule run only where a word is: else it would run on no window at all.
    if (spec.runsNear && spec.keywords.some((k) => !words.has(k.toLowerCase())))
      throw new Error(`rule ${spec.id}: every keyword must be one of its near words`);
    // Made on the first text the rule's keywords let through: most rules meet none in a run, so
    // start-up does not grow with them.
    let re: RegExp | undefined;
    let near: Near | undefined;
    let heads: readonly string[] | null | undefined;
    let anchored: Anchored | null | undefined;
    return {
      spec,
      /** The literals every match starts with, exact case (null: the pattern does not say). */
      get heads(): readonly string[] | null {
        if (heads === undefined) heads = spec.userPattern ? null : (literalHeads(spec.pattern) ?? null);
        return heads;
      },
      get re(): RegExp {
        return (re ??= compile(spec.pattern, 'gd'));
      },
      /** The sticky pattern tried where an anchor word starts (see `anchorWords`). */
      get anchored(): Anchored | undefined {
        if (anchored === undefined) anchored = anchoredRule(spec) ? anchoring(spec, this.re) : null;
        return anchored ?? undefined;
      },
      /** For a rule with `near`: what scanning its windows takes. */
      get near(): Near | undefined {
        if (!spec.runsNear) return undefined;
        return (near ??= {
          ...nearness(spec.runsNear),
          scan: compile(spec.pattern, 'g'),
          sticky: stickyCopy(this.re),
        });
      },
    };
  });
  const specs = new Map(family.rules.map((s) => [s.id, s]));
  const messages = Object.fromEntries(
    family.rules.map((s) => [s.id, { en: (props?: { title?: string }) => `${props?.title ?? s.title} found` }]),
  );
  const creator: SecretLintRuleCreator<FamilyOptions> = {
    messages,
    meta: {
      id: OWN_RULE_PREFIX + family.id,
      type: 'scanner',
      recommended: true,
      supportedContentTypes: ['text'],
    },
    create(context, options) {
      const t = context.createTranslator(messages);
      const only = options?.only ? new Set(options.only) : undefined;
      return {
        file(source: SecretLintSourceCode) {
          for (const { spec, re } of compiled) {
            if (only && !only.has(spec.id)) continue;
            for (const hit of findMatches(spec, re, source.content)) {
              context.report({ message: t(spec.id, { title: spec.title }), range: hit });
            }
          }
        },
      };
    },
  };
  const byId = new Map(compiled.map((c) => [c.spec.id, c]));
  /** How the pattern runs over `text`, given where the rule's located words are. */
  const planFor = (c: (typeof compiled)[number], text: string, located?: readonly number[]): ScanPlan | undefined => {
    if (!located) return undefined;
    const n = c.near;
    if (n) return { near: { ...n, windows: nearWindows(text, located, n) } };
    const a = c.anchored;
    // Where its words crowd the text (`eaa` all over base64), one search of it costs less.
    if (!a || (located.length >> 1) * ANCHOR_SPACING > text.length) return undefined;
    return { anchors: { ...a, starts: anchorStarts(located) } };
  };
  const matches = (ruleId: string, text: string, located?: readonly number[]): [number, number][] => {
    const c = byId.get(ruleId);
    return c ? findMatches(c.spec, c.re, text, planFor(c, text, located)) : [];
  };
  const candidates = (
    ruleId: string,
    text: string,
    located?: readonly number[],
  ): [number, number, number][] | undefined => {
    const c = byId.get(ruleId);
    return c && !c.spec.userPattern ? matchCandidates(c.re, text, planFor(c, text, located)) : undefined;
  };
  const mayMatch = (ruleId: string, text: string): boolean => {
    const c = byId.get(ruleId);
    if (!c) return true;
    const heads = c.heads;
    if (heads && !heads.some((h) => text.includes(h))) return false;
    return !c.spec.needs || c.spec.needs.test(text);
  };
  const confirm = (ruleId: string, text: string, at: number): boolean => {
    const c = byId.get(ruleId);
    return c !== undefined && confirmMatch(c.spec, c.re, text, at);
  };
  return { family, secretlintId: creator.meta.id, creator, specs, matches, candidates, mayMatch, confirm };
}

/** `spec.pattern` compiled with `flags` added, its leading lookbehind moved after its literal. */
function compile(pattern: RegExp, flags: string): RegExp {
  return new RegExp(literalFirst(pattern.source), [...new Set([...pattern.flags, ...flags])].join(''));
}

/** A rule's `near`, with its pattern compiled for scanning windows, and the windows of one text. */
interface Near extends Nearness {
  /** The pattern, global, without match indices: finds where matches start in a window. */
  scan: RegExp;
  /** The pattern, sticky, with match indices: the match at a start, on the whole text. */
  sticky: RegExp;
}
type NearIn = Near & { windows: readonly number[] };

/**
 * What trying a rule's pattern at its anchor words takes: the pattern made sticky, and for a
 * case-sensitive one, its words in their exact case (the keyword pass folds case, and finds `eaa`
 * in base64 everywhere; only `EAA` can start a match).
 */
interface Anchored {
  sticky: RegExp;
  exact?: readonly string[];
}

function anchoring(spec: SecretRuleSpec, re: RegExp): Anchored {
  const sticky = stickyCopy(re);
  return spec.pattern.flags.includes('i') ? { sticky } : { sticky, exact: anchorsOf(spec)! };
}

/** How a rule's pattern runs over one text: over windows around its words, or only where they start. */
interface ScanPlan {
  near?: NearIn;
  anchors?: Anchored & { starts: ArrayLike<number> };
}

/**
 * Anchors are tried only where a text holds fewer than one per this many characters: a try costs
 * about what a search of that much text does.
 */
const ANCHOR_SPACING = 128;

/**
 * Whether the rule's pattern runs only where one of its anchor words starts: a rule that names
 * its matches' first words (anchorWords), with neither windows nor a user's pattern.
 */
function anchoredRule(spec: SecretRuleSpec): boolean {
  return !spec.runsNear && !spec.userPattern && anchorsOf(spec) !== undefined;
}
const anchorCache = new WeakMap<SecretRuleSpec, string[] | null>();
function anchorsOf(spec: SecretRuleSpec): string[] | undefined {
  let words = anchorCache.get(spec);
  if (words === undefined) anchorCache.set(spec, (words = anchorWords(spec.pattern) ?? null));
  return words ?? undefined;
}

/**
 * Ranges of the secrets `spec` finds in `text`, after its own and the shared filters; with `plan`,
 * scanning only its windows or trying only its anchors (the same ranges).
 */
export function findMatches(spec: SecretRuleSpec, re: RegExp, text: string, plan?: ScanPlan): [number, number][] {
  const out: [number, number][] = [];
  if (spec.userPattern) {
    for (const [start, end] of spec.userPattern.spans(text))
      if (spec.allowPlaceholders || !isFalsePositiveValue(text.slice(start, end), spec.minEntropy ?? 3))
        out.push([start, end]);
    return out;
  }
  // A rejected match may hold the start of one that passes (resumeInside): the positions inside it
  // are tried one by one, within a budget of a quarter of the text (and a few lines' worth in any
  // text), so no input costs much more than the single walk. Not for a rule that runs near its
  // words: its windows find what the whole-text scan finds, and a match before a window (which
  // could hide one inside it) is only stepped over there.
  const budget = { left: (text.length >> 2) + RESUME_MIN_BUDGET };
  forEachMatch(
    re,
    text,
    (span, m) => {
      if (passes(spec, text, span, m)) out.push([span[0], span[1]]);
      else if (!spec.runsNear) lookInside(spec, re, text, m, span, budget, out);
    },
    plan,
  );
  return out;
}

/** Positions a search may try again in any text, however short (see findMatches). */
const RESUME_MIN_BUDGET = 4096;

/** Each global pattern's sticky copy (see stickyCopy). */
const stickyOf = new WeakMap<RegExp, RegExp>();

/** The global `re` made sticky, with match indices: tried at one position of the whole text. */
function stickyCopy(re: RegExp): RegExp {
  let sticky = stickyOf.get(re);
  if (!sticky) stickyOf.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  return sticky;
}

/**
 * The first match that starts inside the rejected match `m` (from its resumeInside point), tried
 * position by position on the whole text; pushed to `out` if it passes, else looked into in turn.
 */
function lookInside(
  spec: SecretRuleSpec,
  re: RegExp,
  text: string,
  m: RegExpExecArray,
  span: [number, number],
  budget: { left: number },
  out: [number, number][],
): void {
  const sticky = stickyCopy(re);
  let from = resumeInside(m, span);
  let end = m.index + m[0].length;
  while (from !== undefined) {
    let inner: RegExpExecArray | null = null;
    for (let at = from; at < end && budget.left > 0 && !inner; at++, budget.left--) {
      sticky.lastIndex = at;
      const hit = sticky.exec(text);
      if (hit && hit[0].length > 0 && secretSpan(hit)) inner = hit;
    }
    if (!inner) return;
    const innerSpan = secretSpan(inner)!;
    if (passes(spec, text, innerSpan, inner)) {
      out.push([innerSpan[0], innerSpan[1]]);
      return;
    }
    from = resumeInside(inner, innerSpan);
    end = inner.index + inner[0].length;
  }
}

/**
 * Where the search goes back into a rejected match: a later token may start inside it (a token's
 * prefix inside a longer one that failed: one past the match's start). In the assignment grammar
 * (a `sep` group: src/core/rules/generic.ts) only where the match may hide another key: a
 * separator with a word in it took the real key for a type (`string acmeToken = "..."` read from
 * `string`), or the value holds a `KEY=` of its own (a file held in a string:
 * `"config.ini": "ACME_TOKEN=..."`); undefined otherwise, so a line of rejected assignments is
 * walked once.
 */
function resumeInside(m: RegExpExecArray, span: [number, number]): number | undefined {
  const sep = m.indices?.groups?.['sep'];
  const from = !sep
    ? m.index + 1
    : /[A-Za-z]/.test(m.input.slice(sep[0], sep[1]))
      ? sep[0] + 1
      : span[0] > m.index && /[=:]./.test(m.input.slice(span[0], span[1]))
        ? span[0]
        : undefined;
  return from !== undefined && from > m.index ? from : undefined;
}

/** The matches `findMatches` judges, unjudged: [start, end, index of the match]. */
function matchCandidates(re: RegExp, text: string, plan?: ScanPlan): [number, number, number][] {
  const out: [number, number, number][] = [];
  forEachMatch(re, text, (span, m) => out.push([span[0], span[1], m.index]), plan);
  return out;
}

/**
 * Each non-empty match of the global `re` in `text` that has a secret span, in order; with a plan,
 * scanning only its windows (the same matches, unless a window's scan disagrees with the whole
 * text: then the whole text is scanned) or trying only its anchors.
 */
function forEachMatch(
  re: RegExp,
  text: string,
  visit: (span: [number, number], m: RegExpExecArray) => void,
  plan?: ScanPlan,
): void {
  const each = (m: RegExpExecArray): void => {
    const span = secretSpan(m);
    if (span) visit(span, m);
  };
  const near = plan?.near;
  if (near && forEachMatchNear(near.scan, near.sticky, text, near.windows, near, each)) return;
  if (plan?.anchors) {
    forEachMatchAt(plan.anchors.sticky, text, plan.anchors.starts, each, plan.anchors.exact);
    return;
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = secretSpan(m);
    if (span) visit(span, m);
  }
}

/**
 * Judges the match at `at` as `findMatches` would have. Run from `at`, the pattern finds that same
 * match: the scan that found it reached `at` without an earlier match overlapping it, and a match
 * at a position depends only on the text (lookbehinds included), not on where the search began.
 */
function confirmMatch(spec: SecretRuleSpec, re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  const m = re.exec(text);
  const span = m && m.index === at ? secretSpan(m) : undefined;
  return span !== undefined && passes(spec, text, span, m!);
}

const secretSpan = (m: RegExpExecArray): [number, number] | undefined =>
  m.indices?.groups?.['secret'] ?? m.indices?.[0];

/** The rule's own and the shared filters. */
function passes(spec: SecretRuleSpec, text: string, span: [number, number], m: RegExpExecArray): boolean {
  const secret = text.slice(span[0], span[1]);
  if (
    !spec.allowPlaceholders &&
    (isFalsePositiveValue(secret, spec.minEntropy ?? 3) ||
      isMaskedAfter(text, span[1]) ||
      isIntroducedAsExample(text, span[0]))
  )
    return false;
  return !spec.validate || spec.validate(secret, m);
}

/** The words a rule's matches start near: its `near.words`, else its keywords (none without `near`). */
export function nearWords(spec: SecretRuleSpec): readonly string[] {
  return spec.runsNear ? (spec.runsNear.words ?? spec.keywords) : [];
}

/**
 * The words whose places in a text the rule reads (`DefinedFamily.matches`' `located`): those it
 * runs near, or those every match starts with (worked out on first use: most rules meet no text
 * in a run); none for a rule scanned over the whole text.
 */
export function locatedWords(spec: SecretRuleSpec): readonly string[] {
  if (spec.runsNear) return nearWords(spec);
  return anchoredRule(spec) ? anchorsOf(spec)! : [];
}

export function ruleInfo(spec: SecretRuleSpec): RuleInfo {
  return {
    id: spec.id,
    title: spec.title,
    category: spec.category ?? 'secret',
    severity: spec.severity ?? 'error',
    provider: spec.provider,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.peers ? { peers: spec.peers } : {}),
  };
}
