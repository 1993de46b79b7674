import { describe, it } from '@jest/globals';
import { BASE64, HEX, p, randomChars } from '../../helpers/tokens/random.js';
import { sentryTokens } from '../../helpers/tokens/sentry.js';
import { expectFound, expectNotFound } from './harness.js';

const claims = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64');

describe('sentry rules', () => {
  it.each([
    ['sentry-org-token', sentryTokens.sentryOrgToken()],
    ['sentry-org-token', sentryTokens.sentryOrgToken('old', true)],
    ['sentry-user-token', sentryTokens.sentryUserToken()],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it('near misses: claims that are not JSON, short secrets, wrong lengths, longer words', async () => {
    const secret = randomChars(BASE64, 43, 'nm');
    await expectNotFound(
      // `eyJ` but the claims do not decode to a JSON object.
      p('sntr', 'ys_', 'eyJ', randomChars(BASE64, 60, 'junk'), '_', secret),
      p('sntr', 'ys_', claims(['not', 'an', 'object']), '_', secret),
      p('sntr', 'ys_', claims({ org: 'acme' }), '_', randomChars(BASE64, 30, 'short')),
      p('sntr', 'ys_', '...', '_', secret),
      p('sntr', 'yu_', randomChars(HEX, 63, 'u63')),
      p('sntr', 'yu_', randomChars(HEX, 65, 'u65')),
      p('sntr', 'yu_', randomChars('ghijklmnopqrstuvwxyz', 64, 'notHex')),
      p('sntr', 'yu_', randomChars(HEX, 40, 's1')),
      p('xsntr', 'yu_', randomChars(HEX, 64, 'prefixed')),
      p('sntr', 'yu_', '0'.repeat(64)),
    );
  });
});

describe('sentry-org-token: claims that no longer parse whole', () => {
  it('is found when the decoded claims still name Sentry fields', async () => {
    await expectFound('sentry-org-token', sentryTokens.sentryOrgTokenCut());
  });
});
