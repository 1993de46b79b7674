/**
 * Inline suppressions, computed once per unit: `mcp-leak-guard:allow` (this line),
 * `mcp-leak-guard:allow-next-line`, and secretlint's `secretlint-disable-line`,
 * `secretlint-disable-next-line` and `secretlint-disable` ... `secretlint-enable` blocks. A
 * secretlint directive naming rules is honoured for all rules.
 *
 * A directive counts only where it opens a comment in the file's own syntax (`# …` in YAML,
 * `// …` in code, `<!-- … -->` in Markdown): the words in prose, in a string or in the middle of
 * a comment's sentence switch nothing off. Every suppressed finding is reported as such by the
 * engine, with the line of the directive that suppressed it.
 */
import type { LineIndex } from './lines.js';
import { escapeRegExp } from './regexp.js';

export const INLINE_ALLOW = 'mcp-leak-guard:allow';

const HASH = ['#'];
const C_LIKE = ['//', '/*'];
const MARKUP = ['<!--'];
/** Comment openers by file extension; files of unknown syntax accept the common ones. */
const OPENERS: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    [
      'py',
      'sh',
      'bash',
      'zsh',
      'rb',
      'pl',
      'yml',
      'yaml',
      'toml',
      'env',
      'properties',
      'cfg',
      'conf',
      'r',
      'tf',
      'tfvars',
      'mk',
      'dockerfile',
      'gitignore',
      'npmrc',
      'netrc',
      'ps1',
      'nix',
      'hcl',
    ].map((e) => [e, HASH]),
  ),
  ...Object.fromEntries(
    [
      'js',
      'mjs',
      'cjs',
      'jsx',
      'ts',
      'mts',
      'cts',
      'tsx',
      'java',
      'kt',
      'kts',
      'scala',
      'go',
      'rs',
      'c',
      'h',
      'cc',
      'cpp',
      'hpp',
      'cs',
      'swift',
      'dart',
      'json',
      'jsonc',
      'json5',
      'css',
      'scss',
      'less',
      'groovy',
      'gradle',
      'proto',
    ].map((e) => [e, C_LIKE]),
  ),
  ...Object.fromEntries(['md', 'markdown', 'html', 'htm', 'xml', 'svg', 'vue'].map((e) => [e, MARKUP])),
  php: ['#', '//', '/*'],
  ini: ['#', ';'],
  sql: ['--', '/*'],
  lua: ['--'],
};
const ANY = ['#', '//', '/*', '<!--', '--', ';'];

/** How a suppressed finding was suppressed: the directive and the line it sits on. */
export interface Suppressor {
  directive: string;
  line: number;
}

export function commentOpeners(path: string): readonly string[] {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base === 'dockerfile' || base === 'makefile' || base.startsWith('.env')) return HASH;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? ANY : (OPENERS[base.slice(dot + 1)] ?? ANY);
}

/** Per suppressed line, the directive that suppresses it; undefined when the text has none. */
export function suppressedLines(text: string, lines: LineIndex, path: string): Map<number, Suppressor> | undefined {
  if (!text.includes(INLINE_ALLOW) && !text.includes('secretlint-disable')) return undefined;
  const directive = new RegExp(
    `(?:${commentOpeners(path).map(escapeRegExp).join('|')})[\\s*]*(${escapeRegExp(INLINE_ALLOW)}(?:-next-line)?|secretlint-(?:disable|enable)(?:-line|-next-line)?)(?![\\w-])`,
    'g',
  );
  const out = new Map<number, Suppressor>();
  let block: Suppressor | undefined;
  for (let n = 1; n <= lines.lineCount; n++) {
    const line = lines.lineText(text, n);
    if (!line.includes('secretlint-') && !line.includes(INLINE_ALLOW)) {
      if (block) out.set(n, block);
      continue;
    }
    for (const m of line.matchAll(directive)) {
      const d = m[1]!;
      const by = { directive: d, line: n };
      if (d.endsWith('-next-line')) out.set(n + 1, by);
      else if (d === INLINE_ALLOW || d === 'secretlint-disable-line') out.set(n, by);
      else if (d === 'secretlint-disable') block = by;
      else if (d === 'secretlint-enable') block = undefined;
    }
    if (block && !out.has(n)) out.set(n, block);
  }
  return out;
}
