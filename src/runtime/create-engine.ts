/** The engine every entry point uses: the core plus the MCP analysis and the MCP and audit rules. */
import { AUDIT_RULES } from '../mcp/audit-rules.js';
import type { ResolvedConfig } from '../core/config.js';
import { Engine } from '../core/engine.js';
import { analyzeMcp, MCP_RULES } from '../mcp/analyze.js';
import { keywordTableCache } from './keyword-table-cache.js';

export function createEngine(config: ResolvedConfig): Engine {
  return new Engine(config, {
    mcpAnalyzer: analyzeMcp,
    extraRules: [...MCP_RULES, ...AUDIT_RULES],
    keywordTables: keywordTableCache(),
  });
}
