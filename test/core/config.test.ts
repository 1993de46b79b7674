import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfigText, resolveConfig } from '../../src/core/config.js';
import { LOWER_ALNUM, randomChars } from '../helpers/tokens/random.js';

describe('config', () => {
  it('parses JSON and YAML into the same resolved settings', () => {
    const json = parseConfigText('{"allowlist": {"paths": ["test/**"]}, "rules": {"github-pat": "warning"}}', 'c.json');
    const yaml = parseConfigText('allowlist:\n  paths: ["test/**"]\nrules:\n  github-pat: warning\n', 'c.yml');
    expect(yaml).toEqual(json);
    const r = resolveConfig(json);
    expect(r.isPathAllowed('test/a/b.txt')).toBe(true);
    expect(r.isPathAllowed('src/test.txt')).toBe(false);
    expect(r.isPathAllowed('test/.hidden/x')).toBe(true);
    expect(r.ruleSettings.get('github-pat')).toBe('warning');
  });

  it.each([
    ['{"rules": []}', /"rules" must be an object/],
    ['{"rulez": {}}', /unknown key "rulez"/],
    ['{"rules": {"x": "loud"}}', /"rules.x" must be "off", "error" or "warning"/],
    ['{"allowlist": {"paths": "src"}}', /"allowlist.paths" must be a list of strings/],
    ['{"allowlist": {"regexes": ["("]}}', /"allowlist.regexes\[0\]" is not a valid regular expression/],
    ['{"customRules": [{"id": "a", "pattern": "x"}]}', /"customRules\[0\].keywords" must be a non-empty list/],
    ['{"customRules": [{"id": "Bad Id", "pattern": "x", "keywords": ["x"]}]}', /"customRules\[0\].id"/],
    ['[1, 2]', /the top level must be an object/],
    ['{not json', /not valid JSON/],
  ])('rejects %s with an error naming the file and key', (text, message) => {
    let error: unknown;
    try {
      parseConfigText(text, 'my-config.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('my-config.json');
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    ['(a+)+$(?<=a)', 'lookarounds'],
    ['(k)\\1_[a-z]{20}', 'backreferences'],
  ])(
    'refuses a custom rule pattern the linear-time engine cannot run (%s), naming the rule and key',
    (pattern, why) => {
      const text = JSON.stringify({ customRules: [{ id: 'acme-key', pattern, keywords: ['k'] }] });
      expect(() => parseConfigText(text, 'c.json')).toThrow(
        new RegExp(`"customRules\\[0\\]\\.pattern" \\(rule "acme-key"\\) cannot run in linear time: .*${why}`),
      );
    },
  );

  it('runs user patterns in linear time: a catastrophic pattern on a hostile text finishes at once', async () => {
    const { Engine } = await import('../../src/core/engine.js');
    const user = parseConfigText(
      JSON.stringify({
        customRules: [{ id: 'slow-rule', pattern: '(?<secret>k([a-z0-9]+)+$)', keywords: ['k'], minEntropy: 0 }],
        allowlist: { regexes: ['^(a|aa)+$'] },
      }),
      'c.json',
    );
    const engine = new Engine(resolveConfig(user));
    // 40 characters take V8's backtracking engine longer than this test's timeout.
    const hostile = `k${'a'.repeat(5000)}b\nv = "x${'a'.repeat(40)}!"`;
    const { findings } = await engine.scan({ path: 'x.txt', text: hostile });
    expect(findings).toEqual([]);
    const match = await engine.scan({ path: 'x.txt', text: `k${randomChars(LOWER_ALNUM, 30)}` });
    expect(match.findings.map((f) => f.ruleId)).toEqual(['slow-rule']);
  });

  it('rejects a YAML alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    expect(() => parseConfigText(bomb.join('\n'), 'bomb.yml')).toThrow(ConfigError);
  });

  it('needs no file: the default allows nothing and overrides nothing', () => {
    const r = resolveConfig(undefined);
    expect(r.isPathAllowed('anything')).toBe(false);
    expect(r.ruleSettings.size).toBe(0);
    expect(r.customFamily).toBeUndefined();
  });
});
