import { describe, it } from '@jest/globals';
import { BASE64, p, randomChars } from '../../helpers/tokens/random.js';
import { awsTokens } from '../../helpers/tokens/aws.js';
import { expectFound, expectNotFound } from './harness.js';

describe('aws rules', () => {
  it.each([
    ['aws-bedrock-api-key', awsTokens.bedrockApiKey()],
    ['aws-bedrock-short-term-api-key', awsTokens.bedrockShortTermKey()],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: short bodies, the bare short-term prefix, ABSK inside a longer word', async () => {
    await expectNotFound(
      p('AB', 'SK', randomChars(BASE64, 60, 'n1')),
      p('bedrock-api-', 'key-', 'YmVkcm9jay5hbWF6b25hd3MuY29t'),
      p('XABSK', randomChars(BASE64, 120, 'n2')),
      p('AB', 'SK', 'A'.repeat(120)),
    );
  });
});
