import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { keywordWindows, WINDOW_MIN_TEXT } from '../../src/core/windows.js';
import { tokens } from '../helpers/tokens.js';

describe('keyword windows', () => {
  it('cover each keyword occurrence, start at a separator, and give up when they would cover most of the text', () => {
    const text = `${'x '.repeat(20000)}KEY ghp_abc${' y'.repeat(20000)}`;
    const w = keywordWindows(text, text.toLowerCase(), ['ghp_'])!;
    expect(w).toHaveLength(1);
    const at = text.indexOf('ghp_');
    expect(w[0]![0]).toBeLessThan(at - 900);
    expect(text[w[0]![0] - 1]).toBe(' ');
    expect(w[0]![1]).toBeGreaterThan(at + 8000);
    const dense = 'ghp_ '.repeat(10000);
    expect(keywordWindows(dense, dense, ['ghp_'])).toBeUndefined();
  });

  it('the engine finds tokens anywhere in a large text, as without windows', async () => {
    const a = tokens.githubPat('win-a');
    const b = tokens.googleApiKey('win-b');
    const filler = 'lorem ipsum dolor sit amet '.repeat(WINDOW_MIN_TEXT / 10);
    const text = `${a}\n${filler}\nkey = "${b}"\n${filler}\n${tokens.githubPat('win-c')}`;
    const { findings } = await new Engine(resolveConfig(undefined)).scan({ path: 'big.txt', text });
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['github-pat', 1],
      ['google-api-key', 3],
      ['github-pat', 5],
    ]);
  });
});
