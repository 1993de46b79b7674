/** Parses a config text in a given format into the shared position-aware tree. */
import { parseJson } from './json.js';
import { bracketDepth, type ParseOutcome } from './outcome.js';
import { parseToml } from './toml.js';
import { parseYaml } from './yaml.js';

export type ConfigFormat = 'json' | 'yaml' | 'toml';

/** Nesting beyond this is refused before parsing (parsers recurse; MCP configs are shallow). */
export const MAX_NESTING = 512;

export function parseConfig(text: string, format: ConfigFormat, offset = 0): ParseOutcome {
  if (bracketDepth(text, MAX_NESTING) > MAX_NESTING) {
    return { roots: [], error: { message: `nested more than ${MAX_NESTING} levels deep; not parsed`, offset } };
  }
  try {
    if (format === 'json') return parseJson(text, offset);
    if (format === 'yaml') return parseYaml(text, offset);
    return parseToml(text, offset);
  } catch (e) {
    // A parser bug or a stack overflow on odd input must not stop the scan: the rules still ran.
    return { roots: [], error: { message: `could not be parsed (${(e as Error).message})`, offset } };
  }
}

export function formatOfPath(path: string): ConfigFormat | 'markdown' | undefined {
  const lower = path.toLowerCase();
  if (/\.(?:json|jsonc|json5)$/.test(lower)) return 'json';
  if (/\.ya?ml$/.test(lower)) return 'yaml';
  if (lower.endsWith('.toml')) return 'toml';
  if (/\.(?:md|mdx|markdown)$/.test(lower)) return 'markdown';
  return undefined;
}

/** Whether only the content can tell the format: stdin without --path, or a name with no extension. */
export function formatLeftToContent(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return !name.includes('.') || name === 'stdin';
}

/**
 * The format of a config known by neither extension nor name (stdin without --path, a file with
 * no extension), guessed from its first characters; only asked of text that names a server
 * container, and the parser still has the last word.
 */
export function formatOfContent(path: string, text: string): ConfigFormat | undefined {
  if (!formatLeftToContent(path)) return undefined;
  const head = text.trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^\s*\[\[?[\w."-]+\]\]?\s*$/m.test(text) && /^\s*[\w"-]+\s*=/m.test(text)) return 'toml';
  return /^[\w"'-]+\s*:/m.test(head) ? 'yaml' : undefined;
}

export function formatOfFence(lang: string): ConfigFormat | undefined {
  if (['json', 'jsonc', 'json5', 'javascript', 'js', ''].includes(lang)) return 'json';
  if (lang === 'yaml' || lang === 'yml') return 'yaml';
  if (lang === 'toml') return 'toml';
  return undefined;
}
