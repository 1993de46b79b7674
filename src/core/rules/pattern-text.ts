/**
 * A regular expression's class and quantifier (`[A-Za-z0-9]{24}`, `\.`) in a value is a pattern
 * for a secret, as rule samples and docs write them, not a secret: rules whose value may be any
 * text (passwords) drop it.
 */
export function isRegexText(value: string): boolean {
  return /\[[^\]]{1,40}\]\{\d+(?:,\d*)?\}|\\[.dswb]/.test(value);
}
