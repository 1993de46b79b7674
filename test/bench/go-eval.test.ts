import { describe, expect, it } from '@jest/globals';
import { Evaluator, goRegexToJs, Scope, Str, UNKNOWN, type Value } from '../../bench/peers/go-eval.js';

const strings = (v: Value): (string | symbol)[] => (v as Value[]).map((x) => (x instanceof Str ? x.s : (x as symbol)));

describe('the peers bench Go evaluator', () => {
  const src = [
    'package rules',
    '',
    'var (',
    '\tkeyword = "acme" // a comment',
    '\tparts   = []string{`raw\\n`, "esc\\t"}',
    ')',
    '',
    'func Rule() *config.Rule {',
    '\tr := config.Rule{',
    '\t\tRuleID: "acme-key",',
    '\t\tRegex:  utils.Semi([]string{keyword}, `[a-z]{4}`),',
    '\t}',
    '\ttps := []string{fmt.Sprintf("%s_key = %q", keyword, "v1"), "lit" + "eral"}',
    '\ttps = append(tps, parts...)',
    '\tfps := []string{unknownCall(), strings.Repeat("x", 3)}',
    '\tif len(tps) > 0 {',
    '\t\ttps = nil',
    '\t}',
    '\treturn utils.Validate(r, tps, fps)',
    '}',
    '',
    'func TestAcme_Pattern(t *testing.T) {',
    '\ttests := []struct {',
    '\t\tname  string',
    '\t\tinput string',
    '\t\twant  []string',
    '\t}{',
    '\t\t{name: "valid", input: fmt.Sprintf("%[1]s=%[1]s", keyword), want: []string{"x"}},',
    '\t\t{',
    '\t\t\tname:  "invalid",',
    '\t\t\tinput: keyword[:2],',
    '\t\t},',
    '\t}',
    '\tfor _, test := range tests {',
    '\t\tt.Run(test.name, func(t *testing.T) {})',
    '\t}',
    '}',
  ].join('\n');

  const evaluator = (): Evaluator =>
    new Evaluator(new Scope(), {
      'utils.Semi': ([ids, re]) => ({ ids: ids!, re: re! }),
      'utils.Validate': ([rule, tps, fps]) => ({ rule: rule!, tps: tps!, fps: fps! }),
    });

  it('works out literals, Sprintf, append with spread and package variables; skips what it cannot know', () => {
    const ev = evaluator();
    expect(ev.loadFile(src).map((f) => f.name)).toEqual(['Rule', 'TestAcme_Pattern']);
    const out = ev.run('Rule').returns[0]![0] as Record<string, Record<string, Value>>;
    expect((out['rule']!['RuleID'] as Str).s).toBe('acme-key');
    expect(((out['rule']!['Regex'] as Record<string, Value>)['re'] as Str).s).toBe('[a-z]{4}');
    // The `if` body is skipped, not guessed: tps keeps its value.
    expect(strings(out['tps']!)).toEqual(['acme_key = "v1"', 'literal', 'raw\\n', 'esc\t']);
    expect(strings(out['fps']!)).toEqual([UNKNOWN, 'xxx']);
  });

  it('reads a table of test cases, with optional fields left out', () => {
    const ev = evaluator();
    ev.loadFile(src);
    const tests = ev
      .run('TestAcme_Pattern', [null])
      .scope.entries()
      .find(([k]) => k === 'tests')![1] as Record<string, Value>[];
    expect(tests.map((t) => (t['input'] as Str).s)).toEqual(['acme=acme', 'ac']);
    expect(tests.map((t) => 'want' in t)).toEqual([true, false]);
  });

  it('spells Go regular expressions the way randexp reads them', () => {
    expect(goRegexToJs('(?i)(?:key|tok)[[:alnum:]]{4}\\z')).toBe('(?:key|tok)[A-Za-z0-9]{4}');
    expect(goRegexToJs('(?-i:[Aa]pi)(?P<s>[[:xdigit:]_]+)')).toBe('(?:[Aa]pi)(?<s>[0-9A-Fa-f_]+)');
  });
});
