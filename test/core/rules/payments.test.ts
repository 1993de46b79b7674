import { describe, expect, it } from '@jest/globals';
import { ALNUM, BASE64, LOWER_ALNUM, URLSAFE, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { paymentsTokens } from '../../helpers/tokens/payments.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectKeyed, expectNoProviderFinding, found, expectIn } from './keyed-harness.js';

describe('payment rules', () => {
  it.each([
    ['square-access-token', paymentsTokens.squareAccessToken()],
    ['square-access-token', paymentsTokens.squareLegacyToken()],
    ['square-oauth-secret', paymentsTokens.squareSecret()],
    ['braintree-access-token', paymentsTokens.braintreeToken('production')],
    ['plaid-access-token', paymentsTokens.plaidAccessToken('production')],
    ['plaid-access-token', paymentsTokens.plaidAccessToken('development', 'plaid-dev')],
    ['adyen-api-key', paymentsTokens.adyenKey()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('sandbox credentials are warnings', async () => {
    const bt = paymentsTokens.braintreeToken('sandbox', 'bt-sb');
    const plaid = paymentsTokens.plaidAccessToken('sandbox', 'plaid-sb');
    const { findings } = await import('../../../src/core/engine.js').then(async ({ Engine }) => {
      const { resolveConfig } = await import('../../../src/core/config.js');
      return new Engine(resolveConfig(undefined)).scan({ path: 'f', text: `A=${bt}\nB=${plaid}\n` });
    });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['braintree-sandbox-token', 'warning'],
      ['plaid-sandbox-token', 'warning'],
    ]);
  });

  it.each([
    ['plaid-secret', 'PLAID_SECRET', hex(30, 'plaid-secret')],
    ['coinbase-api-secret', 'COINBASE_API_SECRET', randomChars(ALNUM, 32, 'cb')],
    ['coinbase-api-secret', 'COINBASE_PRIVATE_KEY', p(randomChars(BASE64, 86, 'cb2'), '==')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('adyen-api-key ends at the quote', async () => {
    const key = paymentsTokens.adyenKey('q');
    const text = `{"adyen": {"apiKey": "${key}", "merchant": "Acme"}}`;
    expect(await found(text)).toEqual([['adyen-api-key', text.indexOf(key) + 1]]);
  });

  it('near misses: wrong lengths, other prefixes, unrelated keys, placeholders', async () => {
    await expectNoProviderFinding(
      p('EA', 'AA', randomChars(URLSAFE, 40, 'n1')),
      p('EA', 'AB', randomChars(URLSAFE, 60, 'n2')),
      p('sq0', 'atp-', 'XXXXXXXXXXXXXXXXXXXXXX'),
      p('sq0', 'csp-', randomChars(URLSAFE, 20, 'n3')),
      p('access_token', '$production$', randomChars(LOWER_ALNUM, 16, 'n4'), '$', hex(30, 'n5')),
      p('access', '-production-', '<access-token>'),
      p('access', '-staging-', uuid('n6')),
      `PLAID_CLIENT_ID=${hex(24, 'n7')}`,
      `PLAID_SECRET=${hex(24, 'n8')}`,
      `COINBASE_API_KEY_NAME=${randomChars(ALNUM, 32, 'n9')}`,
      `COINBASE_API_SECRET=${randomChars(ALNUM, 20, 'n10')}`,
      p('AQ', 'E', randomChars(BASE64, 71, 'n11'), '=='),
      p(
        'AQ',
        'E',
        'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=-xxxxxxxxxxxxxxxx',
      ),
    );
  });

  it.each([
    ['baremetrics-api-key', 'BAREMETRICS_API_KEY', paymentsTokens.baremetricsKey()],
    ['chec-secret-key', 'CHEC_SECRET_KEY', paymentsTokens.checSecretKey()],
    ['chec-secret-key', 'CHECIO_API_KEY', paymentsTokens.checSecretKey('chec2')],
    // A sandbox key shares Stripe's `sk_test_` prefix; under a Chec key it is Chec's.
    ['chec-secret-key', 'CHEC_SECRET_KEY', paymentsTokens.checSecretKey('chec3', 'test_')],
    ['column-api-key', 'COLUMN_API_KEY', paymentsTokens.columnKey('live')],
    ['column-api-key', 'COLUMN_API_KEY', paymentsTokens.columnKey('test', 'column-test')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('near misses of Baremetrics, Chec and Column keys', async () => {
    await expectNoProviderFinding(
      `BAREMETRICS_API_KEY=${p('s', 'k_', randomChars(ALNUM, 8, 'r1'))}`,
      `CHEC_PUBLIC_KEY=${p('p', 'k_', randomChars(LOWER_ALNUM, 45, 'r2'))}`,
      `CHECK_TOKEN=${paymentsTokens.checSecretKey('r3')}`,
      `COLUMN_API_KEY=${p('prod', '_', randomChars(ALNUM, 27, 'r4'))}`,
      `SORT_COLUMN_KEY=${p('live', '_', 'x'.repeat(27))}`,
    );
  });
});

describe('payments rules (Razorpay, Ramp, Lemon Squeezy, Shippo, Ticket Tailor, Square apps)', () => {
  it.each([
    ['ramp-client-secret', paymentsTokens.rampSecret()],
    ['shippo-api-token', paymentsTokens.shippoToken()],
    ['shippo-api-token', paymentsTokens.shippoToken('shippo-t', 'test')],
    ['tickettailor-api-key', paymentsTokens.tickettailorKey()],
    ['square-oauth-secret', paymentsTokens.squareAppSecret()],
    ['square-oauth-secret', paymentsTokens.squareAppSecret('sqsb', true)],
  ])('%s: found in JSON, env and code', async (id, t) => {
    await expectFound(id, t);
  });

  it.each([
    ['razorpay-key-secret', 'RAZORPAY_KEY_SECRET', paymentsTokens.razorpaySecret()],
    ['razorpay-key-secret', 'RAZORPAY_SECRET', paymentsTokens.razorpaySecret('rzs2')],
    ['lemonsqueezy-api-key', 'LEMONSQUEEZY_API_KEY', paymentsTokens.lemonsqueezyKey()],
    ['lemonsqueezy-api-key', 'LEMON_SQUEEZY_API_KEY', paymentsTokens.lemonsqueezyKey('lsq2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('razorpay-key-pair: the secret beside its key id (basic auth, SDK arguments)', async () => {
    const id = paymentsTokens.razorpayKeyId();
    const secret = paymentsTokens.razorpaySecret('pair');
    await expectIn('razorpay-key-pair', `curl -u ${id}:${secret} https://api.razorpay.com/v1/orders`, secret);
    await expectIn('razorpay-key-pair', `client = razorpay.Client(auth=("${id}", "${secret}"))`, secret);
    await expectIn('razorpay-key-pair', `razorpay:\n  key_id: ${id}\n  key_secret: ${secret}\n`, secret);
    await expectIn('razorpay-key-pair', `# razorpay token - '${id}'\n# razorpay token - '${secret}'\n`, secret);
  });

  it('razorpay-key-pair leaves other values near a key id alone: one character class, too far, too long', async () => {
    const id = paymentsTokens.razorpayKeyId('far');
    await expectNoProviderFinding(
      `key: '${id}'\nrequest: '${randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 24, 'lower')}'`,
      `key: '${id}'\n${'// filler line of code\n'.repeat(30)}value: '${paymentsTokens.razorpaySecret('far')}'`,
      `key: '${id}'\nvalue: '${paymentsTokens.razorpaySecret('long')}X'`,
    );
  });

  it('near misses: key ids alone, short secrets, unrelated keys, other sk_ keys', async () => {
    await expectNoProviderFinding(
      `RAZORPAY_KEY_ID=${paymentsTokens.razorpayKeyId()}`,
      `key: '${paymentsTokens.razorpayKeyId('chk')}',`,
      `RAZORPAY_KEY_SECRET=${randomChars(ALNUM, 12, 'rz1')}`,
      `UNRELATED_SECRET=${paymentsTokens.razorpaySecret('rz2')}`,
      p('ramp', '_id_', randomChars(ALNUM, 40, 'rid')),
      p('ramp', '_sec_', randomChars(ALNUM, 30, 'rs')),
      p('shippo', '_live_', hex(30, 'sh1')),
      p('s', 'k_', '1234', '_', hex(32, 'tt1')),
      p('s', 'k_', randomChars('0123456789', 4, 'tt2'), '_', randomChars('0123456789', 6, 'tt3'), '_', hex(20, 'tt4')),
      p('sq0', 'idp-', randomChars(URLSAFE, 22, 'sqid')),
      `LEMONSQUEEZY_STORE_ID=12345`,
    );
  });
});

describe('KuCoin API secrets', () => {
  it.each(['KUCOIN_API_SECRET', 'KUCOIN_SECRET_KEY'])('kucoin-api-secret under %s', async (key) => {
    await expectKeyed('kucoin-api-secret', key, paymentsTokens.kucoinSecret(key));
  });

  it('near misses: a UUID under a KuCoin key that is no secret', async () => {
    await expectNoProviderFinding(`KUCOIN_ORDER_ID=${paymentsTokens.kucoinSecret('order')}`);
  });
});

describe('EasyPost and Flutterwave keys', () => {
  it.each([
    ['easypost-api-key', paymentsTokens.easypostKey()],
    ['easypost-api-key', paymentsTokens.easypostKey('eztk', 'EZTK')],
    ['flutterwave-secret-key', paymentsTokens.flutterwaveSecret()],
    ['flutterwave-secret-key', paymentsTokens.flutterwaveSecret('flwtest', '_TEST')],
    ['flutterwave-secret-key', paymentsTokens.flutterwaveEncryptionKey()],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: short keys, a public key', async () => {
    await expectNotFound(
      paymentsTokens.easypostKey('short').slice(0, 30),
      paymentsTokens.flutterwaveSecret('pub').replace('FLWSECK', 'FLWPUBK'),
    );
  });
});

describe('GoCardless access tokens and Freemius secret keys', () => {
  it('gocardless-access-token: found in JSON, .env and code', async () => {
    await expectFound('gocardless-access-token', paymentsTokens.gocardlessToken());
  });

  it('near misses: short, a word after live_, the live_ inside a Stripe key', async () => {
    await expectNotFound(
      paymentsTokens.gocardlessToken('short').slice(0, 30),
      p('live_', 'connection_handler_for_the_websocket_abc'),
    );
    const stripe = p('sk_', paymentsTokens.gocardlessToken('stripe'));
    expect((await found(`STRIPE_KEY=${stripe}`)).map(([id]) => id)).not.toContain('gocardless-access-token');
  });

  it('freemius-secret-key: the SDK array entry in a PHP file, and nowhere else', async () => {
    const key = paymentsTokens.freemiusSecretKey();
    for (const text of [
      `<?php\n$config = array(\n  "secret_key" => "${key}",\n);\n`,
      `  'secret_key'       => '${key}',\n`,
    ]) {
      const at = text.indexOf(key);
      const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
      expect(await found(text, 'includes/freemius.php')).toEqual([['freemius-secret-key', column]]);
      expect((await found(text, 'docs/setup.html')).map(([id]) => id)).not.toContain('freemius-secret-key');
    }
  });

  it('near misses: a short or masked sk_, a public key', async () => {
    for (const text of [
      `"secret_key" => "${paymentsTokens.freemiusSecretKey('short').slice(0, 15)}",`,
      `"secret_key" => "sk_${'x'.repeat(29)}",`,
      `"public_key" => "pk_${randomChars(ALNUM, 29, 'fspk')}",`,
    ])
      expect([text, await found(text, 'freemius.php')]).toEqual([text, []]);
  });
});

describe('KuCoin secrets under a token name', () => {
  it('kucoin-api-secret: a UUID under KUCOIN_TOKEN', async () => {
    await expectKeyed('kucoin-api-secret', 'KUCOIN_TOKEN', paymentsTokens.kucoinSecret('kucoin-token'));
  });
});
