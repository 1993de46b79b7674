/** The gitleaks ids no rule maps, and why: the record stays consistent with the rules' peers. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import {
  NOT_REPORTED_ALONE,
  UNMAPPED_GITLEAKS,
  unmappedGitleaksMarkdown,
} from '../../../src/core/rules/unmapped-peers.js';
import { ROOT } from '../../helpers/cli.js';

const rules = new Engine(resolveConfig(undefined)).rules();
const mapped = rules.flatMap((r) => (r.peers?.gitleaks ?? []).map((g) => [g, r.id] as const));

describe('gitleaks rules without a counterpart', () => {
  it("no id listed as unmapped is named in a rule's peers", () => {
    expect(mapped.filter(([g]) => g in UNMAPPED_GITLEAKS)).toEqual([]);
  });

  it("each id is listed once, in gitleaks' id spelling, with a reason", () => {
    const source = readFileSync(path.join(ROOT, 'src/core/rules/unmapped-peers.ts'), 'utf8');
    const keys = [...source.matchAll(/^ {2}'?([a-z0-9-]+)'?:\s/gm)].map((m) => m[1]);
    expect(keys.length).toBe(Object.keys(UNMAPPED_GITLEAKS).length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [id, why] of Object.entries(UNMAPPED_GITLEAKS)) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(why.length).toBeGreaterThan(10);
    }
  });

  it("the rules' peers name each gitleaks id in one place: a rule may name several, and several rules one", () => {
    // A gitleaks id may map to more than one rule (a prefixed and a keyed form); what must not
    // happen is a rule naming the same id twice.
    for (const r of rules) {
      const ids = r.peers?.gitleaks ?? [];
      expect([r.id, new Set(ids).size]).toEqual([r.id, ids.length]);
    }
  });

  it('the ids not reported alone are the recorded identifiers and publishable keys, and what the pair rules cover', () => {
    const pairCovered = rules
      .filter((r) => r.description?.includes('the identifier alone is not reported'))
      .flatMap((r) => r.peers?.gitleaks ?? []);
    expect(pairCovered.length).toBeGreaterThan(0);
    const expected = [
      ...Object.keys(UNMAPPED_GITLEAKS).filter((id) =>
        /^(?:an identifier|a publishable key)/.test(UNMAPPED_GITLEAKS[id]!),
      ),
      ...pairCovered,
    ].sort();
    expect(Object.keys(NOT_REPORTED_ALONE).sort()).toEqual(expected);
    for (const why of Object.values(NOT_REPORTED_ALONE)) expect(why).toMatch(/not reported on its own|publishable/);
  });

  it('docs/rules.md lists the table as it is (run npm run readme)', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    const block = /<!-- gitleaks-unmapped:start -->\n([\s\S]*?)<!-- gitleaks-unmapped:end -->/.exec(doc)?.[1];
    expect(block).toBe(unmappedGitleaksMarkdown());
  });
});
