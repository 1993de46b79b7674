/**
 * Passwords chosen by people, as values of a key: what a password may hold, and how to tell one
 * from a word or an expression of code.
 */
import { isRegexText } from './pattern-text.js';

/** A password's characters when written bare: no blank, quote, backslash, separator or bracket. */
const BARE_CHAR = String.raw`[^\s"'\x60\\,;<>()\[\]{}]`;

/**
 * The `secret` group of a password of `min` to `max` characters after a key's separator. Between
 * double quotes it is everything up to the closing quote on that line, so a password holding a
 * `'`, a bracket or a blank is read whole (`"N{w4'2s(zY8"`); the quote itself is left to the key
 * grammar (`ASSIGN` in keyed.ts). Unquoted or single-quoted, bare characters only.
 */
export function passwordValue(min: number, max: number): string {
  return String.raw`(?<secret>(?<=")[^"\r\n]{${min},${max}}(?<!\\)(?=")|${BARE_CHAR}{${min},${max}}(?!${BARE_CHAR}))`;
}

/**
 * A password, not a word or code: a digit or symbol, or letters whose case is not a word's
 * (`hWLmAXpif`, not `dotdigitalPassword`), and never a dotted identifier (`tokens.password`) nor
 * a regular expression (`[A-Za-z]{6}[0-9]{4}`, a test's pattern for one).
 */
export function looksLikePassword(value: string): boolean {
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || isRegexText(value)) return false;
  if (/[0-9!#%&*@^~+=?$]/.test(value)) return true;
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && !/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)*$/.test(value);
}
