import { describe, expect, it } from '@jest/globals';
import { redact, redactAll } from '../../src/core/redact.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

describe('redact', () => {
  it('keeps the provider prefix and a short tail, never the whole value', () => {
    const t = githubTokens.githubPat();
    const r = redact(t);
    expect(r.startsWith(t.slice(0, 4))).toBe(true);
    expect(r.endsWith(t.slice(-4))).toBe(true);
    expect(r).not.toContain(t.slice(4, -4));
  });

  it('masks short values completely and keeps at most a quarter of any value', () => {
    expect(redact('hunter2')).toBe('****');
    for (const len of [9, 12, 16, 24, 40, 100, 200]) {
      const v = 'Q'.repeat(len);
      const visible = redact(v).replace(/\*|…/g, '').length;
      expect(visible).toBeLessThanOrEqual(Math.floor(len / 4) + 4);
    }
  });

  it('shows nothing of a short value of its own: no first or last character, at most a documented prefix', () => {
    for (const v of ['correcthorse', 'Tr0ub4dor&3', 'p4ssw0rd-2024-sp', 'x'.repeat(31)]) {
      const r = redact(v);
      expect(r).toBe('****');
    }
    // A 24-character value behind a 4-character documented prefix: the prefix only.
    expect(redact(`sk-a${'Q'.repeat(20)}`, 4)).toBe('sk-a****');
    // A prefix with too little behind it is not shown either.
    expect(redact(`sk-a${'Q'.repeat(10)}`, 4)).toBe('****');
  });

  it('replaces every occurrence inside a message', () => {
    const t = googleTokens.googleApiKey();
    expect(redactAll(`bad ${t} and ${t}`, [t])).not.toContain(t);
  });
});
