/**
 * Lines where findings are suppressed by a directive in the text, computed once per unit:
 * `mcp-leak-guard:allow` (this line), `mcp-leak-guard:allow-next-line`, and secretlint's
 * `secretlint-disable-line`, `secretlint-disable-next-line` and `secretlint-disable` ...
 * `secretlint-enable` blocks. A secretlint directive naming rules is honoured for all rules.
 */
import type { LineIndex } from './lines.js';

export const INLINE_ALLOW = 'mcp-leak-guard:allow';

export function suppressedLines(text: string, lines: LineIndex): Set<number> | undefined {
  if (!text.includes(INLINE_ALLOW) && !text.includes('secretlint-disable')) return undefined;
  const out = new Set<number>();
  let inBlock = false;
  for (let n = 1; n <= lines.lineCount; n++) {
    const line = lines.lineText(text, n);
    if (!line.includes('secretlint-') && !line.includes(INLINE_ALLOW)) {
      if (inBlock) out.add(n);
      continue;
    }
    if (line.includes(`${INLINE_ALLOW}-next-line`) || line.includes('secretlint-disable-next-line')) out.add(n + 1);
    else if (line.includes(INLINE_ALLOW) || line.includes('secretlint-disable-line')) out.add(n);
    else if (/secretlint-disable(?![-\w])/.test(line)) inBlock = true;
    if (/secretlint-enable(?![-\w])/.test(line)) inBlock = false;
    if (inBlock) out.add(n);
  }
  return out;
}
