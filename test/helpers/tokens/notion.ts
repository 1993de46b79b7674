/** Test token generators for the rules in src/core/rules/notion.ts (see ./random.ts). */
import { ALNUM, p, randomChars } from './random.js';

export const notionTokens = {
  notionSecret: (seed = 'notion') => p('sec', 'ret_', randomChars(ALNUM, 43, seed)),
};
