import { describe, expect, it } from '@jest/globals';
import { ALNUM, DIGITS, hex, p, randomChars } from '../../helpers/tokens/random.js';
import { socialTokens } from '../../helpers/tokens/social.js';
import { expectFound, expectNotFound, ruleIds } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('social network rules', () => {
  it.each([
    ['facebook-access-token', socialTokens.facebookAccessToken()],
    ['facebook-access-token', socialTokens.facebookAccessToken('fbm', 'M')],
    ['twitter-bearer-token', socialTokens.twitterBearerToken()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['facebook-app-access-token', 'FACEBOOK_ACCESS_TOKEN', socialTokens.facebookAppToken()],
    ['facebook-app-secret', 'FACEBOOK_APP_SECRET', socialTokens.facebookAppSecret()],
    ['facebook-app-secret', 'FB_CLIENT_SECRET', socialTokens.facebookAppSecret('fbcs')],
    ['twitter-access-token', 'TWITTER_ACCESS_TOKEN', socialTokens.twitterAccessToken()],
    ['twitter-api-secret', 'TWITTER_API_SECRET', socialTokens.twitterApiSecret()],
    ['twitter-api-secret', 'TWITTER_ACCESS_TOKEN_SECRET', socialTokens.twitterApiSecret('twats', 45)],
    ['linkedin-client-secret', 'LINKEDIN_CLIENT_SECRET', socialTokens.linkedinClientSecret()],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('facebook-app-access-token: URL-encoded in a Graph API query string', async () => {
    const token = socialTokens.facebookAppToken('url', '%7C');
    await expectIn(
      'facebook-app-access-token',
      `fetch("https://graph.facebook.com/v19.0/me?fields=id&access_token=${token}")`,
      token,
    );
  });

  it('linkedin-client-secret: the WPL_AP form in a YAML section', async () => {
    const secret = p('WPL_AP1.', socialTokens.linkedinClientSecret('wpl'), '.', randomChars(ALNUM, 6, 'wplt'), '==');
    await expectIn('linkedin-client-secret', `linkedin:\n  client_secret: "${secret}"\n`, secret);
  });

  it('near misses: app ids, short values, runs where the random part should be', async () => {
    await expectNotFound(
      p('EA', 'AG', randomChars(ALNUM, 60, 'short')),
      p('EA', 'AA', 'A'.repeat(150)),
      p('A'.repeat(22), randomChars(ALNUM, 30, 'twshort')),
      p('A'.repeat(60), randomChars(ALNUM, 70, 'twlong')),
    );
    await expectNoProviderFinding(
      `FACEBOOK_APP_ID=${p('1', randomChars(DIGITS, 14, 'appid'))}`,
      `FACEBOOK_APP_ID=${hex(32, 'appidhex')}`,
      `LINKEDIN_CLIENT_ID=${socialTokens.linkedinClientSecret('id').slice(0, 14)}`,
      `TWITTER_API_SECRET=${randomChars(ALNUM, 30, 'twsec')}`,
      `FACEBOOK_ACCESS_TOKEN=${p('1', randomChars(DIGITS, 14, 'fbid'), '|', 'x'.repeat(32))}`,
    );
  });

  it('an app access token needs a Facebook word in the text: a number and a pipe alone are not one', async () => {
    const token = socialTokens.facebookAppToken('nokw');
    expect(await ruleIds(`| ${token} |\n`)).not.toContain('facebook-app-access-token');
  });
});
