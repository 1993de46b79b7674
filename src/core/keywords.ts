/**
 * One pass over a text that tells which of many literal keywords occur in it, case-insensitively.
 *
 * An Aho-Corasick automaton compiled to a dense transition table over character classes (each
 * character that occurs in some keyword is a class, every other character is class 0, so the
 * table stays small enough for the CPU cache): one table lookup per character, whatever the
 * number of keywords. A regex with hundreds of alternatives runs several
 * times slower in V8, and one `includes()` per keyword rescans the text once per keyword.
 * Characters outside ASCII never start or continue a keyword (all keywords are ASCII).
 *
 * Keywords given as `located` also have their occurrences recorded (where each ends), in the same
 * pass: rules that run only near their words (see `src/core/windows.ts`) read them. Only an
 * accepting state pays for it, so the pass costs the same whatever is located.
 *
 * Building the tables is most of an engine's start-up; a `KeywordTableStore` keeps them between
 * runs (see `src/runtime/keyword-table-cache.ts`).
 */
import { createHash } from 'node:crypto';
const ALPHABET = 128;

/** The layout of `toBytes()`; part of `tablesKey`, so tables of another layout are never read. */
const TABLES_VERSION = 1;
/** Header of the serialized tables: version, width, states, keyword count, outputs length. */
const HEADER = 5;

/**
 * A store of built tables (the pre-commit hook starts a process per commit, and building them
 * for a thousand keywords is a tenth of its start-up): `key` names the keywords they were built
 * from (`KeywordMatcher.tablesKey`).
 */
export interface KeywordTableStore {
  load(key: string): Uint8Array | undefined;
  save(key: string, tables: Uint8Array): void;
}

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /**
   * Transitions, indexed by `state * width + class`, holding the next state already times width,
   * bit-inverted (negative) when a keyword ends there: the hot loop needs one load per character.
   */
  private readonly delta: Int32Array;
  /** Character class of each ASCII code, case folded: 0 for characters in no keyword. */
  private readonly classOf: Uint8Array;
  private readonly width: number;
  /**
   * Ids of keywords that end at each state (including through failure links): those of state `s`
   * are `outputs[outputStart[s] .. outputStart[s + 1])`. Flat typed arrays: an accepting state is
   * met every few hundred characters, and reading arrays of arrays there cost a fifth of the pass.
   */
  private readonly outputs: Int32Array;
  private readonly outputStart: Int32Array;
  /** Per keyword id, 1 once `scan` has found it in the current text (cleared before it returns). */
  private readonly seen: Uint8Array;
  /** Per keyword id, 1 when its occurrences are recorded. */
  private readonly located: Uint8Array;

  /**
   * With `store`, the tables are read from it when it holds those of these keywords, and put in it
   * when they had to be built.
   */
  constructor(keywords: Iterable<string>, located: Iterable<string> = [], store?: KeywordTableStore) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    const locate = new Set([...located].map((k) => k.toLowerCase()));
    this.located = new Uint8Array(this.keywords.map((k) => (locate.has(k) ? 1 : 0)));
    for (const k of this.keywords) {
      if (!/^[\x20-\x7e]+$/.test(k)) throw new Error(`keyword must be printable ASCII: ${JSON.stringify(k)}`);
    }
    this.seen = new Uint8Array(this.keywords.length);
    const key = store && KeywordMatcher.tablesKey(this.keywords);
    const stored = key ? readTables(store!.load(key), this.keywords.length) : undefined;
    const tables = stored ?? buildTables(this.keywords);
    this.delta = tables.delta;
    this.classOf = tables.classOf;
    this.width = tables.width;
    this.outputStart = tables.outputStart;
    this.outputs = tables.outputs;
    if (key && !stored) store!.save(key, this.toBytes());
  }

  /** Whether `text` holds any keyword (what `scan` finds, without collecting it). */
  any(text: string): boolean {
    const { delta, classOf } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      s = c < ALPHABET ? delta[s + classOf[c]!]! : 0;
      if (s < 0) return true;
    }
    return false;
  }

  /**
   * Ids (indexes into `keywords`) of the keywords present in `text`, each once, in the order they
   * are first found. With `occurrences`, each occurrence of a located keyword is appended to it as
   * two numbers: the index just past its end, then its id (in the order their ends come in the text).
   */
  scan(text: string, occurrences?: number[]): number[] {
    const found: number[] = [];
    const { delta, outputs, outputStart, classOf, width, located, seen } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      // Characters outside ASCII, like those in no keyword, lead back to the start state.
      s = c < ALPHABET ? delta[s + classOf[c]!]! : 0;
      if (s < 0) {
        s = ~s;
        const state = s / width;
        for (let k = outputStart[state]!, end = outputStart[state + 1]!; k < end; k++) {
          const id = outputs[k]!;
          if (seen[id] === 0) {
            seen[id] = 1;
            found.push(id);
          }
          if (occurrences && located[id] === 1) occurrences.push(i + 1, id);
        }
      }
    }
    for (const id of found) seen[id] = 0;
    return found;
  }

  /** Names the tables of `keywords` (normalized, in order) in a store, with the code that makes them. */
  static tablesKey(keywords: readonly string[]): string {
    // The code that builds and reads tables is part of the name: tables a changed build would make
    // differently are never read back, whether or not TABLES_VERSION was bumped.
    return createHash('sha256')
      .update(`${TABLES_VERSION}\n${buildTables.toString()}\n${readTables.toString()}\n${keywords.join('\n')}`)
      .digest('hex');
  }

  /** The tables as bytes, for a store. */
  toBytes(): Uint8Array {
    const ints = new Int32Array(
      HEADER + ALPHABET / 4 + this.delta.length + this.outputStart.length + this.outputs.length,
    );
    ints.set([TABLES_VERSION, this.width, this.delta.length / this.width, this.keywords.length, this.outputs.length]);
    let at = HEADER;
    new Uint8Array(ints.buffer, at * 4, ALPHABET).set(this.classOf);
    at += ALPHABET / 4;
    for (const part of [this.delta, this.outputStart, this.outputs]) {
      ints.set(part, at);
      at += part.length;
    }
    return new Uint8Array(ints.buffer);
  }
}

interface Tables {
  delta: Int32Array;
  classOf: Uint8Array;
  width: number;
  outputStart: Int32Array;
  outputs: Int32Array;
}

/** Tables from a store's bytes, or none when they are not whole tables for `keywordCount` keywords. */
function readTables(bytes: Uint8Array | undefined, keywordCount: number): Tables | undefined {
  if (!bytes || bytes.byteLength % 4 !== 0 || bytes.byteLength < (HEADER + ALPHABET / 4) * 4) return undefined;
  // A copy, aligned: the store's buffer may start anywhere.
  const ints = new Int32Array(bytes.byteLength / 4);
  new Uint8Array(ints.buffer).set(bytes);
  const [version, width, states, count, outputsLength] = ints;
  if (version !== TABLES_VERSION || count !== keywordCount || width! < 1 || states! < 1) return undefined;
  const cells = width! * states!;
  let at = HEADER + ALPHABET / 4;
  if (ints.length !== at + cells + states! + 1 + outputsLength!) return undefined;
  const classOf = new Uint8Array(ints.buffer, HEADER * 4, ALPHABET);
  const delta = ints.subarray(at, (at += cells));
  const outputStart = ints.subarray(at, (at += states! + 1));
  const outputs = ints.subarray(at);
  return { delta, classOf, width: width!, outputStart, outputs };
}

/** Builds the automaton's tables for `keywords` (lower case, printable ASCII, no duplicates). */
function buildTables(keywords: readonly string[]): Tables {
  // Character classes first, so the trie is built straight into the dense table: building it
  // costs one pass over the keywords and one over the table, a few milliseconds of start-up
  // however many rules there are.
  const classOf = new Uint8Array(ALPHABET);
  let width = 1;
  let states = 1;
  for (const kw of keywords) {
    states += kw.length;
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = width++;
    }
  }
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 32]!;
  // The trie: `delta` holds goto edges (0 = none; no edge leads back to the root), and each
  // state's edges are listed apart too, so the pass below visits edges, not the whole table.
  let delta = new Int32Array(states * width);
  const out: number[][] = [[]];
  /** Per state, its edges as [class, next state, class, next state, ...]. */
  const edges: number[][] = [[]];
  let used = 1;
  keywords.forEach((kw, id) => {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const k = classOf[kw.charCodeAt(i)]!;
      const at = s * width + k;
      if (delta[at] === 0) {
        delta[at] = used++;
        out.push([]);
        edges.push([]);
        edges[s]!.push(k, delta[at]!);
      }
      s = delta[at]!;
    }
    out[s]!.push(id);
  });
  delta = delta.subarray(0, used * width);
  // Breadth first: each state's row becomes its final form (next state times width, inverted
  // when a keyword ends there). A row starts as a copy of its failure state's row, which is
  // already final because the failure state is shallower; then its own edges are written over
  // it. Copying rows natively keeps this to a millisecond or two whatever the number of rules
  // (cell by cell in JavaScript it was 30-50 ms of every start with ~500 keywords).
  // Class 0 stays 0 (the start state) everywhere.
  const accepts = new Uint8Array(used);
  /** Per state, its failure state times width. */
  const fail = new Int32Array(used);
  const queue = new Int32Array(used);
  let tail = 0;
  const encode = (t: number): number => (accepts[t] ? ~(t * width) : t * width);
  const root = edges[0]!;
  for (let e = 0; e < root.length; e += 2) {
    const t = root[e + 1]!;
    accepts[t] = out[t]!.length > 0 ? 1 : 0;
    delta[root[e]!] = encode(t);
    queue[tail++] = t;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    const frow = fail[s]!;
    const f = frow / width;
    if (out[f]!.length > 0) out[s] = [...out[s]!, ...out[f]!];
    const row = s * width;
    delta.copyWithin(row, frow, frow + width);
    const own = edges[s]!;
    for (let e = 0; e < own.length; e += 2) {
      const k = own[e]!;
      const t = own[e + 1]!;
      // A child: its failure state (shallower, so already marked) decides whether it accepts too.
      const viaFail = delta[row + k]!;
      const ft = viaFail < 0 ? ~viaFail : viaFail;
      fail[t] = ft;
      accepts[t] = out[t]!.length > 0 || accepts[ft / width] ? 1 : 0;
      delta[row + k] = encode(t);
      queue[tail++] = t;
    }
  }
  const outputStart = new Int32Array(used + 1);
  for (let s = 0; s < used; s++) outputStart[s + 1] = outputStart[s]! + out[s]!.length;
  return { delta, classOf, width, outputStart, outputs: Int32Array.from(out.flat()) };
}
