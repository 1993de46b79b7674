/**
 * The accuracy bench's labelled corpus is harvested from these rule tests: when
 * MLG_CORPUS_OUT names a file, every true positive (rule id, token, the key it needs) and every
 * near miss the tests check is appended to it as one JSON line, labelled with the test's family.
 * Without that variable this does nothing.
 */
import { expect } from '@jest/globals';
import { appendFileSync } from 'node:fs';
import path from 'node:path';

export type CorpusEntry =
  /** `token` must be found; `key` names the variable it needs (context rules); `text` fixes the context. */
  | { kind: 'tp'; ruleId: string; token: string; key?: string; text?: string }
  /** Nothing may be found in `text`; with `providerOnly`, a generic rule's finding is allowed. */
  | { kind: 'fp'; text: string; providerOnly?: boolean };

export function record(entry: CorpusEntry): void {
  const out = process.env['MLG_CORPUS_OUT'];
  if (!out) return;
  const family = path.basename(expect.getState().testPath ?? 'unknown', '.test.ts');
  appendFileSync(out, `${JSON.stringify({ family, ...entry })}\n`);
}
