/**
 * One pass over a text that tells which of many literal keywords occur in it, case-insensitively.
 *
 * An Aho-Corasick automaton compiled to a dense ASCII transition table: one table lookup per
 * character, whatever the number of keywords. A regex with hundreds of alternatives runs several
 * times slower in V8, and one `includes()` per keyword rescans the text once per keyword.
 * Characters outside ASCII never start or continue a keyword (all keywords are ASCII).
 */
const ALPHABET = 128;
/** ASCII lower-casing as a table lookup. */
const FOLD = Uint8Array.from({ length: ALPHABET }, (_, c) => (c >= 65 && c <= 90 ? c | 32 : c));

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /** Transitions, indexed by `state * ALPHABET + char`, holding the next state already times ALPHABET. */
  private readonly delta: Int32Array;
  /** Per state (times ALPHABET): 1 when some keyword ends here; the hot loop reads only this. */
  private readonly accepting: Uint8Array;
  /** Per state: ids of keywords that end here (including through failure links). */
  private readonly outputs: (readonly number[] | undefined)[];

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    for (const k of this.keywords) {
      if (!/^[\x20-\x7e]+$/.test(k)) throw new Error(`keyword must be printable ASCII: ${JSON.stringify(k)}`);
    }
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    this.keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        let next = goto[s]!.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[s]!.set(c, next);
        }
        s = next;
      }
      out[s]!.push(id);
    });
    const states = goto.length;
    const delta = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    // Breadth-first: each state's row is its failure state's row overridden by its own edges.
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0]!.get(c) ?? 0;
      delta[c] = t;
      if (t !== 0) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]!.length > 0) out[s] = [...out[s]!, ...out[f]!];
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s]!.get(c);
        if (t === undefined) {
          delta[s * ALPHABET + c] = delta[f * ALPHABET + c]!;
        } else {
          fail[t] = delta[f * ALPHABET + c]!;
          delta[s * ALPHABET + c] = t;
          queue.push(t);
        }
      }
    }
    // Pre-multiply targets so the scan loop does one add per character instead of a multiply.
    for (let i = 0; i < delta.length; i++) delta[i] = delta[i]! * ALPHABET;
    this.delta = delta;
    this.accepting = new Uint8Array(states * ALPHABET);
    out.forEach((o, st) => {
      if (o.length > 0) this.accepting[st * ALPHABET] = 1;
    });
    this.outputs = out.map((o) => (o.length > 0 ? o : undefined));
  }

  /** Ids (indexes into `keywords`) of the keywords present in `text`. */
  scan(text: string): Set<number> {
    const found = new Set<number>();
    const { delta, accepting, outputs } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      s = delta[s + FOLD[c]!]!;
      if (accepting[s] === 1) for (const id of outputs[s / ALPHABET]!) found.add(id);
    }
    return found;
  }
}
