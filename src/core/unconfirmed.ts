/**
 * Hits whose rule has not judged them yet. A low-priority rule (the generic assignment rule) matches
 * wherever a provider rule does in a `KEY=token` line, and judging its match (placeholders, entropy,
 * the name, how random the value looks) costs more than the match: in a file of thousands of
 * tokens most of that work went to hits a provider rule's hit then replaced. Such hits wait here
 * and are judged only where their presence can change the result (see `dedupeOverlaps`).
 */
import type { Hit } from './types.js';

export class UnconfirmedHits {
  private readonly pending = new Map<Hit, () => boolean>();
  private readonly rejected = new Set<Hit>();

  add(hit: Hit, judge: () => boolean): void {
    this.pending.set(hit, judge);
  }

  /** Not judged yet. */
  has(hit: Hit): boolean {
    return this.pending.has(hit);
  }

  /** Judged, and not a finding: as if its rule had never reported it. */
  isRejected(hit: Hit): boolean {
    return this.rejected.has(hit);
  }

  /** Judges the hit now (once); true when it stands. */
  confirm(hit: Hit): boolean {
    const judge = this.pending.get(hit);
    if (judge === undefined) return !this.rejected.has(hit);
    this.pending.delete(hit);
    const ok = judge();
    if (!ok) this.rejected.add(hit);
    return ok;
  }

  /** The hits not judged yet. */
  list(): Hit[] {
    return [...this.pending.keys()];
  }

  get size(): number {
    return this.pending.size;
  }
}
