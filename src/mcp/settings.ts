/**
 * The `mcp` section of `.mcp-leak-guard.json` / `.yml`: policy settings. Validated when the
 * config is loaded, so a typo is an input error, not a silently ignored setting.
 */
import type { ServerTier } from '../core/types.js';

export interface McpSettings {
  /** micromatch patterns of trusted server packages/images/hosts; enables `mcp-untrusted-server`. */
  trustedServers?: readonly string[];
  /** Patterns (regex sources) of hosts and database names that mean production. */
  productionPatterns?: readonly string[];
  /** Server name / package / host pattern -> tier, overriding the built-in classification. */
  serverTiers?: Readonly<Record<string, ServerTier>>;
  /** Report policy findings on config snippets in documentation (Markdown) too; off by default. */
  policyInDocs?: boolean;
}

const KEYS = new Set(['trustedServers', 'productionPatterns', 'serverTiers', 'policyInDocs']);
const TIERS: readonly ServerTier[] = ['connect-freely', 'consider-carefully', 'dont-connect'];

/** Returns the settings, or throws an Error whose message names the bad key. */
export function readMcpSettings(raw: Readonly<Record<string, unknown>>): McpSettings {
  const out: {
    trustedServers?: string[];
    productionPatterns?: string[];
    serverTiers?: Record<string, ServerTier>;
    policyInDocs?: boolean;
  } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!KEYS.has(key)) throw new Error(`unknown key "mcp.${key}" (known: ${[...KEYS].join(', ')})`);
    if (key === 'policyInDocs') {
      if (typeof value !== 'boolean') throw new Error('"mcp.policyInDocs" must be true or false');
      out.policyInDocs = value;
      continue;
    }
    if (key === 'serverTiers') {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error('"mcp.serverTiers" must be an object');
      for (const [pattern, tier] of Object.entries(value)) {
        if (!TIERS.includes(tier as ServerTier)) {
          throw new Error(`"mcp.serverTiers.${pattern}" must be one of ${TIERS.join(', ')}`);
        }
      }
      out.serverTiers = value as Record<string, ServerTier>;
      continue;
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new Error(`"mcp.${key}" must be a list of strings`);
    }
    if (key === 'productionPatterns') {
      for (const p of value as string[]) {
        try {
          new RegExp(p, 'i');
        } catch (e) {
          throw new Error(
            `"mcp.productionPatterns" holds an invalid regular expression ${JSON.stringify(p)}: ${(e as Error).message}`,
          );
        }
      }
    }
    out[key as 'trustedServers' | 'productionPatterns'] = value as string[];
  }
  return out;
}
