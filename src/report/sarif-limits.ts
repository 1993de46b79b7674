/**
 * GitHub code scanning rejects a SARIF upload over its limits (25,000 results per run; the file
 * size, where about 10 MB uncompressed is the safe side), and a rejected upload shows nothing.
 * So a report keeps the most severe results that fit and says how many it left out.
 */
export const MAX_RESULTS = 25_000;
export const MAX_BYTES = 10 * 1000 * 1000;

/**
 * The first results (callers pass them most severe first) that fit both limits. `bytesOf` is
 * what one result adds to the file; `budget` the bytes left for results.
 */
export function capResults<T>(
  results: readonly T[],
  bytesOf: (r: T) => number,
  budget: number,
  maxResults = MAX_RESULTS,
): { kept: T[]; omitted: number } {
  const kept: T[] = [];
  let used = 0;
  for (const r of results) {
    if (kept.length >= maxResults) break;
    used += bytesOf(r);
    if (used > budget) break;
    kept.push(r);
  }
  return { kept, omitted: results.length - kept.length };
}

export function omittedNotice(omitted: number): string {
  return `${omitted} result(s) left out of this SARIF file: GitHub code scanning accepts at most ${MAX_RESULTS.toLocaleString('en-US')} results and about ${MAX_BYTES / 1e6} MB per upload, so the most severe were kept. The job summary, annotations and the JSON report list every finding.`;
}
