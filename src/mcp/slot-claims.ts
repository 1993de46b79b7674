/**
 * Provider-rule hits inside an MCP config's credential slots: the hit takes the slot's context and
 * the client's advice, and a slot whose name did not announce a credential counts as a literal in
 * the file's summary once a provider rule finds one there.
 */
import type { McpContext, McpFileSummary } from '../core/types.js';
import type { McpClient } from './clients.js';
import { referenceAdvice } from './reference.js';

/** A slot's value range in the unit text. */
export interface SlotRange {
  start: number;
  end: number;
  context: McpContext;
  /** The client whose way of referencing a secret a claimed slot's advice gives (built only then). */
  client: McpClient;
  literal?: boolean;
}

/**
 * The claims of one file's slots. Slots nest like the config they come from, so the narrowest slot
 * holding a hit is found from the last slot starting at or before it, walking out through the
 * slots enclosing that one: a config with thousands of servers costs no more per hit than one.
 */
export function slotClaimer(
  ranges: readonly SlotRange[],
  summaryOf: () => McpFileSummary | undefined,
): (
  start: number,
  end: number,
  tentative?: boolean,
) => { context: McpContext; advice: string; counts: boolean } | undefined {
  let index: SlotIndex | undefined;
  let servers: Map<string, McpFileSummary['servers'][number]> | undefined;
  return (start, end, tentative = false) => {
    index ??= slotIndex(ranges);
    const slot = innermostSlot(index, start, end);
    if (!slot) return undefined;
    const summary = summaryOf();
    const counts = !slot.literal && summary !== undefined;
    // A provider rule found a credential the slot's name did not announce: it is a literal too.
    if (counts && !tentative) {
      slot.literal = true;
      servers ??= new Map(summary.servers.map((sv) => [sv.name, sv]));
      const server = slot.context.server === undefined ? undefined : servers.get(slot.context.server);
      if (server) server.literals++;
    }
    const { context, client } = slot;
    return { context, advice: referenceAdvice(client, context.slot ?? '', context.server ?? ''), counts };
  };
}

interface SlotIndex {
  /** By start, the wider first on equal starts. */
  sorted: SlotRange[];
  /** Per sorted slot, the index of the narrowest slot enclosing it, or -1. */
  parent: number[];
}

function slotIndex(ranges: readonly SlotRange[]): SlotIndex {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const parent: number[] = [];
  const open: number[] = [];
  sorted.forEach((s, i) => {
    while (open.length > 0 && sorted[open.at(-1)!]!.end < s.end) open.pop();
    parent.push(open.at(-1) ?? -1);
    open.push(i);
  });
  return { sorted, parent };
}

/** The narrowest slot holding `start..end` (a query parameter inside a URL, not the URL). */
function innermostSlot({ sorted, parent }: SlotIndex, start: number, end: number): SlotRange | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i = parent[i]!) {
    const s = sorted[i]!;
    if (end <= s.end) return s;
  }
  return undefined;
}
