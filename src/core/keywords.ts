/**
 * One pass over a text that tells which of many literal keywords occur in it, case-insensitively.
 *
 * An Aho-Corasick automaton compiled to a dense transition table over character classes (each
 * character that occurs in some keyword is a class, every other character is class 0, so the
 * table stays small enough for the CPU cache): one table lookup per character, whatever the
 * number of keywords. A regex with hundreds of alternatives runs several
 * times slower in V8, and one `includes()` per keyword rescans the text once per keyword.
 * Characters outside ASCII never start or continue a keyword (all keywords are ASCII).
 */
const ALPHABET = 128;

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
    const classOf = new Uint8Array(ALPHABET);
    let width = 1;
    for (const kw of this.keywords) {
      for (let i = 0; i < kw.length; i++) {
        const c = kw.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = width++;
      }
    }
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 32]!;
    const states = goto.length;
    const delta = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    // goto maps hold characters; transitions are by class (class 0 never continues a keyword).
    const gotoClass = goto.map((m) => new Map([...m].map(([c, t]) => [classOf[c]!, t])));
    for (let k = 1; k < width; k++) {
      const t = gotoClass[0]!.get(k) ?? 0;
      delta[k] = t;
      if (t !== 0) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]!.length > 0) out[s] = [...out[s]!, ...out[f]!];
      for (let k = 1; k < width; k++) {
        const t = gotoClass[s]!.get(k);
        if (t === undefined) {
          delta[s * width + k] = delta[f * width + k]!;
        } else {
          fail[t] = delta[f * width + k]!;
          delta[s * width + k] = t;
          queue.push(t);
        }
      }
    }
    const accepts = (st: number): boolean => out[st]!.length > 0;
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i]!;
      delta[i] = accepts(t) ? ~(t * width) : t * width;
    }
    this.delta = delta;
    this.classOf = classOf;
    this.width = width;
    this.outputs = out.map((o) => (o.length > 0 ? o : undefined));
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

  /** Ids (indexes into `keywords`) of the keywords present in `text`. */
  scan(text: string): Set<number> {
    const found = new Set<number>();
    const { delta, outputs, classOf, width } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      // Characters outside ASCII, like those in no keyword, lead back to the start state.
      s = c < ALPHABET ? delta[s + classOf[c]!]! : 0;
      if (s < 0) {
        s = ~s;
        for (const id of outputs[s / width]!) found.add(id);
      }
    }
    return found;
  }
}
