// Measures this project and secretlint's recommended preset on the peers' own corpora, read from
// local gitleaks / trufflehog checkouts (see run.mjs). Prints a JSON summary; writes the misses and
// false positives, values shortened, to peers-details.json under bench/.work/. Bundled by run.mjs.
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as presetCreator } from '@secretlint/secretlint-rule-preset-recommend';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveConfig } from '../../src/core/config.js';
import { isFalsePositiveValue } from '../../src/core/placeholders.js';
import { isStandInPassword } from '../../src/core/rules/database-urls.js';
import { FAMILIES } from '../../src/core/rules/index.js';
import { NOT_REPORTED_ALONE, UNMAPPED_GITLEAKS } from '../../src/core/rules/unmapped-peers.js';
import { createEngine } from '../../src/runtime/create-engine.js';
import { decodeFile } from '../../src/sources/decode.js';
import { expand } from '../../test/helpers/samples.js';
import { SYNTAXES } from '../accuracy/syntaxes.js';
import { goRegexToJs } from './go-eval.js';
import { loadGitleaks, type GitleaksRule, type Sample } from './gitleaks.js';
import { loadGitleaksScanner, type GitleaksScanner } from './gitleaks-rules.js';
import { REVIEWED, reviewedCase, type ReviewedCase } from './reviewed.js';
import { loadTrufflehog } from './trufflehog.js';
import { loadTrufflehogScanner } from './trufflehog-detectors.js';

secretLintProfiler.setEnabled(false);
const GENERIC = 'generic-credential-assignment';
const TOKENS_PER_RULE = 2;

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const gitleaksDir = arg('--gitleaks');
const trufflehogDir = arg('--trufflehog');
const detailsFile = arg('--details');
// Whole inputs of every miss and false positive, for working on rules locally (bench/.work/ is
// never committed): the peers' text stays on this machine.
const dumpFile = arg('--dump');
const dump: {
  corpus: string;
  id: string;
  name?: string;
  kind: 'miss' | 'fp';
  rules: string[];
  values?: string[];
  text: string;
  generated?: boolean;
  /** Another rule or detector of the same peer that reports this negative. */
  peerReports?: string;
  /** A false positive every finding of which is listed in reviewed.ts. */
  reviewed?: boolean;
  /** A trufflehog positive of a distinctive-prefix detector: counted, or left out as placeholders only. */
  prefix?: 'counted' | 'placeholder';
}[] = [];

const engine = createEngine(resolveConfig(undefined));

interface Hit {
  ruleId: string;
  start: number;
  end: number;
}

async function ours(path: string, text: string): Promise<Hit[]> {
  const { findings } = await engine.scan({ path, text });
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return findings.map((f) => ({
    ruleId: f.ruleId,
    start: starts[f.line - 1]! + f.column - 1,
    end: starts[f.endLine - 1]! + f.endColumn - 1,
  }));
}

async function theirs(path: string, text: string): Promise<Hit[]> {
  const r = await lintSource({
    source: { content: text, filePath: path, contentType: 'text' },
    options: { config: { rules: [{ id: presetCreator.meta.id, rule: presetCreator }] }, noPhysicFilePath: true },
  });
  return r.messages.map((m) => ({ ruleId: m.ruleId, start: m.range[0], end: m.range[1] }));
}

/** A value as the details file shows it: enough to recognise, never the whole. */
const short = (s: string): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= 24
    ? one.slice(0, Math.ceil(one.length / 2)) + '…'
    : `${one.slice(0, 20)}… (${one.length} chars)`;
};

interface Rate {
  n: number;
  ours: number;
  theirs: number;
}
const rate = (): Rate => ({ n: 0, ours: 0, theirs: 0 });
const count = (r: Rate, o: boolean, t: boolean): void => {
  r.n++;
  if (o) r.ours++;
  if (t) r.theirs++;
};
const bump = (m: Record<string, number>, k: string): void => {
  m[k] = (m[k] ?? 0) + 1;
};

/**
 * Whether every finding of ours on a peer's negative sample is in the reviewed list (a finding a
 * security reviewer wants: bench/peers/reviewed.ts); the entries met are kept to report stale ones.
 */
const reviewedMet = new Set<ReviewedCase>();
function allReviewed(
  peer: ReviewedCase['peer'],
  caseId: string,
  name: string | undefined,
  text: string,
  hits: Hit[],
): boolean {
  const found = hits.map((h) => reviewedCase(peer, caseId, name, h.ruleId, text));
  for (const r of found) if (r) reviewedMet.add(r);
  return found.every(Boolean);
}

const summary: Record<string, unknown> = {};
const details: Record<string, unknown> = {};

if (gitleaksDir) {
  const rules = loadGitleaks(gitleaksDir);
  summary['gitleaks'] = { rules: rules.length, skipped: rules.reduce((a, r) => a + r.skipped, 0) };
  await gitleaksSamples(rules, loadGitleaksScanner(gitleaksDir));
  await gitleaksPlanted(rules);
}
if (trufflehogDir) await trufflehogCases();

// Reviewed entries of the corpora that ran which met no false positive: fixed since, or renamed.
const ran = new Set([...(gitleaksDir ? ['gitleaks'] : []), ...(trufflehogDir ? ['trufflehog'] : [])]);
summary['reviewedStale'] = REVIEWED.filter((r) => ran.has(r.peer) && !reviewedMet.has(r)).map(
  (r) => `${r.peer}/${r.case}${r.name ? ` "${r.name}"` : ''} ${r.ours} ${r.sample}`,
);
summary['reviewedByReason'] = [...reviewedMet].reduce<Record<string, number>>((m, r) => {
  m[r.reason] = (m[r.reason] ?? 0) + 1;
  return m;
}, {});
console.log(JSON.stringify(summary));
if (detailsFile) writeFileSync(detailsFile, JSON.stringify(details, null, 2));
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(dump, null, 1));

/**
 * The value a gitleaks sample holds, found with the rule's own secret regex (its first group, else
 * the whole match); undefined when the regex does not compile here or does not match.
 */
function sampleSecrets(rule: GitleaksRule, text: string): string[] {
  if (!rule.secretRegex) return [];
  let re: RegExp;
  try {
    re = new RegExp(goRegexToJs(rule.secretRegex), 'gi');
  } catch {
    return [];
  }
  return [...text.matchAll(re)].map((m) => m.slice(1).find((g) => g) ?? m[0]).filter((v) => v.length > 0);
}

/** Whether a rule naming this gitleaks id takes placeholder-like values as they are (a Twitter bearer token's run of `A`). */
function takesPlaceholders(gitleaksId: string): boolean {
  return FAMILIES.some((f) => f.rules.some((r) => r.allowPlaceholders && r.peers?.gitleaks?.includes(gitleaksId)));
}

/**
 * Every value the sample holds is a reference or placeholder by our shared filter (minimum entropy
 * 0: a value judged only too regular for one rule's entropy floor still counts).
 */
function isPlaceholderSample(rule: GitleaksRule, text: string): boolean {
  if (takesPlaceholders(rule.id)) return false;
  const secrets = sampleSecrets(rule, text);
  return secrets.length > 0 && secrets.every((v) => isFalsePositiveValue(v, 0));
}

/**
 * (a) The samples in gitleaks' rule definitions: written-out ones and generated ones apart. Recall
 * is printed raw, and without two kinds of sample the issue asks not to report (never hiding the
 * raw figure): an identifier or publishable key alone (`NOT_REPORTED_ALONE`), and a value our
 * shared placeholder filter rejects (runs, sequences, masks such as `12345678-ABCD-ABCD-...`).
 */
/**
 * A sample gitleaks gives as a path alone (its rule reads file names: `pkcs12-file`): planted as a
 * file at that path, a few bytes standing for a binary key store, and read back the way a working
 * tree scan reads a file (decodeFile), so a rule that judges files by name is tried.
 */
// (Function declarations only: the top-level calls above run before any `const` down here is set.)
function plantDir(): string {
  return join(dirname(dumpFile ?? detailsFile ?? 'bench/.work/x'), 'peers-planted');
}
async function planted(path: string): Promise<Hit[]> {
  const file = join(plantDir(), path);
  mkdirSync(dirname(file), { recursive: true });
  const body = createHash('sha256').update(path).digest();
  writeFileSync(file, Buffer.concat([Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03, 0x00]), body]));
  summary['plantedFiles'] = Number(summary['plantedFiles'] ?? 0) + 1;
  const decoded = decodeFile(path, readFileSync(file));
  return decoded.kind === 'text' ? ours(path, decoded.text) : [];
}

async function gitleaksSamples(rules: GitleaksRule[], scanner: GitleaksScanner): Promise<void> {
  const tp = { literal: rate(), generated: rate() };
  const fp = { literal: rate(), generated: rate() };
  // Negatives of one gitleaks rule that another gitleaks rule reports (gitleaks as a whole reports
  // them, so they are no false positive of a whole scanner), by the rule that reports them; and how
  // faithful the translated rules are: the share of each rule's own true samples it reports here.
  const peerReported = { literal: rate(), generated: rate() };
  const peerReportedBy: Record<string, number> = {};
  const fidelity = { n: 0, hit: 0 };
  // Negatives on which every finding of ours is a reviewed one (bench/peers/reviewed.ts).
  const fpReviewed = { literal: 0, generated: 0 };
  // Recall without the samples the issue asks not to report: [excluded kind] -> literal/generated.
  const adjusted = {
    notAlone: { literal: rate(), generated: rate(), excluded: { literal: 0, generated: 0 } },
    placeholder: { literal: rate(), generated: rate(), excluded: { literal: 0, generated: 0 } },
    both: { literal: rate(), generated: rate(), excluded: { literal: 0, generated: 0 } },
  };
  const missedRules: Record<string, number> = {};
  const fpByRule: Record<string, number> = {};
  const fpExamples: string[] = [];
  const excludedRules: Record<'notAlone' | 'placeholder', Record<string, number>> = { notAlone: {}, placeholder: {} };
  const scan = async (s: Sample): Promise<[Hit[], boolean]> => {
    const path = s.path ?? 'sample.txt';
    if (s.path && s.text === '') return [await planted(s.path), (await theirs(path, s.text)).length > 0];
    return [await ours(path, s.text), (await theirs(path, s.text)).length > 0];
  };
  for (const r of rules) {
    const notAlone = r.id in NOT_REPORTED_ALONE;
    for (const s of r.tps) {
      const [o, t] = await scan(s);
      const kind = s.generated ? 'generated' : 'literal';
      count(tp[kind], o.length > 0, t);
      const placeholder = isPlaceholderSample(r, s.text);
      const skip = { notAlone, placeholder, both: notAlone || placeholder };
      for (const k of ['notAlone', 'placeholder', 'both'] as const) {
        if (skip[k]) adjusted[k].excluded[kind]++;
        else count(adjusted[k][kind], o.length > 0, t);
      }
      if (notAlone) bump(excludedRules.notAlone, r.id);
      if (placeholder) bump(excludedRules.placeholder, r.id);
      if (!o.length) bump(missedRules, r.id);
      if (!o.length)
        dump.push({ corpus: 'gitleaks', id: r.id, kind: 'miss', rules: [], text: s.text, generated: s.generated });
      const own = scanner.reportsWith(r.id, s.text, s.path ?? 'sample.txt');
      if (own !== undefined) {
        fidelity.n++;
        if (own) fidelity.hit++;
      }
    }
    for (const s of r.fps) {
      const [o, t] = await scan(s);
      count(fp[s.generated ? 'generated' : 'literal'], o.length > 0, t);
      const other = scanner.reportedBy(s.text, s.path ?? 'sample.txt', new Set([r.id]));
      if (other) {
        count(peerReported[s.generated ? 'generated' : 'literal'], o.length > 0, t);
        bump(peerReportedBy, other);
      }
      for (const h of o) bump(fpByRule, h.ruleId);
      if (o.length && allReviewed('gitleaks', r.id, undefined, s.text, o))
        fpReviewed[s.generated ? 'generated' : 'literal']++;
      if (o.length)
        dump.push({
          corpus: 'gitleaks',
          id: r.id,
          kind: 'fp',
          rules: o.map((h) => h.ruleId),
          values: o.map((h) => s.text.slice(h.start, h.end)),
          text: s.text,
          generated: s.generated,
          ...(other ? { peerReports: other } : {}),
        });
      if (o.length && fpExamples.length < 60)
        fpExamples.push(`${r.id}: ${o.map((h) => h.ruleId).join(',')} <- ${short(s.text)}`);
    }
  }
  const never = rules.filter((r) => r.tps.length && (missedRules[r.id] ?? 0) === r.tps.length).map((r) => r.id);
  summary['gitleaksSamples'] = {
    tp,
    fp,
    fpReviewed,
    adjusted,
    fpByRule,
    neverFound: never.length,
    peerReported,
    peerReportedBy,
    scanner: { rules: scanner.rules, untranslated: scanner.untranslated, fidelity },
  };
  rmSync(plantDir(), { recursive: true, force: true });
  details['gitleaksSamples'] = { missedRules, neverFound: never, fpByRule, fpExamples, excludedRules };
}

/** (b) Tokens generated from each gitleaks rule's own regex, planted in every syntax. */
async function gitleaksPlanted(rules: GitleaksRule[]): Promise<void> {
  const bySyntax: Record<string, Rate> = {};
  const all = rate();
  const hitRules = new Set<string>();
  const planted: string[] = [];
  const notGenerated: string[] = [];
  const missed: Record<string, string[]> = {};
  for (const r of rules) {
    if (!r.secretRegex) {
      notGenerated.push(r.id);
      continue;
    }
    let tokens: string[];
    try {
      tokens = Array.from({ length: TOKENS_PER_RULE }, (_, i) =>
        expand(goRegexToJs(r.secretRegex!), `peers:${r.id}:${i}`),
      );
    } catch {
      notGenerated.push(r.id);
      continue;
    }
    planted.push(r.id);
    const word = r.identifiers[0]
      ? expand(goRegexToJs(r.identifiers[0]), `peers:${r.id}:key`).toLowerCase()
      : r.id.split('-')[0]!;
    const words = [...word.split(/[^A-Za-z0-9]+/).filter(Boolean), 'token'];
    // A rule gitleaks limits to some files (nuget.config) is planted in a file of that name: its
    // own true samples' path. Elsewhere gitleaks would not report the token either.
    const rulePath = r.tps.find((s) => s.path)?.path;
    for (const token of tokens) {
      for (const [syntax, plant] of Object.entries(SYNTAXES)) {
        const [syntaxPath, text] = plant(words, token);
        const path = rulePath ?? syntaxPath;
        const at = text.indexOf(token);
        const over = (hs: Hit[]): boolean => hs.some((h) => h.start < at + token.length && h.end > at);
        const o = over(await ours(path, text));
        const t = over(await theirs(path, text));
        count((bySyntax[syntax] ??= rate()), o, t);
        count(all, o, t);
        if (o) hitRules.add(r.id);
        else if (!(missed[r.id] ??= []).includes(syntax)) missed[r.id]!.push(syntax);
      }
    }
  }
  const never = planted.filter((id) => !hitRules.has(id));
  // The recorded reason for a rule never hit, where there is one: not reported alone, or unmapped.
  const reasons = Object.fromEntries(
    never.flatMap((id) => {
      const why = NOT_REPORTED_ALONE[id] ?? UNMAPPED_GITLEAKS[id];
      return why ? [[id, why]] : [];
    }),
  );
  summary['gitleaksPlanted'] = { all, bySyntax, rules: planted.length, neverHit: never, notGenerated, reasons };
  details['gitleaksPlanted'] = { missed, neverHit: never, notGenerated };
}

/**
 * Whether every token a detector's regexes read in `text` is a reference or placeholder by our
 * shared filter (minimum entropy 0, as for gitleaks' samples); false when they read none.
 */
function holdsOnlyPlaceholders(goRegexes: readonly string[], text: string): boolean {
  const tokens: string[] = [];
  for (const source of goRegexes) {
    let re: RegExp;
    try {
      re = new RegExp(goRegexToJs(source), 'g');
    } catch {
      continue;
    }
    for (const m of text.matchAll(re)) tokens.push(m.slice(1).find((g) => g) ?? m[0]);
  }
  return tokens.length > 0 && tokens.every((v) => isFalsePositiveValue(v, 0) || holdsStandInPassword(v));
}

/**
 * A connection URL whose password (`scheme://user:<password>@`, or a `password=` parameter) is a
 * stand-in our URL rules reject (`password`, `secret`, `guest`: isStandInPassword in
 * src/core/rules/database-urls.ts) or a placeholder by the shared filter: the URL's credential is
 * its password, not the whole URL.
 */
function holdsStandInPassword(token: string): boolean {
  const password =
    /^[a-z][\w+.:-]*:\/\/[^\s:@/]*:([^\s@/]+)@/i.exec(token)?.[1] ??
    /[;?&](?:password|pwd)=([^;&\s]+)/i.exec(token)?.[1];
  return password !== undefined && (isStandInPassword(password) || isFalsePositiveValue(password, 0));
}

/** (c) trufflehog's detector pattern tests: positives, negatives, and what only the generic rule found. */
async function trufflehogCases(): Promise<void> {
  const corpus = loadTrufflehog(trufflehogDir!);
  // Negatives of one detector that another detector reports (trufflehog as a whole reports them),
  // by the detector; and how faithful the reading is: the share of positives the detector's own
  // reading reports, where it reads.
  const scanner = loadTrufflehogScanner(trufflehogDir!);
  const peerReported = rate();
  const peerReportedBy: Record<string, number> = {};
  const fidelity = { n: 0, hit: 0 };
  const pos = rate();
  const prefixed = rate();
  // The same without positives whose every token (read with the detector's own regexes) our shared
  // placeholder filter rejects, or is a URL with a stand-in password: the issue asks not to report
  // those; the raw figure stays first.
  const prefixedWithoutPlaceholders = rate();
  let prefixedPlaceholders = 0;
  const neg = rate();
  let negReviewed = 0;
  let genericOnly = 0;
  const foundDetectors = new Set<string>();
  const positiveDetectors = new Set<string>();
  const fpByRule: Record<string, number> = {};
  const fpExamples: string[] = [];
  const missedDetectors: Record<string, number> = {};
  for (const c of corpus.cases) {
    const o = await ours('input.txt', c.input);
    const t = (await theirs('input.txt', c.input)).length > 0;
    if (c.positive) {
      positiveDetectors.add(c.detector);
      count(pos, o.length > 0, t);
      if (corpus.prefixed.has(c.detector)) {
        count(prefixed, o.length > 0, t);
        if (holdsOnlyPlaceholders(corpus.prefixRegexes.get(c.detector) ?? [], c.input)) prefixedPlaceholders++;
        else count(prefixedWithoutPlaceholders, o.length > 0, t);
      }
      if (o.length) foundDetectors.add(c.detector);
      else bump(missedDetectors, c.detector);
      if (!o.length) {
        // Which distinctive-prefix figure a miss counts against, so the dump alone can list them.
        const prefix = !corpus.prefixed.has(c.detector)
          ? undefined
          : holdsOnlyPlaceholders(corpus.prefixRegexes.get(c.detector) ?? [], c.input)
            ? 'placeholder'
            : 'counted';
        dump.push({
          corpus: 'trufflehog',
          id: c.detector,
          kind: 'miss',
          rules: [],
          text: c.input,
          ...(prefix ? { prefix } : {}),
        });
      }
      if (o.length && o.every((h) => h.ruleId === GENERIC)) genericOnly++;
      const own = scanner.reportsWith(c.detector, c.input);
      if (own !== undefined) {
        fidelity.n++;
        if (own) fidelity.hit++;
      }
    } else {
      count(neg, o.length > 0, t);
      const other = scanner.reportedBy(c.input, c.detector);
      if (other) {
        count(peerReported, o.length > 0, t);
        bump(peerReportedBy, other);
      }
      for (const h of o) bump(fpByRule, h.ruleId);
      const reviewed = o.length > 0 && allReviewed('trufflehog', c.detector, c.name, c.input, o);
      if (reviewed) negReviewed++;
      if (o.length)
        dump.push({
          reviewed,
          corpus: 'trufflehog',
          id: c.detector,
          name: c.name,
          kind: 'fp',
          rules: o.map((h) => h.ruleId),
          values: o.map((h) => c.input.slice(h.start, h.end)),
          text: c.input,
          ...(other ? { peerReports: other } : {}),
        });
      if (o.length)
        fpExamples.push(
          `${c.detector} "${c.name}": ${o.map((h) => `${h.ruleId} <- ${short(c.input.slice(h.start, h.end))}`).join('; ')}`,
        );
    }
  }
  summary['trufflehog'] = {
    detectors: corpus.detectors,
    prefixedDetectors: corpus.prefixed.size,
    skipped: corpus.skipped,
    positives: pos,
    prefixed,
    prefixedWithoutPlaceholders,
    prefixedPlaceholders,
    negatives: neg,
    negativesReviewed: negReviewed,
    genericOnly,
    detectorsFound: foundDetectors.size,
    detectorsWithPositives: positiveDetectors.size,
    fpByRule,
    peerReported,
    peerReportedBy,
    scanner: { detectors: scanner.detectors, leftOut: scanner.leftOut, fidelity },
  };
  details['trufflehog'] = {
    missedPrefixed: Object.keys(missedDetectors).filter((d) => corpus.prefixed.has(d) && !foundDetectors.has(d)),
    missedDetectors,
    fpByRule,
    fpExamples,
  };
}
