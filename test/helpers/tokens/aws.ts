/** Test token generators for the rules in src/core/rules/aws.ts (see ./random.ts). */
import { UPPER_ALNUM, p, randomChars } from './random.js';

export const awsTokens = {
  awsAccessKeyId: (seed = 'aws') => p('AK', 'IA', randomChars(UPPER_ALNUM, 16, seed)),
};
