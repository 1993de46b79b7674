/**
 * Finds and reads the user's config file and baseline; the parsing and validation live in
 * core/config and core/baseline. Errors name the file, the key and its position, never a value.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  locateConfigError,
  parseConfigText,
  resolveConfig,
  type ResolvedConfig,
  type UserConfig,
} from '../core/config.js';
import { DEFAULT_BASELINE_NAME } from '../core/baseline.js';
import { didYouMean } from '../core/did-you-mean.js';
import { McpSettingsError, readMcpSettings } from '../mcp/settings.js';
import { createEngine } from './create-engine.js';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * The explicit `--config FILE` when given (it must exist), else the one of
 * `.mcp-leak-guard.json|.yml|.yaml` in `root` (two of them is an error: which one wins would be a
 * guess), else the embedded default.
 */
export async function loadConfig(root: string, explicit?: string): Promise<ResolvedConfig> {
  if (explicit) {
    const text = await readFile(explicit, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new InputError(`cannot read config ${explicit}: ${e.code ?? e.message}`);
    });
    return configFromText(text, explicit);
  }
  const present = CONFIG_FILE_NAMES.filter((name) => existsSync(path.join(root, name)));
  if (present.length > 1)
    throw new InputError(
      `config files ${present.join(' and ')} both exist in ${root}: keep one (or pass --config FILE)`,
    );
  const name = present[0];
  if (name === undefined) return resolveConfig(undefined);
  const text = await readFile(path.join(root, name), 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read config ${name}: ${e.code ?? e.message}`);
  });
  return configFromText(text, name);
}

/**
 * A config file's text (read from disk or from a commit), parsed and validated; `source` names it
 * in errors. Checks what the core cannot: rule ids against the engine's, and the `mcp` section.
 */
export function configFromText(text: string, source: string): ResolvedConfig {
  const user = parseConfigText(text, source);
  try {
    checkRuleIds(user, source);
    readMcpSettings(user.mcp ?? {});
  } catch (e) {
    if (e instanceof McpSettingsError) throw locateConfigError(new ConfigError(source, e.message, e.keyPath), text);
    throw locateConfigError(e, text);
  }
  return resolveConfig(user, source);
}

let knownIds: Set<string> | undefined;

/** A misspelled rule id would switch nothing off, silently: every id must be a rule's. */
function checkRuleIds(user: UserConfig, source: string): void {
  const ids = Object.keys(user.rules ?? {});
  if (ids.length === 0) return;
  knownIds ??= new Set(
    createEngine(resolveConfig(undefined))
      .rules()
      .map((r) => r.id),
  );
  const known = new Set([...knownIds, ...(user.customRules ?? []).map((r) => r.id)]);
  for (const id of ids) {
    if (!known.has(id))
      throw new ConfigError(
        source,
        `"rules.${id}" is not a rule id${didYouMean(id, known)} (list them with: mcp-leak-guard rules)`,
        ['rules', id],
      );
  }
}

/**
 * The baseline a scan applies when none is given explicitly, the same for the CLI, the hook and
 * the Action: the config's `baseline` key (which must exist), else
 * `.mcp-leak-guard-baseline.json` at the repository root (optional). Paths are repository-relative.
 */
export function implicitBaseline(config: ResolvedConfig): { file: string; required: boolean } {
  return config.baseline ? { file: config.baseline, required: true } : { file: DEFAULT_BASELINE_NAME, required: false };
}

/** The baseline file to apply from the work tree: the explicit one, else the implicit one if present. */
export function defaultBaselinePath(
  root: string,
  explicit: string | undefined,
  config: ResolvedConfig,
): string | undefined {
  if (explicit) return explicit;
  const { file, required } = implicitBaseline(config);
  const abs = path.resolve(root, file);
  if (existsSync(abs)) return abs;
  if (required) throw new InputError(`config ${config.source}: "baseline" names ${file}, which does not exist`);
  return undefined;
}
