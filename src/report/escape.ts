/**
 * Strings from a scanned repository (file names, MCP server names, messages quoting them) are
 * untrusted in every output: an ESC sequence can rewrite a terminal, a newline can start a GitHub
 * workflow command (`::add-mask::`, `::error ...::`), and Markdown can link, embed HTML or
 * @mention people. These helpers make such strings inert for each kind of output.
 */

/** C0 and C1 controls, DEL, line/paragraph separators and bidirectional overrides. */
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** For terminals and logs: every control character shown as a visible escape (`\x1b`, `\n`). */
export function visible(s: string): string {
  return s.replace(CONTROL, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Control characters removed (GitHub workflow command properties, which must stay short and literal). */
export function withoutControls(s: string): string {
  return s.replace(CONTROL, '');
}

/**
 * For Markdown (job summary, PR comment), inside or outside tables: an inline code span, which
 * GitHub renders literally (no HTML, links, emphasis or @mentions), with backticks and pipes that
 * could end it or the table cell neutralised, and control characters made visible.
 */
export function mdCode(s: string): string {
  const text = visible(s).replace(/`/g, "'").replace(/\|/g, '\\|');
  return text.length === 0 ? '' : `\`${text}\``;
}

/**
 * For Markdown prose that is not a code span (a message that quotes a name): HTML, link, emphasis
 * and table characters escaped, and `@` kept from mentioning anyone.
 */
export function mdText(s: string): string {
  return visible(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//');
}
