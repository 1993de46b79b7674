/** Test token generators for the AWS rules of the secretlint preset (src/core/rules/preset.ts; see ./random.ts). */
import { BASE64, DIGITS, LOWER_ALNUM, UPPER_ALNUM, hex, p, randomChars } from './random.js';

export const awsTokens = {
  /** `ABSK` and the base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`. */
  bedrockApiKey: (seed = 'absk') =>
    p(
      'AB',
      'SK',
      Buffer.from(
        p(
          'BedrockAPIKey-',
          randomChars(LOWER_ALNUM, 4, seed),
          '-at-',
          randomChars(DIGITS, 12, `${seed}a`),
          ':',
          randomChars(BASE64, 60, `${seed}s`),
        ),
      ).toString('base64'),
    ),
  /** `bedrock-api-key-` and the base64 of a presigned `bedrock.amazonaws.com` URL. */
  bedrockShortTermKey: (seed = 'bshort') =>
    p(
      'bedrock-api-',
      'key-',
      Buffer.from(
        p(
          'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=',
          'AS',
          'IA',
          randomChars(UPPER_ALNUM, 16, seed),
          '%2F20260101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Expires=43200&X-Amz-Signature=',
          hex(64, `${seed}sig`),
          '&Version=1',
        ),
      ).toString('base64'),
    ),
  awsAccessKeyId: (seed = 'aws') => p('AK', 'IA', randomChars(UPPER_ALNUM, 16, seed)),
};
