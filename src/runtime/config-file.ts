/** Finds and reads the user's config file; the parsing and validation live in core/config. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES, parseConfigText, resolveConfig, type ResolvedConfig } from '../core/config.js';
import { readMcpSettings } from '../mcp/settings.js';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * The explicit `--config FILE` when given (it must exist), else the first of
 * `.mcp-leak-guard.json|.yml|.yaml` in `root`, else the embedded default.
 */
export async function loadConfig(root: string, explicit?: string): Promise<ResolvedConfig> {
  if (explicit) {
    const text = await readFile(explicit, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new InputError(`cannot read config ${explicit}: ${e.code ?? e.message}`);
    });
    return configFromText(text, explicit);
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(root, name);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) return configFromText(text, name);
  }
  return resolveConfig(undefined);
}

/** A config file's text (read from disk or from a commit), parsed and validated; `name` names it in errors. */
export function configFromText(text: string, name: string): ResolvedConfig {
  return checked(resolveConfig(parseConfigText(text, name), name), name);
}

/** The core keeps `mcp` opaque; its settings are validated here so a typo names the file. */
function checked(config: ResolvedConfig, file: string): ResolvedConfig {
  try {
    readMcpSettings(config.mcp);
  } catch (e) {
    throw new InputError(`config ${file}: ${(e as Error).message}`);
  }
  return config;
}
