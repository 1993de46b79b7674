/**
 * `KEY=VALUE` lines (a `.env` file, or a shell block of an install guide that exports a server's
 * variables) as an object of strings in the shared tree. Lines that are not assignments are
 * skipped: such a block mixes commands and assignments.
 */
import type { ConfigEntry, ObjectNode } from './node.js';

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"]*))/gm;

export function parseAssignments(text: string, offset = 0): ObjectNode | undefined {
  const entries: ConfigEntry[] = [];
  ASSIGNMENT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASSIGNMENT.exec(text)) !== null;) {
    const key = m[1]!;
    const quoted = m[2] ?? m[3];
    const value = quoted ?? m[4] ?? '';
    const keyStart = offset + m.index + m[0].indexOf(key);
    const valueStart = offset + m.index + m[0].length - value.length - (quoted !== undefined ? 1 : 0);
    const end = valueStart + value.length + (quoted !== undefined ? 1 : 0);
    const bodyStart = valueStart;
    entries.push({
      key,
      keySpan: { start: keyStart, end: keyStart + key.length },
      value: {
        kind: 'string',
        value,
        start: quoted !== undefined ? valueStart - 1 : valueStart,
        end,
        bodyStart,
        style: 'verbatim',
      },
    });
  }
  if (entries.length === 0) return undefined;
  return { kind: 'object', start: offset, end: offset + text.length, entries };
}
