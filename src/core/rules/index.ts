/**
 * The registry of own rule families. Adding a provider family: write `src/core/rules/<family>.ts`
 * exporting a `RuleFamily`, add it to `FAMILIES` below, and add its tests beside the others in
 * `test/core/rules/`.
 */
import { defineFamily, type DefinedFamily, type RuleFamily } from './define.js';
import { google } from './google.js';

export const FAMILIES: readonly RuleFamily[] = [
  // One line per family, in alphabetical order.
  google,
];

let defined: readonly DefinedFamily[] | undefined;

/** Every own family compiled to a secretlint rule (compiled once, on first use). */
export function definedFamilies(): readonly DefinedFamily[] {
  defined ??= FAMILIES.map(defineFamily);
  return defined;
}
