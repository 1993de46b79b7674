/** Literal text inside a regular expression: every metacharacter escaped (and `/`, for sources). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
