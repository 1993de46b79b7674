import { describe, expect, it } from '@jest/globals';
import { BaselineError, parseBaseline, serializeBaseline } from '../../src/core/baseline.js';
import type { Finding } from '../../src/core/types.js';

const SALT = 'ab'.repeat(32);
const finding = (fingerprint: string): Finding => ({
  ruleId: 'github-pat',
  category: 'secret',
  severity: 'error',
  message: 'm',
  file: 'a.txt',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 41,
  fingerprint,
  remediation: 'r',
  secret: 'ghp_****…****abcd',
});

describe('baseline', () => {
  it('round-trips fingerprints and holds no secret, not even the redacted one', () => {
    const text = serializeBaseline([finding('worktree:a.txt:github-pat:0123456789abcdef')], SALT);
    expect(text).not.toContain('ghp_');
    const inBaseline = parseBaseline(text, 'b.json');
    expect(inBaseline(finding('worktree:a.txt:github-pat:0123456789abcdef'))).toBe(true);
    expect(inBaseline(finding('worktree:a.txt:github-pat:fedcba9876543210'))).toBe(false);
  });

  it('matches the same secret whatever the scope (tree, staged, a commit)', () => {
    const inBaseline = parseBaseline(
      serializeBaseline([finding('worktree:a.txt:github-pat:0123456789abcdef')], SALT),
      'b',
    );
    expect(inBaseline(finding('staged:a.txt:github-pat:0123456789abcdef'))).toBe(true);
    expect(inBaseline(finding('4f1c2e:a.txt:github-pat:0123456789abcdef'))).toBe(true);
    expect(inBaseline(finding('4f1c2e:b.txt:github-pat:0123456789abcdef'))).toBe(false);
  });

  it('keeps its salt, and still loads a version 1 baseline (unsalted, no salt)', () => {
    expect(parseBaseline(serializeBaseline([], SALT), 'b').salt).toBe(SALT);
    const v1 = JSON.stringify({
      version: 1,
      tool: 'mcp-leak-guard',
      findings: [{ fingerprint: 'w:a.txt:r:0123456789abcdef' }],
    });
    const old = parseBaseline(v1, 'old.json');
    expect(old.salt).toBeUndefined();
    expect(old(finding('staged:a.txt:r:0123456789abcdef'))).toBe(true);
  });

  it('rejects malformed baselines naming the file', () => {
    expect(() => parseBaseline('nope', 'x.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{"findings": [{}]}', 'x.json')).toThrow(/x.json: findings\[0\] has no "fingerprint"/);
    expect(() => parseBaseline('{}', 'x.json')).toThrow(/"findings" list/);
  });
});
