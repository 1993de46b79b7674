/**
 * Checks for context rules: a value is found under a key that names its provider, in JSON, .env,
 * YAML and code, at its exact column, and not under a key that names nothing.
 */
import { expect } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { record } from './corpus-recorder.js';

const engine = new Engine(resolveConfig(undefined));

/** `DATADOG_API_KEY` -> `datadogApiKey`. */
export const camel = (key: string): string =>
  key.toLowerCase().replace(/[_-]([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Findings as `[ruleId, column]` for one text. */
export async function found(text: string, path = 'f.txt'): Promise<[string, number][]> {
  return (await engine.scan({ path, text })).findings.map((f) => [f.ruleId, f.column]);
}

/** `token` under `key` is found with `id` alone, in JSON, .env, YAML and code, at its column. */
export async function expectKeyed(id: string, key: string, token: string): Promise<void> {
  record({ kind: 'tp', ruleId: id, token, key });
  const contexts = [
    `{"mcpServers": {"x": {"env": {"${key}": "${token}"}}}}`,
    `export ${key}=${token}\n`,
    `${key.toLowerCase()}: ${token}\n`,
    `const ${camel(key)} = '${token}';`,
    `os.getenv("${key}", "${token}")`,
    // Deep in a large file, where the engine scans only windows around keywords.
    `${'// a line of ordinary code\n'.repeat(1500)}${key}=${token}\n${'x = 1\n'.repeat(500)}`,
  ];
  for (const text of contexts) {
    const at = text.indexOf(token);
    const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
    expect([text.slice(0, 200), await found(text)]).toEqual([text.slice(0, 200), [[id, column]]]);
  }
}

/** `token` is found with `id` alone in `text`, at its column (on its line). */
export async function expectIn(id: string, text: string, token: string): Promise<void> {
  record({ kind: 'tp', ruleId: id, token, text });
  const at = text.indexOf(token);
  const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
  expect([text, await found(text)]).toEqual([text, [[id, column]]]);
}

/** Rules of the `generic` provider (credential-named assignments, URL parameters, headers). */
const GENERIC = new Set(engine.rules().flatMap((r) => (r.provider === 'generic' ? [r.id] : [])));

/**
 * No provider rule fires on any of `texts`. A generic rule may: `ALGOLIA_SEARCH_API_KEY=<hex>` is a
 * credential-named assignment whatever the provider rules say.
 */
export async function expectNoProviderFinding(...texts: string[]): Promise<void> {
  for (const text of texts) record({ kind: 'fp', text, providerOnly: true });
  for (const text of texts) {
    const ids = (await found(text)).map(([id]) => id).filter((id) => !GENERIC.has(id));
    expect([text, ids]).toEqual([text, []]);
  }
}
