/** Test generators for the rules in src/core/rules/terraform.ts (see ./random.ts). */
import { DIGITS, LETTERS, p, randomChars } from './random.js';

export const terraformTokens = {
  /** A password a person typed: letters, digits, a sign (what Terraform examples hold). */
  typedPassword: (seed = 'tfpw') => p(randomChars(LETTERS, 8, seed), randomChars(DIGITS, 3, `${seed}:d`), '!'),
};
