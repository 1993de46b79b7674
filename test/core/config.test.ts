import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfigText, resolveConfig } from '../../src/core/config.js';

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
