/**
 * Own rule families are real secretlint rules: secretlint's own `lintSource` runs them and reports
 * what the engine reports (the engine runs their patterns directly, for speed).
 */
import { describe, expect, it } from '@jest/globals';
import { lintSource } from '@secretlint/core';
import { literalFirst } from '../../../src/core/rules/pattern-source.js';
import { definedFamilies } from '../../../src/core/rules/index.js';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { googleTokens } from '../../helpers/tokens/google.js';

describe('own rules under secretlint', () => {
  it('lintSource reports the same ranges and ids as the engine', async () => {
    const text = `a = "${googleTokens.googleApiKey('compat')}"\nb: ${googleTokens.googleAccessToken('compat')}\n`;
    const google = definedFamilies().find((f) => f.family.id === 'google')!;
    const result = await lintSource({
      source: { content: text, filePath: 'x.txt', contentType: 'text' },
      options: { config: { rules: [{ id: google.secretlintId, rule: google.creator }] }, noPhysicFilePath: true },
    });
    const viaSecretlint = result.messages.map((m) => [m.messageId, m.range[0], m.range[1]]);
    const viaEngine = (await new Engine(resolveConfig(undefined)).scan({ path: 'x.txt', text })).findings.map((f) => [
      f.ruleId,
      text
        .split('\n')
        .slice(0, f.line - 1)
        .join('\n').length +
        (f.line > 1 ? 1 : 0) +
        f.column -
        1,
      text
        .split('\n')
        .slice(0, f.endLine - 1)
        .join('\n').length +
        (f.endLine > 1 ? 1 : 0) +
        f.endColumn -
        1,
    ]);
    expect(viaSecretlint).toHaveLength(2);
    expect(viaSecretlint).toEqual(viaEngine);
  });
});

describe('literalFirst', () => {
  it('moves a leading boundary lookbehind after the literal prefix, with the same matches', () => {
    const src = String.raw`(?<![A-Za-z0-9_-])(?<secret>pat[A-Za-z0-9]{4})(?![A-Za-z0-9])`;
    const moved = literalFirst(src);
    expect(moved).toBe(String.raw`(?<secret>pat(?<![A-Za-z0-9_-]pat)[A-Za-z0-9]{4})(?![A-Za-z0-9])`);
    const text = 'pat1234 xpat9999 -pat5555 pat12 (pat7777)';
    const all = (s: string) => [...text.matchAll(new RegExp(s, 'gd'))].map((m) => m.indices!.groups!['secret']);
    expect(all(moved)).toEqual(all(src));
    expect(all(moved)).toHaveLength(2);
    expect(literalFirst(String.raw`(?<secret>ya29\.x)`)).toBe(String.raw`(?<secret>ya29\.x)`);
  });
});
