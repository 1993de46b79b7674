// trufflehog's detector pattern tests, read from a trufflehog checkout at run time (nothing is
// copied here): each detector's `Test*_Pattern` function in pkg/detectors/<id>/**/*_test.go lists
// cases `{name, input, want}`; a case with a non-empty `want` is a positive (the detector must find
// a credential in `input`), one without is a negative. The Go evaluator works out each `input`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Evaluator, Scope, Str, Unknown, type Value } from './go-eval.js';

export interface PatternCase {
  detector: string;
  name: string;
  input: string;
  positive: boolean;
}

export interface TrufflehogCorpus {
  cases: PatternCase[];
  /** Detectors whose token regex starts with a literal prefix of 3+ characters (`glpat-`, `xoxb-`). */
  prefixed: Set<string>;
  /** The prefixed detectors' token regexes (Go syntax), to read the token a positive holds. */
  prefixRegexes: Map<string, string[]>;
  detectors: number;
  /** Test cases whose input the evaluator could not work out. */
  skipped: number;
}

const goFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? goFiles(p) : f.endsWith('.go') ? [p] : [];
  });

export function loadTrufflehog(root: string): TrufflehogCorpus {
  const base = path.join(root, 'pkg/detectors');
  if (!existsSync(base)) throw new Error(`${root}: no pkg/detectors (not a trufflehog checkout)`);
  const out: TrufflehogCorpus = { cases: [], prefixed: new Set(), prefixRegexes: new Map(), detectors: 0, skipped: 0 };
  for (const detector of readdirSync(base).sort()) {
    const dir = path.join(base, detector);
    if (!statSync(dir).isDirectory()) continue;
    const files = goFiles(dir);
    const sources = files.filter((f) => !f.endsWith('_test.go')).map((f) => readFileSync(f, 'utf8'));
    const regexes = sources.flatMap(literalPrefixRegexes);
    if (regexes.length) {
      out.prefixed.add(detector);
      out.prefixRegexes.set(detector, regexes);
    }
    let tested = false;
    // One evaluator per package directory (a versioned detector has one per version).
    const byPackage = new Map<string, string[]>();
    for (const f of files.filter((x) => x.endsWith('_test.go'))) {
      const src = readFileSync(f, 'utf8');
      // Integration tests (build tag `detectors`) call the live APIs; pattern tests do not.
      if (/integ/i.test(path.basename(f)) || /go:build detectors/.test(src)) continue;
      byPackage.set(path.dirname(f), [...(byPackage.get(path.dirname(f)) ?? []), src]);
    }
    for (const srcs of byPackage.values()) {
      const ev = new Evaluator(new Scope());
      const funcs = srcs.flatMap((s) => ev.loadFile(s)).filter((f) => /^Test/.test(f.name));
      for (const f of funcs) {
        let scope: Scope;
        try {
          scope = ev.run(f.name, [null]).scope;
        } catch (e) {
          if (e instanceof Unknown) continue;
          throw e;
        }
        // A table of cases (`tests := []struct{...}{...}`), or one case as `input` and `want`.
        const tables = scope
          .entries()
          .filter(([, v]) => Array.isArray(v))
          .map(([, v]) => v as Value[]);
        if (scope.entries().some(([k]) => k === 'input')) {
          const get = (k: string): Value => scope.entries().find(([n]) => n === k)?.[1] ?? null;
          tables.push([{ input: get('input'), want: get('want') }]);
        }
        for (const table of tables) {
          for (const c of table) {
            if (typeof c === 'symbol') out.skipped++;
            if (!c || typeof c !== 'object' || c instanceof Str || Array.isArray(c)) continue;
            const tc = c as Record<string, Value>;
            if (!('input' in tc) && !('data' in tc)) continue;
            const input = tc['input'] ?? tc['data'];
            if (!(input instanceof Str)) {
              out.skipped++;
              continue;
            }
            tested = true;
            out.cases.push({
              detector,
              name: tc['name'] instanceof Str ? tc['name'].s : '',
              input: input.s,
              positive: expectsResult(tc),
            });
          }
        }
      }
    }
    if (tested) out.detectors++;
  }
  return out;
}

/**
 * True when the case expects the detector to find something: a non-empty `want`, `shouldMatch`, a
 * `wantResults` count above zero (FromData tests), or an expected part of the result such as
 * `wantHost` (ExtraData tests of a credential URL). An expected error is no result.
 */
function expectsResult(tc: Record<string, Value>): boolean {
  const want = tc['want'];
  if (Array.isArray(want) && want.length > 0) return true;
  if (tc['shouldMatch'] === true) return true;
  if (typeof tc['wantResults'] === 'number' && tc['wantResults'] > 0) return true;
  return Object.entries(tc).some(([k, v]) => /^want[A-Z]/.test(k) && !/err/i.test(k) && v instanceof Str && v.s !== '');
}

/**
 * The detector's `regexp.MustCompile` literals that start with 3+ literal characters (after `\b`,
 * an opening group, inline flags), or with an alternation of such literals: a token with a
 * distinctive prefix. Plain `http` URL patterns do not count.
 */
function literalPrefixRegexes(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/MustCompile\(\s*(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")/g)) {
    const source = m[1] ?? (m[2] ?? '').replace(/\\\\/g, '\\');
    const re = source.replace(/^(?:\\b|\^|\(\?[a-z]+\)|\((?:\?:|\?P?<\w+>)?)*/, '');
    const alts = /^([^()[\]{}*+?]+)\)/.exec(re)?.[1]?.split('|') ?? [re];
    if (alts.every((a) => literalLength(a) >= 3 && !/^https?/i.test(a))) out.push(source);
  }
  return out;
}

function literalLength(re: string): number {
  let n = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i]!;
    if (c === '\\' && /[.\-_/:]/.test(re[i + 1] ?? '')) {
      i++;
      n++;
    } else if (/[A-Za-z0-9_\-:/.]/.test(c) && c !== '.') n++;
    else break;
    if (/[?*+{]/.test(re[i + 1] ?? '')) return n - 1;
  }
  return n;
}
