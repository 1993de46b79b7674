import type { ArgToken } from '../argv.js';
import type { Span } from '../parse/node.js';
import type { ServerEntry } from '../servers.js';
import type { McpSettings } from '../settings.js';
import type { Slot } from '../slots.js';

/** What a policy check sees of one server entry. */
export interface PolicyContext {
  text: string;
  server: ServerEntry;
  argv: readonly ArgToken[];
  slots: readonly Slot[];
  settings: McpSettings;
}

/** A policy finding: the rule, where, and one sentence on what is wrong and what to do. */
export interface PolicyHit extends Span {
  ruleId: string;
  message: string;
}

export type PolicyCheck = (ctx: PolicyContext) => PolicyHit[];
