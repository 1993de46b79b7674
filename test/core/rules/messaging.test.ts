import { describe, it } from '@jest/globals';
import { ALNUM, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { messagingTokens } from '../../helpers/tokens/messaging.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('messaging rules', () => {
  it.each([
    ['twilio-api-key', messagingTokens.twilioApiKey()],
    ['mailgun-private-api-key', messagingTokens.mailgunPrivateKey()],
    ['mailgun-private-api-key', messagingTokens.mailgunPrivateKeyAlnum()],
    ['mailchimp-api-key', messagingTokens.mailchimpKey()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['twilio-auth-token', 'TWILIO_AUTH_TOKEN', messagingTokens.twilioAuthToken()],
    ['twilio-auth-token', 'TWILIO_API_SECRET', randomChars(ALNUM, 32, 'twsec')],
    ['mailgun-api-key', 'MAILGUN_API_KEY', messagingTokens.mailgunKey()],
    ['postmark-server-token', 'POSTMARK_SERVER_TOKEN', messagingTokens.postmarkToken()],
    ['postmark-server-token', 'POSTMARK_API_TOKEN', messagingTokens.postmarkToken('pm2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('mailgun-api-key: by its shape anywhere in a text naming Mailgun, not elsewhere', async () => {
    const key = messagingTokens.mailgunKey('mgshape');
    await expectIn('mailgun-api-key', `mailgun:\n  domain: mg.acme.dev\n  password: ${key}\n`, key);
    await expectIn('mailgun-api-key', `# Mailgun\nrequests.post(url, auth=("api", "${key}"))`, key);
    await expectNoProviderFinding(`requests.post(url, auth=("api", "${key}"))`, `# mailgun\nTRACE_ID=${key}-0a1b`);
  });

  it('postmark-server-token in the header the API reads', async () => {
    const t = messagingTokens.postmarkToken('hdr');
    await expectIn(
      'postmark-server-token',
      `curl -H "X-Postmark-Server-Token: ${t}" https://api.postmarkapp.com/email`,
      t,
    );
  });

  it('twilio-sid-auth-token: the token after an account SID, in basic auth and client constructors', async () => {
    const sid = p('A', 'C', hex(32, 'sid'));
    const token = hex(32, 'sidtok');
    await expectIn(
      'twilio-sid-auth-token',
      `curl -u ${sid}:${token} https://api.twilio.com/2010-04-01/Accounts.json`,
      token,
    );
    await expectIn('twilio-sid-auth-token', `client = twilio.Client("${sid}", "${token}")`, token);
    await expectIn(
      'twilio-sid-auth-token',
      `fetch("https://${sid}:${token}@api.twilio.com/2010-04-01/Accounts")`,
      token,
    );
  });

  it('near misses: wrong length or case, longer words, unrelated keys, placeholders', async () => {
    await expectNoProviderFinding(
      p('S', 'K', hex(31, 'n1')),
      p('S', 'K', hex(32, 'n2').toUpperCase()),
      p('TASK', hex(32, 'n3')),
      p('ke', 'y-', hex(30, 'n4')),
      p('cache-ke', 'y-', hex(32, 'n5')),
      p(hex(32, 'n6'), '-us'),
      p(hex(31, 'n7'), '-us6'),
      `TWILIO_ACCOUNT_SID=${p('A', 'C', hex(32, 'n8'))}`,
      `twilio: ${p('A', 'C', hex(32, 'n15'))}:${hex(20, 'n16')}`,
      `twilio ids ${p('A', 'C', hex(32, 'n17'))}, ${p('A', 'C', hex(32, 'n18'))}`,
      `AUTH_TOKEN=${hex(32, 'n9')}`,
      `TWILIO_AUTH_TOKEN=${'0'.repeat(32)}`,
      'TWILIO_AUTH_TOKEN=your_twilio_auth_token_here',
      'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
      `SERVER_TOKEN=${uuid('n10')}`,
      `POSTMARK_SERVER_ID=${uuid('n11')}`,
      // Letters only after `key-` (a slug), and the Mailgun key shape with no Mailgun in the text.
      p('ke', 'y-', randomChars('abcdefghijklmnopqrstuvwxyz', 32, 'n15')),
      `EMAIL_DOMAIN_ID=${hex(32, 'n12')}-${hex(8, 'n13')}-${hex(8, 'n14')}`,
    );
  });

  it.each([
    ['courier-auth-token', 'COURIER_AUTH_TOKEN', messagingTokens.courierToken()],
    ['courier-auth-token', 'COURIER_API_KEY', messagingTokens.courierToken('test', 'courier-test')],
    ['dotdigital-api-password', 'DOTDIGITAL_API_PASSWORD', messagingTokens.dotdigitalPassword('dd-keyed')],
    // The part between `pk_` and the 28-character secret has no fixed length.
    ['courier-auth-token', 'COURIER_KEY', messagingTokens.courierToken(randomChars(ALNUM, 50, 'ws'), 'courier-ws')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('dotdigital-api-password: the password set beside an API user, in .env, JSON and YAML', async () => {
    const user = messagingTokens.dotdigitalUser();
    const pw = messagingTokens.dotdigitalPassword();
    const id = 'dotdigital-api-password';
    await expectIn(id, `DOTDIGITAL_USER=${user}\nDOTDIGITAL_PASSWORD=${pw}\n`, pw);
    await expectIn(id, `{"dotdigital": {"username": "${user}", "password": "${pw}"}}`, pw);
    await expectIn(id, `dotdigital:\n  user: ${user}\n  pass: '${pw}'\n`, pw);
    // Between double quotes, quotes, brackets and blanks are part of the password.
    const symbols = messagingTokens.dotdigitalSymbolPassword();
    await expectIn(id, `api:\n  dotdigital_email: "${user}"\n  dotdigital_password: "${symbols}"\n`, symbols);
    await expectIn(id, `{"dotdigital": {"username": "${user}", "password": "${symbols}"}}`, symbols);
    // Letters only, but not a word's case: a generated password.
    const letters = randomChars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12, 'dd-letters');
    await expectIn(id, `DOTDIGITAL_USER=${user}\nDOTDIGITAL_PASS=${letters}\n`, letters);
  });

  it('near misses of Courier and Dotdigital credentials', async () => {
    const user = messagingTokens.dotdigitalUser('s1');
    await expectNoProviderFinding(
      `COURIER_AUTH_TOKEN=${p('p', 'k_prod_', randomChars(ALNUM, 14, 's2'))}`,
      `COURIER_BRAND_KEY=${p('p', 'k_prod_', 'x'.repeat(28))}`,
      `DOTDIGITAL_USER=${user}\nDOTDIGITAL_REGION=r1\n`,
      `DOTDIGITAL_USER=${user}\nDOTDIGITAL_API_URL=https://r1-api.dotdigital.com\n`,
      // Code naming the key, not a password: a call's next argument, an object's next field.
      `['DOTDIGITAL_API_PASSWORD', messagingTokens.dotdigitalPassword('x')]`,
      `{key: "DOTDIGITAL_API_PASSWORD", samples: {found: []}}`,
      `password: dotdigitalPassword, DOTDIGITAL_API_PASSWORD: dotdigitalPassword`,
      `DOTDIGITAL_USER=${user}\nDOTDIGITAL_PASSWORD=\${DOTDIGITAL_PASSWORD}\n`,
      `DOTDIGITAL_USER=${user}\nDOTDIGITAL_PASSWORD=changeme\n`,
    );
  });
});

describe('messaging rules (Smooch, PubNub, Lob)', () => {
  it.each([
    ['pubnub-publish-key', messagingTokens.pubnubKey('pub')],
    ['pubnub-subscribe-key', messagingTokens.pubnubKey('sub')],
    ['lob-api-key', messagingTokens.lobKey()],
    ['lob-api-key', messagingTokens.lobKey('lob-t', 'test')],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it.each([
    ['smooch-api-secret', 'SMOOCH_SECRET', messagingTokens.smoochSecret()],
    ['smooch-api-secret', 'SMOOCH_API_KEY_SECRET', messagingTokens.smoochSecret('sm2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('near misses: key ids, publishable keys, wrong lengths, unrelated keys', async () => {
    await expectNoProviderFinding(
      p('SMOOCH_KEY_ID=act', '_', randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 24, 'sk')),
      `SMOOCH_SECRET=${randomChars(ALNUM, 40, 'sm3')}`,
      `UNRELATED_SETTING=${messagingTokens.smoochSecret('sm4')}`,
      p('pub', '-c-', uuid('pn1').slice(0, 30)),
      p('sub', '-c-', '00000000-0000-0000-0000-000000000000'),
      p('live', '_pub_', hex(31, 'lp')),
      p('test', '_', hex(32, 'l32')),
      p('test', '_', hex(40, 'l40')),
      p('latest', '_', hex(35, 'l35')),
    );
  });
});

describe('Brevo (Sendinblue) keys', () => {
  it.each([
    ['xkeysib', messagingTokens.brevoKey()],
    ['xsmtpsib', messagingTokens.brevoKey('smtp', 'xsmtpsib')],
  ])('brevo-api-key: the %s- prefix', async (_prefix, token) => {
    await expectFound('brevo-api-key', token);
  });

  it('near misses: a short key', async () => {
    await expectNotFound(messagingTokens.brevoKey('short').slice(0, 60));
  });
});

describe('Mailgun webhook signing keys and PubNub secret keys', () => {
  it.each(['MAILGUN_WEBHOOK_SIGNING_KEY', 'MAILGUN_SIGNING_KEY'])(
    'mailgun-webhook-signing-key under %s',
    async (key) => {
      await expectKeyed('mailgun-webhook-signing-key', key, messagingTokens.mailgunSigningKey(key));
    },
  );

  it('the same value under an API key name stays a Mailgun API key', async () => {
    await expectKeyed('mailgun-api-key', 'MAILGUN_API_KEY', messagingTokens.mailgunSigningKey('api'));
  });

  it('pubnub-secret-key: found in JSON, .env and code', async () => {
    await expectFound('pubnub-secret-key', messagingTokens.pubnubSecretKey());
  });

  it('near misses: a short signing key, a short or masked PubNub secret', async () => {
    await expectNoProviderFinding(`MAILGUN_SIGNING_KEY=${messagingTokens.mailgunSigningKey('short').slice(16)}`);
    await expectNotFound(messagingTokens.pubnubSecretKey('short').slice(0, 26), p('sec', '-c-', 'x'.repeat(48)));
  });
});
