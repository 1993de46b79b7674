/**
 * Line annotations. GitHub shows at most 10 error and 10 warning annotations per step (50 per
 * job): the most severe go first, and the last of each kind says how many more there are. The
 * text is the `--format github` one (`annotationParts`); `@actions/core` escapes it on output.
 */
import * as core from '@actions/core';
import { compareFindings } from '../core/findings.js';
import type { Finding } from '../core/types.js';
import { annotationParts } from '../report/github.js';
import { withoutControls } from '../report/escape.js';

export const PER_KIND = 10;

export function annotate(findings: readonly Finding[]): { shown: number; hidden: number } {
  let shown = 0;
  for (const severity of ['error', 'warning'] as const) {
    const list = findings.filter((f) => f.severity === severity).sort(compareFindings);
    const show = list.slice(0, PER_KIND);
    const hidden = list.length - show.length;
    show.forEach((f, i) => {
      const more =
        hidden > 0 && i === show.length - 1
          ? ` (${hidden} more ${severity}(s) not annotated: see the job summary)`
          : '';
      const { level, message, ...props } = annotationParts(f, more);
      // The toolkit escapes %, CR and LF itself; other control characters are dropped here.
      const text = message.replace(/[^\r\n]+/g, withoutControls);
      if (level === 'error') core.error(text, props);
      else core.warning(text, props);
      shown++;
    });
  }
  return { shown, hidden: findings.length - shown };
}
