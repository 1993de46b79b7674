/**
 * MCP config analysis entry point (see issue "MCP config intelligence"): recognises MCP client
 * configs, walks their credential slots and applies the safe-use policy checks.
 * Placeholder until that work lands: it recognises nothing.
 */
import type { McpAnalyzer, RuleInfo } from '../core/types.js';

export const analyzeMcp: McpAnalyzer = () => undefined;

/** Descriptions of the MCP and policy rules, for docs and SARIF. */
export const MCP_RULES: readonly RuleInfo[] = [];
