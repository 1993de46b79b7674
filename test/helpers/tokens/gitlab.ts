/** Test token generators for the rules in src/core/rules/gitlab.ts (see ./random.ts). */
import { hex, p } from './random.js';

export const gitlabTokens = {
  sessionCookie: (seed = 'glsess') => hex(32, seed),
  gitlab: (prefix: string, body: string) => p('gl', prefix.slice(2), body),
};
