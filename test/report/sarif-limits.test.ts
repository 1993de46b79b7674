import { describe, expect, it } from '@jest/globals';
import { capResults, MAX_BYTES, MAX_RESULTS, omittedNotice } from '../../src/report/sarif-limits.js';

describe('capResults', () => {
  it('keeps at most 25,000 results, the first ones', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => i);
    const { kept, omitted } = capResults(items, () => 10, MAX_BYTES);
    expect(kept).toHaveLength(MAX_RESULTS);
    expect(kept.at(-1)).toBe(MAX_RESULTS - 1);
    expect(omitted).toBe(5_000);
  });

  it('stops before the byte budget is exceeded', () => {
    const { kept, omitted } = capResults([400, 400, 400, 1], (n) => n, 1000);
    expect(kept).toEqual([400, 400]);
    expect(omitted).toBe(2);
  });

  it('keeps everything under both limits', () => {
    expect(capResults([1, 2, 3], () => 1, 3)).toEqual({ kept: [1, 2, 3], omitted: 0 });
    expect(omittedNotice(7)).toMatch(/^7 result\(s\) left out.*25,000 results and about 10 MB/);
  });
});
