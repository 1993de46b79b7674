import { describe, it } from '@jest/globals';
import {
  ALNUM,
  DIGITS,
  HEX,
  UPPER_ALNUM,
  URLSAFE,
  hex,
  jwt,
  p,
  randomChars,
  uuid,
} from '../../helpers/tokens/random.js';
import { productivityTokens } from '../../helpers/tokens/productivity.js';
import { expectFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('productivity rules', () => {
  it.each([
    ['dropbox-access-token', productivityTokens.dropboxToken()],
    ['dropbox-access-token', p('s', 'l.', randomChars(URLSAFE, 138, 'dbx-old'))],
    ['asana-pat', productivityTokens.asanaPat()],
    ['clickup-api-token', productivityTokens.clickupToken()],
    ['airtable-pat', productivityTokens.airtablePat()],
    ['hubspot-private-app-token', productivityTokens.hubspotPat()],
    ['hubspot-private-app-token', p('pat', '-eu1-', uuid('hs-eu'))],
    ['intercom-access-token', productivityTokens.intercomToken()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['asana-pat-legacy', 'ASANA_ACCESS_TOKEN', productivityTokens.asanaLegacyPat()],
    ['asana-pat-legacy', 'ASANA_TOKEN', p('0', '/', hex(32, 'asana0'))],
    ['monday-api-token', 'MONDAY_API_TOKEN', productivityTokens.mondayToken()],
    ['hubspot-api-key', 'HUBSPOT_API_KEY', uuid('hapi')],
    ['zendesk-api-token', 'ZENDESK_API_TOKEN', productivityTokens.zendeskToken()],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('hubspot-api-key in a hapikey parameter', async () => {
    const key = uuid('hapikey');
    await expectIn('hubspot-api-key', p('GET https://api.hubapi.com/contacts/v1/lists?h', 'apikey=', key), key);
    await expectKeyed('hubspot-api-key', 'HAPI_KEY', key);
    await expectIn('hubspot-api-key', `// const hapikey = '${key}';`, key);
  });

  it('near misses: wrong shapes, other JWTs, longer words, placeholders', async () => {
    await expectNoProviderFinding(
      p('s', 'l.', randomChars(URLSAFE, 40, 'n1')),
      p('s', 'l.your-dropbox-access-token-', 'x'.repeat(120)),
      'ssl.enabled=true',
      p('2', '/', '12', randomChars(DIGITS, 14, 'n2'), '/', '12', randomChars(DIGITS, 14, 'n3'), ':', hex(31, 'n4')),
      `date: 12/1${randomChars(DIGITS, 14, 'n5')}/1${randomChars(DIGITS, 14, 'n6')}:${hex(32, 'n7')}`,
      `ASANA_TOKEN=1/${randomChars(DIGITS, 14, 'n8')}`,
      `MONDAY_API_TOKEN=${jwt({ sub: 'someone', exp: 1900000000 }, 'n9')}`,
      `SOME_JWT=${productivityTokens.mondayToken('n10')}`,
      p('p', 'k_', randomChars(DIGITS, 8, 'n11'), '_', randomChars(UPPER_ALNUM, 31, 'n12')),
      p('p', 'k_', randomChars(DIGITS, 8, 'n13'), '_', randomChars(ALNUM, 32, 'n14').toLowerCase()),
      p('pa', 't', randomChars(ALNUM, 14, 'n15'), '.', hex(63, 'n16')),
      p('compa', 't', randomChars(ALNUM, 14, 'n17'), '.', hex(64, 'n18')),
      p('pat', '-na1-', '{token}'),
      p('pat', '-xx1-', uuid('n19')),
      p('dG9r', 'Ojxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
      Buffer.from(p('tak:', uuid('n20'), ':1:0')).toString('base64'),
      `ZENDESK_SUBDOMAIN=${randomChars(ALNUM, 40, 'n21')}`,
      `ZENDESK_API_TOKEN=${randomChars(ALNUM, 39, 'n22')}`,
    );
  });

  it.each([
    ['bannerbear-api-key', productivityTokens.bannerbearKey('pr')],
    ['bannerbear-api-key', productivityTokens.bannerbearKey('ma', 'bbma')],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['bannerbear-api-key-legacy', 'BANNERBEAR_API_KEY', productivityTokens.bannerbearLegacyKey()],
    ['caflou-api-token', 'CAFLOU_API_TOKEN', jwt({ user_id: 4711, account_id: 815 }, 'caflou')],
    ['calendly-api-token', 'CALENDLY_API_TOKEN', jwt({ iss: 'https://auth.calendly.com', jti: uuid('cal') }, 'cal')],
    ['close-api-key', 'CLOSE_API_KEY', productivityTokens.closeKey()],
    ['close-api-key', 'CLOSEIO_API_KEY', productivityTokens.closeKey('close2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('keyed values written with their header scheme ("Bearer <token>")', async () => {
    const bb = productivityTokens.bannerbearLegacyKey('hdr');
    await expectIn('bannerbear-api-key-legacy', `bannerBearToken := "Bearer ${bb}"\n`, bb);
    const cal = jwt({ iss: 'https://auth.calendly.com', jti: uuid('cal-hdr') }, 'cal-hdr');
    await expectIn('calendly-api-token', `  calendly_auth_token: "Bearer ${cal}"\n`, cal);
  });

  it('near misses of Bannerbear, Caflou, Calendly and Close keys', async () => {
    await expectNoProviderFinding(
      p('bb', '_pr_', hex(20, 'q1')),
      p('bb', '_xx_', hex(30, 'q2')),
      `BANNERBEAR_API_KEY=${randomChars(ALNUM, 24, 'q3')}`,
      `CALENDLY_API_TOKEN=eyJ${randomChars(URLSAFE, 30, 'q4')}.${randomChars(URLSAFE, 40, 'q5')}`,
      `CALENDLY_API_TOKEN=${randomChars(URLSAFE, 30, 'q6')}.${randomChars(URLSAFE, 40, 'q7')}.${randomChars(URLSAFE, 43, 'q8')}`,
      `CLOSE_API_KEY=${p('ap', 'i_', randomChars(ALNUM, 20, 'q7'))}`,
      `CLOSE_TIMEOUT_TOKEN=${p('ap', 'i_', randomChars(ALNUM, 12, 'q8'))}`,
      `ENCLOSED_API_KEY=${productivityTokens.closeKey('q9')}`,
    );
  });
});

describe('productivity rules (Salesforce)', () => {
  it.each([false, true])('salesforce-consumer-secret: under a Salesforce key (older 19 digits: %s)', async (legacy) => {
    const secret = productivityTokens.salesforceConsumerSecret(`sf-${legacy}`, legacy);
    await expectKeyed('salesforce-consumer-secret', 'SALESFORCE_CONSUMER_SECRET', secret);
  });

  it('salesforce-consumer-pair: the secret beside its consumer key is one finding, at the secret', async () => {
    const key = productivityTokens.salesforceConsumerKey();
    const secret = productivityTokens.salesforceConsumerSecret();
    const id = 'salesforce-consumer-pair';
    await expectIn(id, `SALESFORCE_CONSUMER_KEY=${key}\nSALESFORCE_CONSUMER_SECRET=${secret}\n`, secret);
    await expectIn(
      id,
      `salesforce_domain = "acme.my.salesforce.com"\nsalesforce_key1 = "${key}"\nsalesforce_secret = "${secret}"\n`,
      secret,
    );
    await expectIn(id, `sfdc:\n  client_secret: ${secret}\n  client_id: ${key}\n`, secret);
  });

  it('near misses: the consumer key alone, short or masked secrets, another key', async () => {
    const key = productivityTokens.salesforceConsumerKey('sf-n1');
    await expectNoProviderFinding(
      `SALESFORCE_CONSUMER_KEY=${key}\n`,
      `SALESFORCE_CONSUMER_SECRET=${productivityTokens.salesforceConsumerSecret('sf-n2').slice(0, 32)}\n`,
      `SALESFORCE_CONSUMER_SECRET=${'0'.repeat(64)}\n`,
      `SALESFORCE_ORG_ID=${productivityTokens.salesforceConsumerSecret('sf-n3')}\n`,
    );
  });
});

describe('productivity rules (Teamwork, Typeform, Livestorm, Shutterstock)', () => {
  it.each([
    ['teamwork-api-token', productivityTokens.teamworkToken()],
    ['typeform-api-token', productivityTokens.typeformToken()],
    ['typeform-api-token', productivityTokens.typeformHexToken()],
    ['livestorm-api-token', productivityTokens.livestormToken()],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it.each([
    ['typeform-legacy-token', 'TYPEFORM_TOKEN', randomChars(ALNUM, 44, 'tfl')],
    ['shutterstock-consumer-secret', 'SHUTTERSTOCK_CONSUMER_SECRET', productivityTokens.shutterstockSecret()],
    ['shutterstock-oauth-token', 'SHUTTERSTOCK_API_TOKEN', productivityTokens.shutterstockOauthToken()],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('near misses: identifiers after tfp_, other audiences, short tokens, consumer keys', async () => {
    await expectNoProviderFinding(
      p('tkn', '.v1_', randomChars(ALNUM, 30, 'tw1'), '='),
      p('tkn', '.v2_', randomChars(ALNUM, 71, 'tw2'), '='),
      // TensorFlow Probability is imported as `tfp`.
      'x = tfp_distributions_multivariate_normal_diag_linear_operator(loc)',
      p('tf', 'p_', randomChars(ALNUM, 20, 'tf1')),
      // Hex without a digit or without a letter is a word or a counter, not a token.
      p('tf', 'p_', randomChars('abcdef', 40, 'tf4')),
      p('tf', 'p_', randomChars(HEX, 30, 'tf3')),
      jwt({ aud: 'api.example.com', jti: uuid('aud') }, 'aud'),
      `SHUTTERSTOCK_CONSUMER_KEY=${randomChars(ALNUM, 32, 'ssk')}`,
      `SHUTTERSTOCK_CONSUMER_SECRET=${randomChars(ALNUM, 8, 'sss')}`,
      `UNRELATED_TOKEN=${productivityTokens.shutterstockOauthToken('ssu')}`,
      `TYPEFORM_FORM_ID=${randomChars(ALNUM, 8, 'tff')}`,
    );
  });
});

describe('Dropbox long-lived tokens and app secrets', () => {
  it.each(['DROPBOX_ACCESS_TOKEN', 'DROPBOX_TOKEN'])('dropbox-long-lived-token under %s', async (key) => {
    await expectKeyed('dropbox-long-lived-token', key, productivityTokens.dropboxLongLivedToken(key));
  });

  it.each(['DROPBOX_APP_SECRET', 'DROPBOX_API_TOKEN'])('dropbox-app-secret under %s', async (key) => {
    await expectKeyed('dropbox-app-secret', key, productivityTokens.dropboxAppSecret(key));
  });

  it('near misses: the app key, a short value, placeholder runs where the randomness should be', async () => {
    await expectNoProviderFinding(
      `DROPBOX_APP_KEY=${productivityTokens.dropboxAppSecret('key')}`,
      `DROPBOX_APP_SECRET=${productivityTokens.dropboxAppSecret('short').slice(2)}`,
      `DROPBOX_ACCESS_TOKEN=${'x'.repeat(11)}${'A'.repeat(10)}${'x'.repeat(43)}`,
      `UNRELATED_TOKEN=${productivityTokens.dropboxLongLivedToken('unrelated')}`,
    );
  });
});

describe('Beamer API keys', () => {
  it.each(['BEAMER_API_KEY', 'BEAMER_KEY'])('beamer-api-key under %s', async (key) => {
    await expectKeyed('beamer-api-key', key, productivityTokens.beamerKey(key));
  });

  it('near misses: short, masked, or under another name', async () => {
    await expectNoProviderFinding(
      `BEAMER_API_KEY=${productivityTokens.beamerKey('short').slice(0, 22)}`,
      `BEAMER_API_KEY=b_${'x'.repeat(44)}`,
      `SETTINGS_VALUE=${productivityTokens.beamerKey('other')}`,
    );
  });
});

describe('HubSpot legacy API keys under a token name', () => {
  it('hubspot-api-key: a UUID under HUBSPOT_TOKEN', async () => {
    await expectKeyed('hubspot-api-key', 'HUBSPOT_TOKEN', uuid('hubspot-token'));
  });
});
describe('tableau-pat-secret', () => {
  it('found beside the token name and the Tableau server, in .env, YAML and code', async () => {
    const secret = productivityTokens.tableauPatSecret();
    await expectIn(
      'tableau-pat-secret',
      `TABLEAU_SERVER=https://acme.online.tableau.com\nTABLEAU_PAT_SECRET=${secret}\n`,
      secret,
    );
    await expectIn('tableau-pat-secret', `tableau:\n  token_name: ci-extracts\n  token_secret: "${secret}"\n`, secret);
    await expectIn(
      'tableau-pat-secret',
      `server = TSC.Server("https://acme.online.tableau.com")\nauth = TSC.PersonalAccessTokenAuth("ci", "${secret}")`,
      secret,
    );
  });

  it('near misses: no Tableau in the text, a short secret, a padding-less id, a placeholder', async () => {
    const secret = productivityTokens.tableauPatSecret('nm');
    await expectNoProviderFinding(
      `SESSION_SECRET=${secret}`,
      `TABLEAU_PAT_SECRET=${secret.slice(0, -8)}`,
      `TABLEAU_PAT_SECRET=${secret.replace('==:', 'AA:')}`,
      `TABLEAU_PAT_SECRET=${secret.slice(0, 25)}${'x'.repeat(32)}`,
    );
  });
});

describe('airtable-oauth-token', () => {
  it('found in JSON, .env and code', async () => {
    await expectFound('airtable-oauth-token', productivityTokens.airtableOauthToken());
  });

  it('near misses: claims of something else, a short signature, no v1 marker', async () => {
    const other = productivityTokens.airtableOauthToken('other', { userId: 'usrA1b2C3d4E5f6G7h', role: 'viewer' });
    const t = productivityTokens.airtableOauthToken('nm');
    await expectNoProviderFinding(other, t.slice(0, -40), t.replace('.v1.', '.v2.'));
  });
});
