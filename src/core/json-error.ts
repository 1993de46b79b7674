/**
 * Where a JSON text stops being JSON, without quoting it: `JSON.parse` puts the text around the
 * error in its message, and config and baseline files may hold the very value a user meant to
 * allowlist.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineIndex } from './lines.js';

/** `not valid JSON (ValueExpected)` and the line and column, for a text `JSON.parse` rejected. */
export function jsonSyntaxError(text: string): { detail: string; position?: { line: number; column: number } } {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return { detail: 'not valid JSON' };
  return {
    detail: `not valid JSON (${printParseErrorCode(first.error)})`,
    position: new LineIndex(text).position(first.offset),
  };
}
