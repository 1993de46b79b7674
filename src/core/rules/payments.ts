/**
 * Payments, money and commerce APIs: Square, PayPal Braintree, Plaid, Coinbase, Adyen, Baremetrics,
 * Chec (Commerce.js), Column, KuCoin, Razorpay, Ramp, Lemon Squeezy, Shippo, Ticket Tailor, EasyPost,
 * Flutterwave.
 */
import type { RuleFamily, SecretRuleSpec } from './define.js';
import { prefixedRule } from './prefixed-rule.js';
import { keyedPattern, VALUE } from './keyed.js';
import { keyedRule } from './keyed-rule.js';
import { hasIdNearby, hasMixedClasses, pairRule } from './pairs.js';

/** Plaid's secret; its client_id (24 characters) is an identifier, reported only beside it. */
const plaidSecret: SecretRuleSpec = {
  id: 'plaid-secret',
  title: 'Plaid API secret',
  provider: 'plaid',
  keywords: ['plaid'],
  // 30 hex characters under a Plaid secret key.
  pattern: keyedPattern({ provider: 'plaid', kind: 'secret', value: '[a-f0-9]{30}' }),
  minEntropy: 3.2,
  priority: 8,
  format: String.raw`[a-f0-9]{30}`,
  key: 'PLAID_SECRET',
  samples: {
    found: [String.raw`PLAID_SECRET=[a-f0-9]{30}`],
    notFound: [
      String.raw`PLAID_SECRET=[a-f0-9]{15}`,
      String.raw`PLAID_SECRET=0{30}`,
      String.raw`UNRELATED_SETTING=[a-f0-9]{30}`,
    ],
  },
  peers: { gitleaks: ['plaid-secret-key'], trufflehog: ['plaidkey'] },
};

export const payments: RuleFamily = {
  id: 'payments',
  providers: {
    easypost: { name: 'EasyPost', revokeUrl: 'https://www.easypost.com/account/api-keys' },
    freemius: {
      name: 'Freemius',
      revokeUrl: 'https://dashboard.freemius.com/',
      note: "Regenerate the product's secret key under the product > Settings > Keys, and update every build that embeds it.",
    },
    gocardless: {
      name: 'GoCardless',
      revokeUrl: 'https://manage.gocardless.com/developers/access-tokens',
      note: 'Revoke the access token under Developers > Access tokens and create a new one.',
    },
    flutterwave: { name: 'Flutterwave', revokeUrl: 'https://app.flutterwave.com/dashboard/settings/apis' },
    kucoin: {
      name: 'KuCoin',
      revokeUrl: 'https://www.kucoin.com/account/api',
      note: 'Delete the API key under API Management (its secret and passphrase go with it) and create a new one.',
    },
    square: {
      name: 'Square',
      revokeUrl: 'https://developer.squareup.com/apps',
      note: 'Replace the access token (or the application secret) under the application > Credentials, and revoke OAuth grants.',
    },
    braintree: {
      name: 'PayPal Braintree',
      revokeUrl: 'https://developer.paypal.com/dashboard/',
      note: 'Revoke the access token by disconnecting it from the PayPal account, then issue a new one.',
    },
    plaid: {
      name: 'Plaid',
      revokeUrl: 'https://dashboard.plaid.com/developers/keys',
      note: 'Rotate the secret in the dashboard; remove a leaked access token with /item/remove or rotate it with /item/access_token/invalidate.',
    },
    coinbase: {
      name: 'Coinbase',
      revokeUrl: 'https://portal.cdp.coinbase.com/projects/api-keys',
      note: 'Delete the API key and create a new one restricted to the permissions and IPs the server needs.',
    },
    baremetrics: {
      name: 'Baremetrics',
      revokeUrl: 'https://app.baremetrics.com/settings/api',
      note: 'Delete the API key under Settings > API and create a new one.',
    },
    chec: {
      name: 'Chec (Commerce.js)',
      revokeUrl: 'https://dashboard.chec.io/settings/developer',
      note: 'Regenerate the secret key under Developer > API keys; public keys are meant for storefronts.',
    },
    column: {
      name: 'Column',
      revokeUrl: 'https://dashboard.column.com/',
      note: 'Delete the API key under Developers > API Keys of the dashboard (live keys move money: check the transfers).',
    },
    adyen: {
      name: 'Adyen',
      revokeUrl: 'https://ca-live.adyen.com/',
      note: 'Generate a new API key for the API credential under Developers > API credentials, then delete the old one (test: ca-test.adyen.com).',
    },
    razorpay: {
      name: 'Razorpay',
      revokeUrl: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
      note: 'Regenerate the key pair under Account & Settings > API Keys (live and test mode separately); the key id alone is public, the secret is not.',
    },
    ramp: {
      name: 'Ramp',
      revokeUrl: 'https://app.ramp.com/developer',
      note: 'Rotate the client secret of the developer app (Company settings > Developer) and update the services that use it.',
    },
    lemonsqueezy: {
      name: 'Lemon Squeezy',
      revokeUrl: 'https://app.lemonsqueezy.com/settings/api',
      note: 'Delete the API key under Settings > API and create a new one.',
    },
    shippo: { name: 'Shippo', revokeUrl: 'https://apps.goshippo.com/settings/api' },
    tickettailor: {
      name: 'Ticket Tailor',
      revokeUrl: 'https://app.tickettailor.com/',
      note: 'Delete the API key under Box office settings > API and create a new one.',
    },
  },
  rules: [
    prefixedRule({
      id: 'gocardless-access-token',
      title: 'GoCardless live access token',
      provider: 'gocardless',
      // Live access tokens: `live_` and 40 base64url characters (`sandbox_` ones reach test data only).
      prefixes: ['live_'],
      body: '[A-Za-z0-9_=-]{40}',
      short: '[A-Za-z0-9_=-]{20}',
      // `live_` also starts words (`live_connection_handler_...`): a token mixes cases and digits.
      validate: (s) => /\d/.test(s) && /[a-z]/.test(s.slice(5)) && /[A-Z]/.test(s),
      peers: { gitleaks: ['gocardless-api-token'], trufflehog: ['gocardless'] },
    }),
    {
      id: 'freemius-secret-key',
      title: 'Freemius secret key',
      provider: 'freemius',
      keywords: ['secret_key'],
      // The SDK's `'secret_key' => 'sk_...'` array entry in its PHP config: `sk_` and 29 printable characters.
      paths: /\.php$/i,
      pattern: /["']secret_key["'][ \t]{0,40}=>[ \t]{0,40}["'](?<secret>sk_[\x21-\x7e]{29})["']/,
      minEntropy: 3.5,
      format: String.raw`sk_[A-Za-z0-9#&@*$!%^]{29}`,
      samples: {
        found: [String.raw`\$config = array\(\n  "secret_key" => "sk_[A-Za-z0-9#&@*$!%^]{29}",\n\);`],
        notFound: [
          String.raw`"secret_key" => "sk_[A-Za-z0-9]{12}",`,
          String.raw`"secret_key" => "sk_x{29}",`,
          String.raw`"public_key" => "pk_[A-Za-z0-9]{29}",`,
        ],
        path: 'freemius-config.php',
      },
      peers: { gitleaks: ['freemius-secret-key'] },
    },
    prefixedRule({
      id: 'easypost-api-key',
      title: 'EasyPost API key',
      provider: 'easypost',
      // Production (`EZAK`) and test (`EZTK`) keys.
      prefixes: ['EZAK', 'EZTK'],
      body: '[A-Za-z0-9]{54}',
      short: '[A-Za-z0-9]{27}',
      peers: { gitleaks: ['easypost-api-token', 'easypost-test-api-token'] },
    }),
    prefixedRule({
      id: 'flutterwave-secret-key',
      title: 'Flutterwave secret or encryption key',
      provider: 'flutterwave',
      // Secret keys `FLWSECK-<32>-X` (`FLWSECK_TEST-` in test mode); encryption keys `FLWSECK_TEST<12>`.
      prefixes: ['FLWSECK-', 'FLWSECK_TEST'],
      body: '-?(?:[a-h0-9]{32}-X|[a-h0-9]{12})',
      short: '-?[a-h0-9]{16}-X',
      minEntropy: 3,
      peers: { gitleaks: ['flutterwave-secret-key', 'flutterwave-encryption-key'], trufflehog: ['flutterwave'] },
    }),
    {
      id: 'kucoin-api-secret',
      title: 'KuCoin API secret',
      provider: 'kucoin',
      keywords: ['kucoin'],
      // A UUID under a KuCoin secret key (the 24-hex API key beside it names the key, it signs nothing).
      pattern: keyedPattern({ provider: 'kucoin', kind: '(?:secret|key|token)', value: VALUE.uuid }),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'KUCOIN_API_SECRET',
      samples: {
        found: [String.raw`KUCOIN_API_SECRET=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`KUCOIN_API_SECRET=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`KUCOIN_API_SECRET=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`KUCOIN_ORDER_ID=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
      peers: { gitleaks: ['kucoin-secret-key'], trufflehog: ['kucoin'] },
    },
    {
      id: 'square-access-token',
      title: 'Square access token',
      provider: 'square',
      keywords: ['eaaa', 'sq0atp-'],
      // Current tokens: `EAAA` and 60 base64url characters; older ones `sq0atp-` and 22.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}`,
      samples: {
        found: [String.raw`EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}`],
        notFound: [
          String.raw`EAAA[A-Za-z0-9_-]{30}`,
          String.raw`EAAAx{60}`,
          String.raw`sq0atp-[A-Za-z0-9_-]{11}`,
          String.raw`sq0atp-X{22}`,
        ],
      },
      peers: { gitleaks: ['square-access-token'], trufflehog: ['square'] },
    },
    {
      id: 'square-oauth-secret',
      title: 'Square application secret',
      provider: 'square',
      keywords: ['sq0c'],
      // `sq0csp-` and 43 characters (the peers accept any `sq0c` + two letters, and 40 to 50);
      // sandbox apps: `sandbox-sq0csb-`.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:sandbox-)?sq0c[a-z]{2}-[A-Za-z0-9_-]{40,50})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`(?:sandbox-)?sq0cs[pb]-[A-Za-z0-9_-]{43}`,
      samples: {
        found: [String.raw`(?:sandbox-)?sq0cs[pb]-[A-Za-z0-9_-]{40,50}`],
        notFound: [
          String.raw`sq0csp-[A-Za-z0-9_-]{21}`,
          String.raw`sq0csp-x{43}`,
          String.raw`sq0idp-[A-Za-z0-9_-]{22}`,
        ],
      },
      peers: { gitleaks: ['square-secret'], trufflehog: ['squareapp'] },
    },
    {
      id: 'braintree-access-token',
      title: 'PayPal Braintree access token',
      provider: 'braintree',
      keywords: ['access_token$production$'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9_$-])/,
      format: String.raw`access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}`,
      samples: {
        found: [String.raw`access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}`],
        notFound: [
          String.raw`access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{16}`,
          String.raw`access_token\$production\$[a-z0-9]{16}\$0{32}`,
        ],
      },
    },
    {
      id: 'braintree-sandbox-token',
      title: 'PayPal Braintree sandbox access token',
      provider: 'braintree',
      severity: 'warning',
      keywords: ['access_token$sandbox$'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>access_token\$sandbox\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9_$-])/,
      format: String.raw`access_token\$sandbox\$[a-z0-9]{16}\$[a-f0-9]{32}`,
      samples: {
        found: [String.raw`access_token\$sandbox\$[a-z0-9]{16}\$[a-f0-9]{32}`],
        notFound: [
          String.raw`access_token\$sandbox\$[a-z0-9]{16}\$[a-f0-9]{16}`,
          String.raw`access_token\$sandbox\$[a-z0-9]{16}\$0{32}`,
        ],
      },
    },
    {
      id: 'plaid-access-token',
      title: 'Plaid access token',
      provider: 'plaid',
      keywords: ['access-production-', 'access-development-'],
      pattern: new RegExp(
        String.raw`(?<![A-Za-z0-9_-])(?<secret>access-(?:production|development)-${VALUE.uuid})(?![A-Za-z0-9_-])`,
      ),
      format: String.raw`access-(?:production|development)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      samples: {
        found: [
          String.raw`access-(?:production|development)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
        notFound: [
          String.raw`access-(?:production|development)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`access-(?:production|development)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
        ],
      },
      peers: { gitleaks: ['plaid-api-token'], trufflehog: ['plaidkey'] },
    },
    {
      id: 'plaid-sandbox-token',
      title: 'Plaid sandbox access token',
      provider: 'plaid',
      severity: 'warning',
      keywords: ['access-sandbox-'],
      pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>access-sandbox-${VALUE.uuid})(?![A-Za-z0-9_-])`),
      format: String.raw`access-sandbox-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      samples: {
        found: [String.raw`access-sandbox-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`access-sandbox-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`access-sandbox-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
        ],
      },
      peers: { trufflehog: ['plaidkey'] },
    },
    plaidSecret,
    pairRule(plaidSecret, {
      id: 'plaid-client-secret-pair',
      title: 'Plaid client_id and secret pair',
      idKey: { provider: 'plaid', kind: 'client[_.-]?id', value: '[a-z0-9]{24}' },
      covers: ['plaid-client-id'],
      trufflehog: ['plaidkey'],
      samples: {
        found: [
          String.raw`PLAID_CLIENT_ID=[a-f0-9]{24}\nPLAID_SECRET=[a-f0-9]{30}`,
          String.raw`plaid:\n  secret: "[a-f0-9]{30}"\n  env: sandbox\n  client_id: "[a-f0-9]{24}"`,
        ],
        notFound: [
          String.raw`PLAID_CLIENT_ID=[a-f0-9]{24}`,
          String.raw`PLAID_SECRET=[a-f0-9]{30}`,
          String.raw`PLAID_CLIENT_ID=[a-f0-9]{24}\nPLAID_SECRET=0{30}`,
        ],
      },
    }),
    {
      id: 'coinbase-api-secret',
      title: 'Coinbase API secret',
      provider: 'coinbase',
      keywords: ['coinbase'],
      // Legacy secrets are 32 letters and digits; CDP secrets base64 (an Ed25519 key, 88 chars).
      pattern: keyedPattern({
        provider: 'coinbase',
        kind: '(?:secret|private[_.-]?key)',
        value: '[A-Za-z0-9+/]{32,88}={0,2}',
        tail: 'A-Za-z0-9+/=_-',
      }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9+/]{32,88}={0,2}`,
      key: 'COINBASE_API_SECRET',
      samples: {
        found: [String.raw`COINBASE_API_SECRET=[A-Za-z0-9+/]{32,88}={0,2}`],
        notFound: [
          String.raw`COINBASE_API_SECRET=[A-Za-z0-9+/]{16}={0,2}`,
          String.raw`COINBASE_API_SECRET=x{32}={0,2}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9+/]{32,88}={0,2}`,
        ],
      },
      peers: { gitleaks: ['coinbase-access-token'] },
    },
    keyedRule({
      id: 'baremetrics-api-key',
      title: 'Baremetrics API key',
      provider: 'baremetrics',
      // `sk_` (secret) or `lk_` (live) and about 20 characters, under a Baremetrics key.
      word: 'baremetrics',
      value: '(?:sk|lk)_[A-Za-z0-9]{18,25}',
      key: 'BAREMETRICS_API_KEY',
      near: ['(?:sk|lk)_[A-Za-z0-9]{9}', 'sk_x{20}'],
      peers: { trufflehog: ['baremetrics'] },
    }),
    keyedRule({
      id: 'chec-secret-key',
      title: 'Chec (Commerce.js) secret key',
      provider: 'chec',
      // Secret keys `sk_` (`sk_test_` in the sandbox); `pk_` public keys are meant to be exposed.
      // Under a Chec key a `sk_test_` key is Chec's, not Stripe's: this rule outranks the prefix one.
      word: 'chec(?!k)(?:[_.-]?io)?',
      priority: 11,
      // Gated on the word and what may follow it in a key: a bare `chec` is in every `check`.
      keywords: ['chec_', 'chec-', 'chec.', 'checio', 'checsecret', 'checapi', 'chec:', 'chec]', 'chec"'],
      value: 'sk_(?:test_)?[a-z0-9]{40,50}',
      format: 'sk_(?:test_)?[a-f0-9]{45}',
      key: 'CHEC_SECRET_KEY',
      near: ['sk_[a-f0-9]{20}', 'pk_[a-f0-9]{45}', 'sk_0{45}'],
      peers: { trufflehog: ['checio'] },
    }),
    keyedRule({
      id: 'column-api-key',
      title: 'Column API key',
      provider: 'column',
      word: 'column',
      // A bare `column` is in every table and grid; a Column key names its kind after the word.
      keywords: ['column_api', 'column-api', 'column.api', 'columnapi', 'column_secret', 'column_key', 'column]'],
      value: '(?:test|live)_[A-Za-z0-9]{27}',
      key: 'COLUMN_API_KEY',
      near: ['(?:test|live)_[A-Za-z0-9]{13}', 'live_x{27}'],
      peers: { trufflehog: ['column'] },
    }),
    {
      id: 'adyen-api-key',
      title: 'Adyen API key',
      provider: 'adyen',
      keywords: ['aqe'],
      // `AQE` + base64 block, `-` + a 44-character base64 block, `-` + a short checksum of any
      // printable characters (quotes and backslashes excepted: they end the value in every syntax).
      pattern:
        /(?<![A-Za-z0-9+/_-])(?<secret>AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{43}=-[\x21\x23-\x26\x28-\x5b\x5d-\x5f\x61-\x7e]{8,32})/,
      minEntropy: 4,
      format: String.raw`AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{43}=-[\x21\x23-\x26\x28-\x5b\x5d-\x5f\x61-\x7e]{8,32}`,
      samples: {
        found: [
          String.raw`AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{43}=-[\x21\x23-\x26\x28-\x5b\x5d-\x5f\x61-\x7e]{8,32}`,
        ],
        notFound: [
          String.raw`AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{21}=-[\x21\x23-\x26\x28-\x5b\x5d-\x5f\x61-\x7e]{8,32}`,
          String.raw`AQE[A-Za-z0-9+/]{40,200}={0,2}-x{43}=-[\x21\x23-\x26\x28-\x5b\x5d-\x5f\x61-\x7e]{8,32}`,
        ],
      },
    },
    {
      id: 'razorpay-key-secret',
      title: 'Razorpay key secret',
      provider: 'razorpay',
      keywords: ['razorpay', 'razor_pay'],
      // 24 letters and digits under a Razorpay key; its partner `rzp_live_...` key id is public.
      pattern: keyedPattern({ provider: 'razor[_.-]?pay', kind: '(?:secret|key)', value: '[A-Za-z0-9]{24}' }),
      minEntropy: 3.5,
      priority: 8,
      validate: (secret) => /\d/.test(secret) && /[A-Za-z]/.test(secret),
      format: String.raw`[A-Za-z0-9]{24}`,
      key: 'RAZORPAY_KEY_SECRET',
      samples: {
        found: [String.raw`RAZORPAY_KEY_SECRET=[A-Za-z]{12}[0-9]{2}[A-Za-z0-9]{10}`],
        notFound: [
          String.raw`RAZORPAY_KEY_ID=rzp_live_[A-Za-z0-9]{14}`,
          String.raw`RAZORPAY_KEY_SECRET=[A-Za-z0-9]{12}`,
          String.raw`UNRELATED_SETTING=[A-Za-z]{12}[0-9]{2}[A-Za-z0-9]{10}`,
        ],
      },
      peers: { trufflehog: ['razorpay'] },
    },
    {
      id: 'razorpay-key-pair',
      title: 'Razorpay key id and secret',
      provider: 'razorpay',
      description:
        'Razorpay key id and secret: the `rzp_live_`/`rzp_test_` key id alone is an identifier (it ships in checkout pages) and is not reported; beside its secret they make a working credential, reported once at the secret.',
      keywords: ['rzp_live_', 'rzp_test_'],
      // The secret (24 letters and digits, with both) in the same block as its key id: right after it
      // (`key_id:key_secret` in basic auth, `razorpay.Client(auth=("rzp_live_...", "..."))`) or on a
      // line of its own nearby; the secret is the finding.
      pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_])/,
      minEntropy: 3.5,
      validate: (secret, m) => hasMixedClasses(secret) && hasIdNearby([RAZORPAY_KEY_ID], m),
      format: String.raw`rzp_live_[A-Za-z0-9]{14}:[A-Za-z0-9]{24}`,
      samples: {
        found: [
          String.raw`curl -u rzp_live_[A-Za-z0-9]{14}:[A-Za-z]{12}[0-9]{2}[A-Za-z0-9]{10} https://api\.razorpay\.com/v1/orders`,
          String.raw`client = razorpay\.Client\(auth=\("rzp_test_[A-Za-z0-9]{14}", "[A-Za-z]{12}[0-9]{2}[A-Za-z0-9]{10}"\)\)`,
        ],
        notFound: [
          String.raw`rzp_live_[A-Za-z0-9]{14}`,
          String.raw`rzp_live_[A-Za-z0-9]{14}:[A-Za-z0-9]{10}`,
          String.raw`rzp_live_[A-Za-z0-9]{14}\nrequest_id: [a-z]{24}`,
        ],
      },
      peers: { trufflehog: ['razorpay'] },
    },
    prefixedRule({
      id: 'ramp-client-secret',
      title: 'Ramp API client secret',
      provider: 'ramp',
      // The client id beside it is `ramp_id_` and 40 characters: an identifier.
      prefixes: ['ramp_sec_'],
      body: '[A-Za-z0-9]{48}',
      short: '[A-Za-z0-9]{24}',
      peers: { trufflehog: ['ramp'] },
    }),
    {
      id: 'lemonsqueezy-api-key',
      title: 'Lemon Squeezy API key',
      provider: 'lemonsqueezy',
      keywords: ['lemonsqueezy', 'lemon_squeezy', 'lemon-squeezy', 'lemon.squeezy'],
      // A long RS256 JWT, named as Lemon Squeezy's by its key (a JWT alone says nothing of its issuer).
      pattern: keyedPattern({
        provider: 'lemon[_.-]?squeezy',
        value: String.raw`eyJ[A-Za-z0-9_-]{20,100}\.[A-Za-z0-9_-]{100,1500}\.[A-Za-z0-9_-]{100,700}`,
        tail: 'A-Za-z0-9_.-',
      }),
      minEntropy: 4,
      priority: 8,
      format: String.raw`(?<b64url>\{"typ":"JWT","alg":"RS256"\})\.(?<b64url>\{"aud":"1","jti":"[a-f0-9]{80}","iat":17[0-9]{8},"sub":"[0-9]{6}","scopes":\[\]\})\.[A-Za-z0-9_-]{512}`,
      key: 'LEMONSQUEEZY_API_KEY',
      samples: {
        found: [
          String.raw`LEMONSQUEEZY_API_KEY=(?<b64url>\{"typ":"JWT","alg":"RS256"\})\.(?<b64url>\{"aud":"1","jti":"[a-f0-9]{80}","iat":17[0-9]{8},"sub":"[0-9]{6}","scopes":\[\]\})\.[A-Za-z0-9_-]{512}`,
        ],
        notFound: [
          String.raw`LEMONSQUEEZY_STORE_ID=[0-9]{5}`,
          String.raw`LEMONSQUEEZY_API_KEY=(?<b64url>\{"typ":"JWT","alg":"RS256"\})\.[A-Za-z0-9_-]{40}\.[A-Za-z0-9_-]{40}`,
          String.raw`UNRELATED_TOKEN=(?<b64url>\{"typ":"JWT","alg":"RS256"\})\.(?<b64url>\{"aud":"1","jti":"[a-f0-9]{80}","iat":17[0-9]{8},"sub":"[0-9]{6}","scopes":\[\]\})\.[A-Za-z0-9_-]{512}`,
        ],
      },
      peers: { trufflehog: ['lemonsqueezy'] },
    },
    prefixedRule({
      id: 'shippo-api-token',
      title: 'Shippo API token',
      provider: 'shippo',
      prefixes: ['shippo_live_', 'shippo_test_'],
      body: '[a-fA-F0-9]{40}',
      short: '[a-f0-9]{20}',
      peers: { gitleaks: ['shippo-api-token'], trufflehog: ['shippo'] },
    }),
    {
      id: 'tickettailor-api-key',
      title: 'Ticket Tailor API key',
      provider: 'tickettailor',
      keywords: ['sk_'],
      // `sk_`, two numeric ids (4 and 6 digits), then 32 hex characters.
      pattern: /(?<![A-Za-z0-9_])(?<secret>sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32})(?![A-Za-z0-9_])/,
      format: String.raw`sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32}`,
      samples: {
        found: [String.raw`sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32}`],
        notFound: [String.raw`sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{16}`, String.raw`sk_[0-9]{4}_[0-9]{6}_0{32}`],
      },
      peers: { trufflehog: ['tickettailor'] },
    },
  ],
};

/** A Razorpay key id, the public half of a key pair. */
const RAZORPAY_KEY_ID = /(?<![A-Za-z0-9_])rzp_(?:live|test)_[A-Za-z0-9]{14}(?![A-Za-z0-9])/;
