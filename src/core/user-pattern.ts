/**
 * Regular expressions from a config file (custom rules, allowlist regexes). A config can come
 * from a pull request, so its patterns are untrusted: they run on RE2JS, an automaton engine whose
 * time is linear in the text whatever the pattern (`(a+)+$` included), never on V8's backtracking
 * engine. Backreferences and lookarounds, which need backtracking, are refused with the reason.
 */
import { RE2JS } from 're2js';

/** Longer patterns are refused: an automaton's cost per character grows with the pattern. */
export const MAX_USER_PATTERN_LENGTH = 1000;

export interface UserPattern {
  readonly source: string;
  /** True when the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** Spans of the matches in `text` (group `secret` when the pattern has one, else the whole match). */
  spans(text: string): Generator<[number, number]>;
}

export class UserPatternError extends Error {}

export function compileUserPattern(source: string): UserPattern {
  if (source.length > MAX_USER_PATTERN_LENGTH)
    throw new UserPatternError(`longer than ${MAX_USER_PATTERN_LENGTH} characters`);
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    const hint = /\\[1-9]|\(\?[=!<]/.test(source)
      ? ' (backreferences and lookarounds are not supported: patterns run on a linear-time engine)'
      : '';
    throw new UserPatternError(`${why}${hint}`);
  }
  const hasSecret = /\(\?P?<secret>/.test(source);
  return {
    source,
    test: (text) => re.matcher(text).find(),
    *spans(text) {
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const start = hasSecret ? m.start('secret') : m.start();
        const end = hasSecret ? m.end('secret') : m.end();
        // An empty match moves on by one character, as a global JavaScript regex does.
        from = m.end() > m.start() ? m.end() : m.end() + 1;
        if (start >= 0 && end > start) yield [start, end];
      }
    },
  };
}
