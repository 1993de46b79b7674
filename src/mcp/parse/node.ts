/**
 * One position-aware tree for every config format, so the MCP analysis is written once. Offsets are
 * UTF-16 indices into the text that was parsed (the whole file, or a Markdown code block's text
 * shifted back by the block's offset).
 */
export type ConfigNode = ObjectNode | ArrayNode | StringNode | ScalarNode;

export interface Span {
  start: number;
  end: number;
}

export interface ObjectNode extends Span {
  kind: 'object';
  entries: ConfigEntry[];
}

export interface ConfigEntry {
  key: string;
  /** Range of the key as written (with its quotes). */
  keySpan: Span;
  value: ConfigNode;
}

export interface ArrayNode extends Span {
  kind: 'array';
  items: ConfigNode[];
}

/** How a string's body is written, which decides how decoded indices map back to the text. */
export type StringStyle = 'backslash' | 'verbatim' | 'doubled-quote' | 'opaque';

/** A string as written (`start..end` covers its quotes) and its decoded value. */
export interface StringNode extends Span {
  kind: 'string';
  value: string;
  /** Offset of the body's first character (after the opening quote). */
  bodyStart: number;
  style: StringStyle;
}

export interface ScalarNode extends Span {
  kind: 'scalar';
  value: number | boolean | null | bigint;
}

export function entry(node: ConfigNode | undefined, key: string): ConfigNode | undefined {
  if (node?.kind !== 'object') return undefined;
  // Later duplicates win, as in JSON.parse and most clients.
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]!.key === key) return node.entries[i]!.value;
  return undefined;
}

export function stringAt(node: ConfigNode | undefined, key: string): StringNode | undefined {
  const v = entry(node, key);
  return v?.kind === 'string' ? v : undefined;
}

/**
 * The text range of `value.slice(from, to)` of a string node, mapped through its escapes; the whole
 * literal when the style cannot be mapped exactly (block scalars, folded lines).
 */
export function textSpan(text: string, node: StringNode, from = 0, to = node.value.length): Span {
  const whole = { start: node.start, end: node.end };
  if (from === 0 && to === node.value.length && node.style === 'opaque') return whole;
  if (node.style === 'verbatim' || writtenAsIs(text, node))
    return { start: node.bodyStart + from, end: node.bodyStart + to };
  let map: number[] | undefined;
  if (node.style === 'backslash') map = backslashOffsets(text, node.bodyStart, node.value.length);
  if (node.style === 'doubled-quote') map = doubledQuoteOffsets(text, node.bodyStart, node.value.length);
  return map ? { start: map[from]!, end: map[to]! } : whole;
}

/**
 * A quoted value with no escape and no line break, written in the text exactly as it decodes (nearly
 * every value): its indices map one to one, known without building the map below.
 */
function writtenAsIs(text: string, node: StringNode): boolean {
  const special = node.style === 'backslash' ? /[\\\n\r]/ : node.style === 'doubled-quote' ? /['\n\r]/ : undefined;
  return special !== undefined && !special.test(node.value) && text.startsWith(node.value, node.bodyStart);
}

/**
 * Decoded-index -> text-offset map of a quoted body, given how many text characters the escape
 * (or character) at `i` takes; undefined where it cannot map exactly (line breaks, or a width of 0).
 */
function offsetsBy(
  text: string,
  bodyStart: number,
  length: number,
  width: (i: number) => number,
): number[] | undefined {
  const out: number[] = [];
  let i = bodyStart;
  while (out.length < length) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c) || c === 10 || c === 13) return undefined;
    out.push(i);
    const w = width(i);
    if (w === 0) return undefined;
    i += w;
  }
  out.push(i);
  return out;
}

/** The escape style JSON, YAML double-quoted and TOML basic strings share (`\n`, `\"`, `\uXXXX`); `\U` is not mapped. */
export function backslashOffsets(text: string, bodyStart: number, length: number): number[] | undefined {
  return offsetsBy(text, bodyStart, length, (i) => {
    if (text.charCodeAt(i) !== 92 /* backslash */) return 1;
    const e = text[i + 1];
    return e === 'u' ? 6 : e === 'x' ? 4 : e === 'U' ? 0 : 2;
  });
}

/** YAML single-quoted bodies, where `''` stands for one quote. */
export function doubledQuoteOffsets(text: string, bodyStart: number, length: number): number[] | undefined {
  return offsetsBy(text, bodyStart, length, (i) =>
    text.charCodeAt(i) === 39 && text.charCodeAt(i + 1) === 39 ? 2 : 1,
  );
}
