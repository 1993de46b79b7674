/**
 * The `mcp` section of `.mcp-leak-guard.json` / `.yml`: policy settings. Validated when the
 * config is loaded, so a typo is an input error, not a silently ignored setting.
 */
import { didYouMean } from '../core/did-you-mean.js';
import type { ServerTier } from '../core/types.js';

/** A bad `mcp` setting: the message names the key (never its value); `keyPath` locates it. */
export class McpSettingsError extends Error {
  constructor(
    message: string,
    readonly keyPath: readonly (string | number)[],
  ) {
    super(message);
    this.name = 'McpSettingsError';
  }
}

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
    if (!KEYS.has(key))
      throw new McpSettingsError(`unknown key "mcp.${key}"${didYouMean(key, KEYS)} (known: ${[...KEYS].join(', ')})`, [
        'mcp',
        key,
      ]);
    if (key === 'policyInDocs') {
      if (typeof value !== 'boolean')
        throw new McpSettingsError('"mcp.policyInDocs" must be true or false', ['mcp', key]);
      out.policyInDocs = value;
      continue;
    }
    if (key === 'serverTiers') {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new McpSettingsError('"mcp.serverTiers" must be an object', ['mcp', key]);
      for (const [pattern, tier] of Object.entries(value)) {
        if (!TIERS.includes(tier as ServerTier)) {
          throw new McpSettingsError(`"mcp.serverTiers.${pattern}" must be one of ${TIERS.join(', ')}`, [
            'mcp',
            key,
            pattern,
          ]);
        }
      }
      out.serverTiers = value as Record<string, ServerTier>;
      continue;
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new McpSettingsError(`"mcp.${key}" must be a list of strings`, ['mcp', key]);
    }
    if (key === 'productionPatterns') {
      (value as string[]).forEach((p, i) => {
        try {
          new RegExp(p, 'i');
        } catch (e) {
          // The engine's message quotes the pattern: keep only its reason.
          throw new McpSettingsError(
            `"mcp.productionPatterns[${i}]" is not a valid regular expression (${(e as Error).message.split(': ').pop()})`,
            ['mcp', key, i],
          );
        }
      });
    }
    out[key as 'trustedServers' | 'productionPatterns'] = value as string[];
  }
  return out;
}
