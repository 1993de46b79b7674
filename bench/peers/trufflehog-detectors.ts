// trufflehog as a whole scanner, as far as its detectors read mechanically: a detector package whose
// every `regexp.MustCompile` is a literal or `detectors.PrefixRegex(words) + literal`, and whose
// `Keywords()` returns literal strings, reports a text when one keyword occurs in it (case folded,
// as trufflehog does) and every one of its regexes matches (a key and its companion id: both).
// Its verification and its own post-filters (a digit required, known false positives) are not
// read, so this over-counts what trufflehog reports only where such a filter would drop a match.
// Used to tell which of one detector's negatives another detector reports: such a negative is no
// false positive of the whole scanner. Read from the checkout at run time, nothing copied here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { goRegexToJs } from './go-eval.js';

interface Detector {
  /** The detector's directory under pkg/detectors (a versioned one has several packages). */
  dir: string;
  keywords: string[];
  /** Every regex the package compiles: all must match (a key and its companion id). */
  regexes: RegExp[];
}

export interface TrufflehogScanner {
  /** Packages read as detectors, and packages left out (a regex built otherwise, no literal keywords). */
  detectors: number;
  leftOut: number;
  /** The first detector outside directory `except` that reports something in `text`. */
  reportedBy(text: string, except: string): string | undefined;
  /** Whether a detector of directory `dir` reports `text` (undefined: none of it reads mechanically). */
  reportsWith(dir: string, text: string): boolean | undefined;
}

const GO_STRING = String.raw`(?:\x60[^\x60]*\x60|"(?:[^"\\]|\\.)*")`;
/** A Go string literal's text. */
const goText = (lit: string): string =>
  lit.startsWith('`')
    ? lit.slice(1, -1)
    : lit.slice(1, -1).replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));
/** A literal, case-insensitive in a regex without inline flags (JavaScript here has no `(?i:...)`). */
const anyCase = (word: string): string =>
  [...word]
    .map((c) =>
      /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'),
    )
    .join('');

/**
 * The argument of one `regexp.MustCompile(...)` as a JavaScript regex: a string literal, or
 * `detectors.PrefixRegex([]string{...}) + <literal>` (pkg/detectors/detectors.go: one of the words,
 * any case, then up to 40 characters before the token).
 */
function compileArg(arg: string): RegExp | undefined {
  const lit = new RegExp(`^\\s*(${GO_STRING})\\s*\\)`).exec(arg);
  const pre = new RegExp(
    `^\\s*detectors\\.PrefixRegex\\(\\[\\]string\\{([^}]*)\\}\\)\\s*\\+\\s*(${GO_STRING})\\s*\\)`,
  ).exec(arg);
  let source: string;
  if (lit) source = goRegexToJs(goText(lit[1]!));
  else if (pre) {
    const words = [...pre[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    if (!words.length) return undefined;
    source = `(?:${words.map(anyCase).join('|')})(?:.|[\\n\\r]){0,40}?${goRegexToJs(goText(pre[2]!))}`;
  } else return undefined;
  const raw = lit ? goText(lit[1]!) : goText(pre![2]!);
  try {
    return new RegExp(source, /^\(\?[a-z]*i[a-z]*\)/.test(raw) ? 'gi' : 'g');
  } catch {
    return undefined;
  }
}

/** The package's detector, when every regex and its keywords read mechanically. */
function readPackage(dir: string, sources: string[]): Detector | undefined {
  const src = sources.join('\n');
  const calls = [...src.matchAll(/regexp\.MustCompile\(/g)];
  if (!calls.length) return undefined;
  const regexes = calls.map((c) => compileArg(src.slice(c.index! + c[0].length, c.index! + c[0].length + 2000)));
  const kw = /func \(\w+ \*?Scanner\) Keywords\(\) \[\]string \{\s*return \[\]string\{([^}]*)\}/.exec(src);
  if (regexes.some((r) => !r) || !kw) return undefined;
  const keywords = [...kw[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.toLowerCase());
  if (!keywords.length || /[^\s",]/.test(kw[1]!.replace(/"((?:[^"\\]|\\.)*)"/g, ''))) return undefined;
  return { dir, keywords, regexes: regexes as RegExp[] };
}

function packages(dir: string): string[][] {
  const files = readdirSync(dir).map((f) => path.join(dir, f));
  const own = files.filter((f) => f.endsWith('.go') && !f.endsWith('_test.go')).map((f) => readFileSync(f, 'utf8'));
  return [...(own.length ? [own] : []), ...files.filter((f) => statSync(f).isDirectory()).flatMap(packages)];
}

export function loadTrufflehogScanner(root: string): TrufflehogScanner {
  const base = path.join(root, 'pkg/detectors');
  if (!existsSync(base)) throw new Error(`${root}: no pkg/detectors (not a trufflehog checkout)`);
  const detectors: Detector[] = [];
  let leftOut = 0;
  for (const name of readdirSync(base).sort()) {
    const dir = path.join(base, name);
    if (!statSync(dir).isDirectory()) continue;
    for (const sources of packages(dir)) {
      const d = readPackage(name, sources);
      if (d) detectors.push(d);
      else leftOut++;
    }
  }
  const reports = (d: Detector, text: string, lower: string): boolean => {
    if (!d.keywords.some((k) => lower.includes(k))) return false;
    return d.regexes.every((re) => [...text.matchAll(re)].some((m) => (m.slice(1).find((g) => g) ?? m[0]).length > 0));
  };
  return {
    detectors: detectors.length,
    leftOut,
    reportedBy: (text, except) => {
      const lower = text.toLowerCase();
      return detectors.find((d) => d.dir !== except && reports(d, text, lower))?.dir;
    },
    reportsWith: (dir, text) => {
      const own = detectors.filter((d) => d.dir === dir);
      const lower = text.toLowerCase();
      return own.length ? own.some((d) => reports(d, text, lower)) : undefined;
    },
  };
}
