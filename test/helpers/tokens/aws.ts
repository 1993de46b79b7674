/** Test token generators for the AWS rules of the secretlint preset (src/core/rules/preset.ts; see ./random.ts). */
import { UPPER_ALNUM, p, randomChars } from './random.js';

export const awsTokens = {
  awsAccessKeyId: (seed = 'aws') => p('AK', 'IA', randomChars(UPPER_ALNUM, 16, seed)),
};
