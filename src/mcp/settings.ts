/**
 * The `mcp` section of `.mcp-leak-guard.json` / `.yml`: policy settings. Validated when the
 * config is loaded, so a typo is an input error, not a silently ignored setting.
 */
export interface McpSettings {
  /** micromatch patterns of trusted server packages/images/hosts; enables `mcp-untrusted-server`. */
  trustedServers?: readonly string[];
  /** Patterns (regex sources) of hosts and database names that mean production. */
  productionPatterns?: readonly string[];
}

const KEYS = new Set(['trustedServers', 'productionPatterns']);

/** Returns the settings, or throws an Error whose message names the bad key. */
export function readMcpSettings(raw: Readonly<Record<string, unknown>>): McpSettings {
  const out: { trustedServers?: string[]; productionPatterns?: string[] } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!KEYS.has(key)) throw new Error(`unknown key "mcp.${key}" (known: ${[...KEYS].join(', ')})`);
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
    out[key as keyof McpSettings] = value as string[];
  }
  return out;
}
