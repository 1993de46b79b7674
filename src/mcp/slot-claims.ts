/**
 * Provider-rule hits inside an MCP config's credential slots: the hit takes the slot's context and
 * the client's advice, and a slot whose name did not announce a credential counts as a literal in
 * the file's summary once a provider rule finds one there.
 */
import type { McpContext, McpFileSummary } from '../core/types.js';

/** A slot's value range in the unit text. */
export interface SlotRange {
  start: number;
  end: number;
  context: McpContext;
  advice?: string;
  literal?: boolean;
}

export function claimSlot(
  ranges: readonly SlotRange[],
  summary: McpFileSummary | undefined,
  start: number,
  end: number,
): Pick<SlotRange, 'context' | 'advice'> | undefined {
  const slot = innermostSlot(ranges, start, end);
  if (!slot) return undefined;
  // A provider rule found a credential the slot's name did not announce: it is a literal too.
  if (!slot.literal && summary) {
    slot.literal = true;
    const server = summary.servers.find((sv) => sv.name === slot.context.server);
    if (server) server.literals++;
  }
  return slot;
}

/** The narrowest slot holding `start..end` (a query parameter inside a URL, not the URL). */
function innermostSlot(ranges: readonly SlotRange[], start: number, end: number): SlotRange | undefined {
  let best: SlotRange | undefined;
  for (const s of ranges) {
    if (start >= s.start && end <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}
