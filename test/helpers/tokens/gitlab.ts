/** Test token generators for the rules in src/core/rules/gitlab.ts (see ./random.ts). */
import { p } from './random.js';

export const gitlabTokens = {
  gitlab: (prefix: string, body: string) => p('gl', prefix.slice(2), body),
};
