/** Fenced code blocks in Markdown: READMEs and docs paste MCP configs, tokens and all. */

export interface CodeBlock {
  /** The info string's first word, lower-cased (`json`, `jsonc`, `yaml`, `toml`, or ''). */
  lang: string;
  /** Offset of the block's first content character in the Markdown text. */
  offset: number;
  text: string;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*$/gm;

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  FENCE.lastIndex = 0;
  let open: RegExpExecArray | null;
  while ((open = FENCE.exec(markdown)) !== null) {
    const fence = open[2]!;
    const contentStart = open.index + open[0].length + 1;
    // The closing fence: same character, at least as long, alone on its line.
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'gm');
    close.lastIndex = contentStart;
    const end = close.exec(markdown);
    const contentEnd = end ? end.index : markdown.length;
    if (contentStart <= contentEnd) {
      blocks.push({
        lang: (open[3] ?? '').toLowerCase(),
        offset: contentStart,
        text: markdown.slice(contentStart, contentEnd),
      });
    }
    FENCE.lastIndex = end ? end.index + end[0].length : markdown.length;
  }
  return blocks;
}

/** YAML frontmatter (`---` lines around it at the very start), as agent files carry `mcp-servers`. */
export function frontmatter(markdown: string): CodeBlock | undefined {
  const open = /^---[ \t]*\r?\n/.exec(markdown);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m;
  const rest = markdown.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) return undefined;
  return { lang: 'yaml', offset: open[0].length, text: rest.slice(0, end.index) };
}
