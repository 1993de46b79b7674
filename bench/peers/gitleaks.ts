// gitleaks' rule samples, read from a gitleaks checkout at run time (nothing is copied here): each
// rule function in cmd/generate/config/rules/*.go builds its rule, its true positives (`tps`) and
// false positives (`fps`), then calls `utils.Validate`. Running those bodies with the Go evaluator
// gives the samples; the random parts (`secrets.NewSecret(regex)`) are generated with randexp from
// the same regex, and `utils.GenerateSampleSecrets` expands with the templates read from the
// checkout's own generate.go.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expand } from '../../test/helpers/samples.js';
import { Evaluator, goRegexToJs, Scope, Str, str, UNKNOWN, Unknown, type Value } from './go-eval.js';

export interface Sample {
  text: string;
  /** Holds a part made by a random generator (else a literal written in the rule file). */
  generated: boolean;
  path?: string;
}

export interface GitleaksRule {
  id: string;
  /** The token's own regex (the secret part of a semi-generic rule), for generating tokens. */
  secretRegex?: string;
  /** The key words a semi-generic rule wants before the token (`stripe`). */
  identifiers: string[];
  tps: Sample[];
  fps: Sample[];
  /** Samples whose value the evaluator could not work out. */
  skipped: number;
}

const sized =
  (cls: string) =>
  ([n]: Value[]): Str =>
    new Str(`${cls}{${str(n!).s}}`);

export function loadGitleaks(root: string): GitleaksRule[] {
  const config = path.join(root, 'cmd/generate/config');
  const templates = sampleTemplates(readFileSync(path.join(config, 'utils/generate.go'), 'utf8'));
  let seed = 0;
  const random = (re: string): Str => new Str(expand(goRegexToJs(re), `gitleaks:${seed++}`), true);
  // Expanded samples count as generated: no one wrote them out.
  const expandTemplates = (id: string, secret: Str): Str[] =>
    templates.map(
      (t) => new Str(t.replaceAll('{i}', id).replaceAll('{I}', id.toUpperCase()).replaceAll('{s}', secret.s), true),
    );
  const ev = new Evaluator(new Scope(), {
    'secrets.NewSecret': ([re]) => random(str(re!).s),
    // generic.go's helper: NewSecret until the value has a digit (a loop the evaluator skips).
    newPlausibleSecret: ([re]) => {
      let v = random(str(re!).s);
      for (let i = 0; i < 20 && !/[1-9]/.test(v.s); i++) v = random(str(re!).s);
      return v;
    },
    'utils.Numeric': sized('[0-9]'),
    'utils.Hex': sized('[a-f0-9]'),
    'utils.AlphaNumeric': sized('[a-z0-9]'),
    'utils.AlphaNumericExtendedShort': sized('[a-z0-9_-]'),
    'utils.AlphaNumericExtended': sized('[a-z0-9=_\\-]'),
    'utils.AlphaNumericExtendedLong': sized('[a-z0-9\\/=_\\+\\-]'),
    'utils.Hex8_4_4_4_12': () => new Str('[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    'utils.GenerateSampleSecrets': ([id, s]) => expandTemplates(str(id!).s, str(s!)),
    'utils.GenerateSampleSecret': ([id, s]) => new Str(`${str(id!).s}_api_token = "${str(s!).s}"`, true),
    'utils.GenerateSemiGenericRegex': ([ids, secret]) => ({ kind: new Str('semi'), ids: ids!, secret: secret! }),
    'utils.GenerateUniqueTokenRegex': ([secret]) => ({ kind: new Str('unique'), secret: secret! }),
    'utils.MergeRegexps': () => UNKNOWN,
    'regexp.MustCompile': ([re]) => ({ kind: new Str('regex'), secret: re! }),
    'utils.Validate': ([rule, tps, fps]) => ({ rule: rule!, tps: tps!, fps: fps! }),
    'utils.ValidateWithPaths': ([rule, tps, fps]) => ({ rule: rule!, tpPaths: tps!, fpPaths: fps! }),
  });
  const dir = path.join(config, 'rules');
  const funcs = readdirSync(dir)
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))
    .sort()
    .flatMap((f) => ev.loadFile(readFileSync(path.join(dir, f), 'utf8')));
  const rules: GitleaksRule[] = [];
  for (const f of funcs) {
    let result: Value;
    try {
      result = ev.run(f.name).returns[0]?.[0] ?? UNKNOWN;
    } catch (e) {
      if (e instanceof Unknown) continue;
      throw e;
    }
    const r = asObject(result);
    const rule = asObject(r?.['rule']);
    const id = rule?.['RuleID'];
    if (!r || !rule || !(id instanceof Str)) continue;
    const regex = asObject(rule['Regex']);
    const out: GitleaksRule = { id: id.s, identifiers: [], tps: [], fps: [], skipped: 0 };
    if (regex && regex['secret'] instanceof Str) out.secretRegex = regex['secret'].s;
    if (regex && Array.isArray(regex['ids']))
      out.identifiers = regex['ids'].filter((x) => x instanceof Str).map((x) => x.s);
    for (const [key, into] of [
      ['tps', out.tps],
      ['fps', out.fps],
    ] as const) {
      for (const v of flat(r[key])) {
        if (v instanceof Str) into.push({ text: v.s, generated: v.generated });
        else out.skipped++;
      }
      const byPath = asObject(r[key === 'tps' ? 'tpPaths' : 'fpPaths']);
      for (const [p, v] of Object.entries(byPath ?? {})) {
        if (v instanceof Str) into.push({ text: v.s, generated: v.generated, path: p });
        else out.skipped++;
      }
    }
    rules.push(out);
  }
  return rules;
}

function asObject(v: Value | undefined): Record<string, Value> | undefined {
  return v && typeof v === 'object' && !(v instanceof Str) && !Array.isArray(v)
    ? (v as Record<string, Value>)
    : undefined;
}

function flat(v: Value | undefined): Value[] {
  return Array.isArray(v) ? v.flatMap((x) => (Array.isArray(x) ? flat(x) : [x])) : [];
}

/** The `samples` map of `GenerateSampleSecrets` in generate.go: the syntaxes each sample is written in. */
function sampleTemplates(src: string): string[] {
  const ev = new Evaluator(new Scope());
  ev.loadFile(src);
  const { scope } = ev.run('GenerateSampleSecrets', [new Str('{i}'), new Str('{s}')]);
  const samples = asObject(scope.get('samples'));
  if (!samples) throw new Error('generate.go: no samples map in GenerateSampleSecrets');
  return Object.values(samples)
    .filter((v): v is Str => v instanceof Str)
    .map((v) => v.s);
}
