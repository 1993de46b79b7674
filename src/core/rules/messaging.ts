/**
 * Email, SMS, chat, notification and mail APIs: Twilio, Mailgun, Mailchimp, Postmark, Courier,
 * Dotdigital, Smooch (Sunshine Conversations), PubNub, Lob, Brevo.
 */
import type { RuleFamily } from './define.js';
import { prefixedRule } from './prefixed-rule.js';
import { ASSIGN, KEY_FILLER, keyedPattern, VALUE } from './keyed.js';
import { keyedRule } from './keyed-rule.js';
import { looksLikePassword, passwordValue } from './password-value.js';

export const messaging: RuleFamily = {
  id: 'messaging',
  providers: {
    brevo: { name: 'Brevo (Sendinblue)', revokeUrl: 'https://app.brevo.com/settings/keys/api' },
    twilio: {
      name: 'Twilio',
      revokeUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
      note: 'Delete the API key, or rotate the auth token (promote the secondary token) under Account > API keys & tokens.',
    },
    mailgun: { name: 'Mailgun', revokeUrl: 'https://app.mailgun.com/settings/api_security' },
    mailchimp: {
      name: 'Mailchimp',
      revokeUrl: 'https://us1.admin.mailchimp.com/account/api/',
      note: 'Disable the key under Profile > Extras > API keys and create a new one.',
    },
    postmark: {
      name: 'Postmark',
      revokeUrl: 'https://account.postmarkapp.com/servers',
      note: 'Reset the server API token under the server > API Tokens (account tokens: Account > API Tokens).',
    },
    courier: {
      name: 'Courier',
      revokeUrl: 'https://app.courier.com/settings/api-keys',
      note: 'Rotate the auth token under Settings > API Keys (production and test keys are separate).',
    },
    dotdigital: {
      name: 'Dotdigital',
      revokeUrl: '',
      note: 'Change the API user password (or delete the user) under Settings > Access > API users of the account.',
    },
    smooch: {
      name: 'Smooch (Zendesk Sunshine Conversations)',
      revokeUrl: '',
      note: 'Delete the API key under Zendesk Admin Center > Apps and integrations > Conversations API (older Smooch accounts: the app > Settings > API keys) and create a new one.',
    },
    pubnub: {
      name: 'PubNub',
      revokeUrl: 'https://admin.pubnub.com/',
      note: 'Create a new keyset in the Admin Portal and move clients to it (keys cannot be rotated in place); enable Access Manager so that a subscribe key alone reads nothing.',
    },
    lob: {
      name: 'Lob',
      revokeUrl: 'https://dashboard.lob.com/settings/api-keys',
      note: 'Roll the secret API key under Settings > API Keys (live and test keys separately).',
    },
  },
  rules: [
    prefixedRule({
      id: 'brevo-api-key',
      title: 'Brevo (Sendinblue) API or SMTP key',
      provider: 'brevo',
      prefixes: ['xkeysib-', 'xsmtpsib-'],
      body: '[a-f0-9]{64}-[A-Za-z0-9]{16}',
      short: '[a-f0-9]{32}-[A-Za-z0-9]{16}',
      minEntropy: 3.2,
      peers: { gitleaks: ['sendinblue-api-token'] },
    }),
    {
      id: 'twilio-api-key',
      title: 'Twilio API key',
      provider: 'twilio',
      keywords: ['sk'],
      // API key SIDs: `SK` and 32 lowercase hex characters.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      format: String.raw`SK[0-9a-f]{32}`,
      samples: {
        found: [String.raw`SK[0-9a-f]{32}`],
        notFound: [String.raw`SK[0-9a-f]{16}`, String.raw`SK0{32}`],
      },
      peers: { gitleaks: ['twilio-api-key'], trufflehog: ['twilioapikey'] },
    },
    {
      id: 'twilio-auth-token',
      title: 'Twilio auth token or API key secret',
      provider: 'twilio',
      keywords: ['twilio'],
      // Auth tokens are 32 hex characters, API key secrets 32 letters and digits.
      pattern: keyedPattern({ provider: 'twilio', value: '[A-Za-z0-9]{32}' }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[A-Za-z0-9]{32}`,
      key: 'TWILIO_AUTH_TOKEN',
      samples: {
        found: [String.raw`TWILIO_AUTH_TOKEN=[A-Za-z0-9]{32}`],
        notFound: [
          String.raw`TWILIO_AUTH_TOKEN=[A-Za-z0-9]{16}`,
          String.raw`TWILIO_AUTH_TOKEN=x{32}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9]{32}`,
        ],
      },
      peers: { trufflehog: ['twilio'] },
    },
    {
      id: 'twilio-sid-auth-token',
      title: 'Twilio auth token (after its account SID)',
      provider: 'twilio',
      keywords: ['twilio'],
      // `AC<sid>:<token>` (basic auth: `curl -u`, URLs) or `Client("AC<sid>", "<token>")`. Above the
      // preset's generic URL-password rule (10), which would report the whole URL instead.
      pattern:
        /(?<![A-Za-z0-9_-])AC[0-9a-f]{32}(?::|["'\x60]\s{0,4},\s{0,4}["'\x60])(?<secret>[0-9a-f]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      priority: 11,
      format: String.raw`[0-9a-f]{32}`,
      samples: {
        found: [
          String.raw`TWILIO_CREDENTIALS=AC[0-9a-f]{32}:[0-9a-f]{32}`,
          String.raw`twilio_client = Client\("AC[0-9a-f]{32}", "[0-9a-f]{32}"\)`,
        ],
        notFound: [String.raw`AC[0-9a-f]{32}:[0-9a-f]{16}`, String.raw`AC[0-9a-f]{32}:0{32}`],
      },
      peers: { trufflehog: ['twilio'] },
    },
    {
      id: 'mailgun-private-api-key',
      title: 'Mailgun private API key',
      provider: 'mailgun',
      keywords: ['key-'],
      // Private API keys: `key-` and 32 lower-case letters and digits (Mailgun's own examples are not
      // hex only), with both letters and digits.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-z]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      validate: (secret) => /\d/.test(secret) && /[a-z]/.test(secret.slice(4)),
      format: String.raw`key-[0-9a-z]{32}`,
      samples: {
        found: [String.raw`key-[0-9a-f]{32}`, String.raw`key-[0-9][g-z][0-9a-z]{30}`],
        notFound: [String.raw`key-[0-9a-f]{16}`, String.raw`key-0{32}`, String.raw`key-[a-z]{32}`],
      },
      peers: { gitleaks: ['mailgun-private-api-token'], trufflehog: ['mailgun'] },
    },
    {
      id: 'mailgun-api-key',
      title: 'Mailgun API key',
      provider: 'mailgun',
      keywords: ['mailgun'],
      // Current keys: 32 hex, then two groups of 8 hex. That shape is Mailgun's own, so any key (or
      // none) will do in a text that names Mailgun.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}`,
      key: 'MAILGUN_API_KEY',
      samples: {
        found: [
          String.raw`MAILGUN_API_KEY=[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}`,
          String.raw`mailgun:\n  domain: mg\.acme\.dev\n  password: [a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}`,
        ],
        notFound: [
          String.raw`MAILGUN_API_KEY=[a-f0-9]{16}-[a-f0-9]{8}-[a-f0-9]{8}`,
          String.raw`MAILGUN_API_KEY=[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}-[a-f0-9]{4}`,
          String.raw`MAILGUN_API_KEY=0{32}-[a-f0-9]{8}-[a-f0-9]{8}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}`,
        ],
      },
      peers: { trufflehog: ['mailgun'] },
    },
    keyedRule({
      id: 'mailgun-webhook-signing-key',
      title: 'Mailgun webhook signing key',
      provider: 'mailgun',
      // The HTTP webhook signing key: same shape as an API key, under a signing-key name. It calls no
      // API, but whoever holds it can forge webhook events the application trusts.
      word: 'mailgun',
      kind: '(?:webhook[_.-]?)?signing[_.-]?(?:key|secret)',
      value: '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}',
      key: 'MAILGUN_WEBHOOK_SIGNING_KEY',
      near: ['[a-f0-9]{16}-[a-f0-9]{8}-[a-f0-9]{8}', '0{32}-[a-f0-9]{8}-[a-f0-9]{8}'],
      // Above `mailgun-api-key`, which takes the same value under any Mailgun key name.
      priority: 9,
      minEntropy: 3.2,
      peers: { gitleaks: ['mailgun-signing-key'] },
    }),
    {
      id: 'mailchimp-api-key',
      title: 'Mailchimp API key',
      provider: 'mailchimp',
      keywords: ['-us'],
      // 32 hex characters, then the data center (`-us6`). The match starts at the literal `-us` and
      // a lookbehind takes the key before it: a leading hex class would be tried at every position
      // of every text that says `en-us` (15x slower, measured on 30 MB of node_modules).
      pattern: /-us\d{1,2}(?![A-Za-z0-9_-])(?<=(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-us\d{1,2}))/,
      minEntropy: 3.2,
      format: String.raw`[0-9a-f]{32}-us[1-9][0-9]?`,
      samples: {
        found: [String.raw`MAILCHIMP_API_KEY=[0-9a-f]{32}-us[1-9][0-9]`],
        notFound: [String.raw`[0-9a-f]{16}-us12`, String.raw`0{32}-us12`, String.raw`[0-9a-f]{32}-usa`],
      },
      peers: { gitleaks: ['mailchimp-api-key'], trufflehog: ['mailchimp'] },
    },
    keyedRule({
      id: 'courier-auth-token',
      title: 'Courier auth token',
      provider: 'courier',
      // `pk_<environment>_` (`pk_prod_`, `pk_test_`) and 28 characters, under a Courier key.
      word: 'courier',
      value: 'pk_[A-Za-z0-9]{1,64}_[A-Za-z0-9]{28}',
      format: 'pk_(?:prod|test)_[A-Za-z0-9]{28}',
      key: 'COURIER_AUTH_TOKEN',
      near: ['pk_prod_[A-Za-z0-9]{14}', 'pk_prod_x{28}'],
      peers: { trufflehog: ['courier'] },
    }),
    {
      id: 'dotdigital-api-password',
      title: 'Dotdigital API user password',
      provider: 'dotdigital',
      keywords: ['@apiconnector.com', 'dotdigital'],
      // An API user is `apiuser-<12>@apiconnector.com`; its password is the first pass/password key
      // within 100 characters after it (the next line of a .env, the next field of a JSON object or
      // YAML map), or a password under a Dotdigital key.
      pattern: new RegExp(
        String.raw`(?:apiuser-[a-z0-9]{12}@apiconnector\.com[\s\S]{0,100}?|(?<![A-Za-z0-9])dotdigital${KEY_FILLER})` +
          String.raw`(?:password|passwd|pass|pwd|pw)${ASSIGN}${passwordValue(8, 64)}`,
        'i',
      ),
      minEntropy: 2.5,
      validate: looksLikePassword,
      format: String.raw`[A-Z][a-z]{4}[0-9]{3}[!#%&*]`,
      key: 'DOTDIGITAL_API_PASSWORD',
      samples: {
        found: [
          String.raw`DOTDIGITAL_USER=apiuser-[a-z0-9]{12}@apiconnector\.com\nAPI_PASS=[A-Z][a-z]{4}[0-9]{3}[!#%&*]`,
          String.raw`DOTDIGITAL_API_PASSWORD=[A-Z][a-z]{4}[0-9]{3}[!#%&*]`,
          // Between double quotes, a password may hold quotes, brackets and blanks.
          String.raw`dotdigital_email: "apiuser-[a-z0-9]{12}@apiconnector\.com"\ndotdigital_password: "[A-Z][a-z]{3}[{('] [0-9]{3}[!#%&*]"`,
        ],
        notFound: [
          String.raw`DOTDIGITAL_USER=apiuser-[a-z0-9]{12}@apiconnector\.com\nDOTDIGITAL_PASSWORD=\$\{DOTDIGITAL_PASSWORD\}`,
          String.raw`DOTDIGITAL_USER=apiuser-[a-z0-9]{12}@apiconnector\.com\nDOTDIGITAL_REGION=r1`,
          String.raw`DOTDIGITAL_API_PASSWORD=[a-z]{4}`,
          String.raw`dotdigital_password: "see the team vault"`,
        ],
      },
      peers: { trufflehog: ['dotdigital'] },
    },
    {
      id: 'postmark-server-token',
      title: 'Postmark API token',
      provider: 'postmark',
      keywords: ['postmark'],
      // Server and account tokens are UUIDs (`POSTMARK_SERVER_TOKEN`, `X-Postmark-Server-Token`).
      pattern: keyedPattern({ provider: 'postmark', value: VALUE.uuid }),
      minEntropy: 3,
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'POSTMARK_SERVER_TOKEN',
      samples: {
        found: [String.raw`POSTMARK_SERVER_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`POSTMARK_SERVER_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`POSTMARK_SERVER_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
      peers: { trufflehog: ['postmark'] },
    },
    {
      id: 'smooch-api-secret',
      title: 'Smooch (Sunshine Conversations) API key secret',
      provider: 'smooch',
      keywords: ['smooch'],
      // 86 URL-safe characters under a Smooch key; its key id (`act_` / `app_` + 24) is an identifier.
      pattern: keyedPattern({ provider: 'smooch', kind: '(?:secret|key)', value: '[A-Za-z0-9_-]{86}' }),
      minEntropy: 4,
      priority: 8,
      format: String.raw`[A-Za-z0-9_-]{86}`,
      key: 'SMOOCH_SECRET',
      samples: {
        found: [String.raw`SMOOCH_SECRET=[A-Za-z0-9_-]{86}`],
        notFound: [
          String.raw`SMOOCH_KEY_ID=act_[0-9a-z]{24}`,
          String.raw`SMOOCH_SECRET=[A-Za-z0-9_-]{40}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9_-]{86}`,
        ],
      },
      peers: { trufflehog: ['smooch'] },
    },
    {
      id: 'pubnub-publish-key',
      title: 'PubNub publish key',
      provider: 'pubnub',
      severity: 'warning',
      description: 'Publish keys often ship in clients; without Access Manager anyone holding one can publish.',
      keywords: ['pub-c-'],
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>pub-c-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})(?![A-Za-z0-9_-])/,
      format: String.raw`pub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      samples: {
        found: [String.raw`pub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`pub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`pub-c-0{8}-0{4}-0{4}-0{4}-0{12}`,
        ],
      },
      peers: { trufflehog: ['pubnubpublishkey'] },
    },
    {
      id: 'pubnub-subscribe-key',
      title: 'PubNub subscribe key',
      provider: 'pubnub',
      severity: 'warning',
      description: 'Subscribe keys ship in clients; without Access Manager anyone holding one reads every channel.',
      keywords: ['sub-c-'],
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>sub-c-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12})(?![A-Za-z0-9_-])/,
      format: String.raw`sub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      samples: {
        found: [String.raw`sub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`sub-c-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`sub-c-0{8}-0{4}-0{4}-0{4}-0{12}`,
        ],
      },
      peers: { trufflehog: ['pubnubsubscriptionkey', 'pubnubpublishkey'] },
    },
    prefixedRule({
      id: 'pubnub-secret-key',
      title: 'PubNub secret key',
      provider: 'pubnub',
      // `sec-c-` and base64 (48 characters for the current keys): it signs access-manager grants
      // and admin calls, unlike the publish and subscribe keys that ship in clients.
      prefixes: ['sec-c-'],
      body: '[A-Za-z0-9+/]{40,64}={0,2}',
      short: '[A-Za-z0-9+/]{20}',
      minEntropy: 4,
    }),
    {
      id: 'lob-api-key',
      title: 'Lob secret API key',
      provider: 'lob',
      // `live_` or `test_` and 35 hex characters (publishable keys are `live_pub_` / `test_pub_`).
      keywords: ['live_', 'test_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:live|test)_[a-f0-9]{35})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      format: String.raw`(?:live|test)_[a-f0-9]{35}`,
      samples: {
        found: [String.raw`LOB_API_KEY=(?:live|test)_[a-f0-9]{35}`],
        notFound: [
          String.raw`(?:live|test)_pub_[a-f0-9]{31}`,
          String.raw`(?:live|test)_[a-f0-9]{32}`,
          String.raw`(?:live|test)_[a-f0-9]{40}`,
        ],
      },
      peers: { gitleaks: ['lob-api-key'], trufflehog: ['lob'] },
    },
  ],
};
