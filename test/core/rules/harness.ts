/** Shared checks for rule tests: a token is found in the usual contexts, a near miss is not. */
import { expect } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { record } from './corpus-recorder.js';

export const engine = new Engine(resolveConfig(undefined));

export async function ruleIds(text: string, path = 'f.txt'): Promise<string[]> {
  return (await engine.scan({ path, text })).findings.map((f) => f.ruleId);
}

/** The token is found with `id`, alone, in JSON, a .env line and code, at its exact column. */
export async function expectFound(id: string, token: string): Promise<void> {
  record({ kind: 'tp', ruleId: id, token });
  const contexts = [`{"env": {"SERVICE_TOKEN": "${token}"}}`, `SERVICE_TOKEN=${token}\n`, `client.auth('${token}');`];
  for (const text of contexts) {
    const { findings } = await engine.scan({ path: 'f.txt', text });
    expect(findings.map((f) => [f.ruleId, f.column])).toEqual([[id, text.indexOf(token) + 1]]);
    expect(findings[0]!.secret).not.toContain(token);
  }
}

export async function expectNotFound(...texts: string[]): Promise<void> {
  for (const text of texts) record({ kind: 'fp', text });
  for (const text of texts) expect([text, await ruleIds(text)]).toEqual([text, []]);
}
