import { describe, expect, it } from '@jest/globals';
import { BaselineError, parseBaseline, serializeBaseline } from '../../src/core/baseline.js';
import type { Finding } from '../../src/core/types.js';

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
    const text = serializeBaseline([finding('worktree:a.txt:github-pat:0123456789abcdef')]);
    expect(text).not.toContain('ghp_');
    const inBaseline = parseBaseline(text, 'b.json');
    expect(inBaseline(finding('worktree:a.txt:github-pat:0123456789abcdef'))).toBe(true);
    expect(inBaseline(finding('worktree:a.txt:github-pat:fedcba9876543210'))).toBe(false);
  });

  it('matches the same secret whatever the scope (tree, staged, a commit)', () => {
    const inBaseline = parseBaseline(serializeBaseline([finding('worktree:a.txt:github-pat:0123456789abcdef')]), 'b');
    expect(inBaseline(finding('staged:a.txt:github-pat:0123456789abcdef'))).toBe(true);
    expect(inBaseline(finding('4f1c2e:a.txt:github-pat:0123456789abcdef'))).toBe(true);
    expect(inBaseline(finding('4f1c2e:b.txt:github-pat:0123456789abcdef'))).toBe(false);
  });

  it('rejects malformed baselines naming the file', () => {
    expect(() => parseBaseline('nope', 'x.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{"findings": [{}]}', 'x.json')).toThrow(/x.json: findings\[0\] has no "fingerprint"/);
    expect(() => parseBaseline('{}', 'x.json')).toThrow(/"findings" list/);
  });
});
