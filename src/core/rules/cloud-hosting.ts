/**
 * App hosting platforms: DigitalOcean, Heroku, Netlify, Fly.io, Railway, Render, Squarespace, OpenShift,
 * Scalingo, Yandex Cloud, Alibaba Cloud AccessKey pairs, and Cloudflare origin CA keys.
 */
import { isFalsePositiveValue, isIntroducedAsExample, isMaskedAfter } from '../placeholders.js';
import type { RuleFamily } from './define.js';
import { hasIdNearby, hasMixedClasses } from './pairs.js';
import { prefixedRule } from './prefixed-rule.js';
import { keyedPattern, VALUE } from './keyed.js';

/** An Alibaba Cloud AccessKey ID: `LTAI` and 12 to 24 letters and digits (an identifier, never reported alone). */
const ALIBABA_KEY_ID = /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,24}(?![A-Za-z0-9])/;

/** A Fly.io macaroon: `fm1a_`/`fm1r_`/`fm2_` and standard base64. */
const FLY_MACAROON = '(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{40,3000}={0,2}';

/**
 * A Fly.io macaroon is msgpack in base64: an array (first byte 0x90-0x9f, so `k` or `l` first)
 * whose integers and fixed-width fields hold zero bytes, which base64 writes as runs of `A`
 * (`lJPECAAAAAAAAMqc...`). Those runs are the format, not a placeholder: the rest is judged.
 */
function isFlyMacaroonList(secret: string): boolean {
  return secret.split(',').every((m) => {
    const body = m.slice(m.indexOf('_') + 1);
    return /^[kl]/.test(body) && !isFalsePositiveValue(body.replace(/A{4,}/g, ''), 3.5);
  });
}

export const cloudHosting: RuleFamily = {
  id: 'cloud-hosting',
  providers: {
    openshift: {
      name: 'OpenShift',
      revokeUrl: '',
      note: 'Log the session out (`oc logout`) or delete it: `oc delete oauthaccesstoken <name>` (the name is the token with sha256~ hashed).',
    },
    scalingo: { name: 'Scalingo', revokeUrl: 'https://dashboard.scalingo.com/account/tokens' },
    yandex: {
      name: 'Yandex Cloud',
      revokeUrl: 'https://console.yandex.cloud/',
      note: "Delete the API key under IAM > Service accounts > the account's API keys, and create a new one.",
    },
    squarespace: {
      name: 'Squarespace',
      revokeUrl: '',
      note: 'Revoke the key in your site under Settings > Advanced > Developer API Keys, and issue a new one.',
    },
    digitalocean: { name: 'DigitalOcean', revokeUrl: 'https://cloud.digitalocean.com/account/api/tokens' },
    heroku: {
      name: 'Heroku',
      revokeUrl: 'https://dashboard.heroku.com/account/applications',
      note: 'Revoke the authorization (`heroku authorizations:revoke`) or regenerate the API key under Account settings.',
    },
    netlify: { name: 'Netlify', revokeUrl: 'https://app.netlify.com/user/applications#personal-access-tokens' },
    fly: {
      name: 'Fly.io',
      revokeUrl: 'https://fly.io/dashboard/personal/tokens',
      note: 'Revoke it with `fly tokens revoke` or in the dashboard Tokens page, and issue a narrower deploy token.',
    },
    railway: { name: 'Railway', revokeUrl: 'https://railway.com/account/tokens' },
    alibaba: {
      name: 'Alibaba Cloud',
      revokeUrl: 'https://ram.console.aliyun.com/manage/ak',
      note: 'Disable, then delete the AccessKey pair in the RAM console (create the new pair first); prefer RAM roles and STS tokens over long-lived AccessKeys.',
    },
    render: { name: 'Render', revokeUrl: 'https://dashboard.render.com/u/settings#api-keys' },
  },
  rules: [
    {
      id: 'alibaba-access-key-pair',
      title: 'Alibaba Cloud AccessKey ID and secret',
      provider: 'alibaba',
      keywords: ['ltai'],
      // The AccessKey secret (30 letters and digits) in the same block as its `LTAI` AccessKey ID: the
      // ID alone is an identifier; beside the secret they are a working credential, reported once.
      pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
      minEntropy: 3.8,
      validate: (secret, m) =>
        !secret.startsWith('LTAI') && hasMixedClasses(secret) && hasIdNearby([ALIBABA_KEY_ID], m),
      description:
        'Alibaba Cloud AccessKey ID and secret: the ID alone is not reported; beside its secret they make a working credential.',
      format: String.raw`LTAI[A-Za-z0-9]{20}:[A-Z]{5}[a-z]{5}[0-9]{4}[A-Za-z0-9]{16}`,
      samples: {
        found: [
          String.raw`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI[A-Za-z0-9]{20}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=[A-Z]{5}[a-z]{5}[0-9]{4}[A-Za-z0-9]{16}`,
          String.raw`client = AcsClient\("LTAI[A-Za-z0-9]{16}", "[A-Z]{5}[a-z]{5}[0-9]{4}[A-Za-z0-9]{16}", "cn-hangzhou"\)`,
        ],
        notFound: [
          String.raw`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI[A-Za-z0-9]{20}`,
          String.raw`ALIBABA_CLOUD_ACCESS_KEY_SECRET=[A-Z]{5}[a-z]{5}[0-9]{4}[A-Za-z0-9]{16}`,
          String.raw`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI[A-Za-z0-9]{20}\nREQUEST_ID=[a-z0-9]{30}`,
        ],
      },
      peers: { trufflehog: ['alibaba'] },
    },
    prefixedRule({
      id: 'openshift-user-token',
      title: 'OpenShift OAuth access token',
      provider: 'openshift',
      prefixes: ['sha256~'],
      body: '[A-Za-z0-9_-]{43}',
      short: '[A-Za-z0-9_-]{20}',
      peers: { gitleaks: ['openshift-user-token'] },
    }),
    prefixedRule({
      id: 'scalingo-api-token',
      title: 'Scalingo API token',
      provider: 'scalingo',
      prefixes: ['tk-us-'],
      body: '[A-Za-z0-9_-]{48}',
      short: '[A-Za-z0-9_-]{24}',
      peers: { gitleaks: ['scalingo-api-token'] },
    }),
    prefixedRule({
      id: 'yandex-cloud-api-key',
      title: 'Yandex Cloud API key',
      provider: 'yandex',
      prefixes: ['AQVN'],
      body: '[A-Za-z0-9_-]{35,38}',
      short: '[A-Za-z0-9_-]{18}',
      // Four capitals also start words and base64 runs: a key has digits and lower case too.
      validate: (s) => /\d/.test(s) && /[a-z]/.test(s),
      peers: { gitleaks: ['yandex-api-key'] },
    }),
    {
      id: 'yandex-cloud-iam-token',
      title: 'Yandex Cloud IAM token',
      provider: 'yandex',
      // `t1.`, a base64url body, a dot and an 86-character base64url signature. Valid 12 hours at
      // most, so a warning: a committed one has usually expired, but it still names who could act.
      severity: 'warning',
      keywords: ['t1.'],
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>t1\.[A-Za-z0-9_-]{1,2000}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_=.-])/,
      minEntropy: 3.5,
      description:
        'A Yandex Cloud IAM token: a bearer credential for every API its account may call, for up to 12 hours.',
      format: String.raw`t1\.[A-Za-z0-9_-]{100,200}\.[A-Za-z0-9_-]{86}`,
      samples: {
        found: [String.raw`YC_TOKEN=t1\.[A-Za-z0-9_-]{100,200}\.[A-Za-z0-9_-]{86}`],
        notFound: [
          String.raw`t1\.[A-Za-z0-9_-]{100,200}\.[A-Za-z0-9_-]{40}`,
          String.raw`t1\.[A-Za-z0-9_-]{100,200}`,
          String.raw`t1\.x{120}\.x{86}`,
        ],
      },
      peers: { gitleaks: ['yandex-access-token'] },
    },
    {
      id: 'squarespace-api-key',
      title: 'Squarespace API key',
      provider: 'squarespace',
      keywords: ['squarespace'],
      // A UUID under a Squarespace key (Commerce APIs, `Authorization: Bearer <key>`).
      pattern: keyedPattern({ provider: 'squarespace', value: VALUE.uuid }),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'SQUARESPACE_API_KEY',
      samples: {
        found: [String.raw`SQUARESPACE_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`SQUARESPACE_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`SQUARESPACE_SITE_ID=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
      peers: { gitleaks: ['squarespace-access-token'], trufflehog: ['squarespace'] },
    },
    {
      id: 'digitalocean-pat',
      title: 'DigitalOcean personal access token',
      provider: 'digitalocean',
      keywords: ['dop_v1_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
      format: String.raw`dop_v1_[a-f0-9]{64}`,
      samples: {
        found: [String.raw`dop_v1_[a-f0-9]{64}`],
        notFound: [String.raw`dop_v1_[a-f0-9]{32}`, String.raw`dop_v1_0{64}`],
      },
      peers: { gitleaks: ['digitalocean-pat'], trufflehog: ['digitaloceanv2', 'digitaloceantoken'] },
    },
    {
      id: 'digitalocean-oauth-token',
      title: 'DigitalOcean OAuth token',
      provider: 'digitalocean',
      keywords: ['doo_v1_', 'dor_v1_'],
      // `doo_v1_` access and `dor_v1_` refresh tokens.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>do[or]_v1_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
      format: String.raw`do[or]_v1_[a-f0-9]{64}`,
      samples: {
        found: [String.raw`do[or]_v1_[a-f0-9]{64}`],
        notFound: [String.raw`do[or]_v1_[a-f0-9]{32}`, String.raw`do[or]_v1_0{64}`],
      },
      peers: { gitleaks: ['digitalocean-access-token', 'digitalocean-refresh-token'], trufflehog: ['digitaloceanv2'] },
    },
    {
      id: 'heroku-api-key',
      title: 'Heroku API key',
      provider: 'heroku',
      keywords: ['hrku-'],
      // Current keys: `HRKU-AA` and 58 base64url characters; CLI authorizations: `HRKU-` and a UUID.
      pattern: new RegExp(
        String.raw`(?<![A-Za-z0-9_-])(?<secret>HRKU-(?:AA[A-Za-z0-9_-]{58}|${VALUE.uuid}))(?![A-Za-z0-9_-])`,
      ),
      format: String.raw`HRKU-(?:AA[A-Za-z0-9_-]{58}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})`,
      samples: {
        found: [String.raw`HRKU-(?:AA[A-Za-z0-9_-]{58}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})`],
        notFound: [
          String.raw`HRKU-AA[A-Za-z0-9_-]{29}`,
          String.raw`HRKU-AAx{58}`,
          String.raw`HRKU-[a-f0-9]{8}-[a-f0-9]{4}`,
        ],
      },
      peers: { gitleaks: ['heroku-api-key-v2'], trufflehog: ['heroku'] },
    },
    {
      id: 'heroku-api-key-legacy',
      title: 'Heroku API key (UUID)',
      provider: 'heroku',
      keywords: ['heroku'],
      pattern: keyedPattern({ provider: 'heroku', value: VALUE.uuid }),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'HEROKU_API_KEY',
      samples: {
        found: [String.raw`HEROKU_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`HEROKU_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`HEROKU_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
      peers: { gitleaks: ['heroku-api-key'], trufflehog: ['heroku'] },
    },
    {
      id: 'netlify-pat',
      title: 'Netlify personal access token',
      provider: 'netlify',
      keywords: ['nfp_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>nfp_[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`nfp_[A-Za-z0-9]{40}`,
      samples: {
        found: [String.raw`nfp_[A-Za-z0-9]{40}`],
        notFound: [String.raw`nfp_[A-Za-z0-9]{20}`, String.raw`nfp_x{40}`],
      },
      peers: { gitleaks: ['netlify-access-token'], trufflehog: ['netlify'] },
    },
    {
      id: 'fly-access-token',
      title: 'Fly.io access token',
      provider: 'fly',
      keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_', 'flyv1 '],
      // OAuth tokens `fo1_`; macaroons, possibly several comma-joined after `FlyV1 `. After that scheme
      // any `fm<n>_` macaroon list is Fly's, whatever its base64 alphabet.
      pattern: new RegExp(
        String.raw`(?<![A-Za-z0-9+/_-])(?<secret>fo1_[A-Za-z0-9_-]{39,64}|${FLY_MACAROON}(?:,${FLY_MACAROON}){0,8}|(?<=FlyV1 )fm\d_[A-Za-z0-9+/=,_-]{100,6000})(?![A-Za-z0-9+/=_-])`,
      ),
      minEntropy: 3.5,
      // The shared filter, except on a msgpack macaroon list, judged without its zero-byte runs.
      allowPlaceholders: true,
      validate: (secret, m) =>
        !isMaskedAfter(m.input, m.index + m[0].length) &&
        !isIntroducedAsExample(m.input, m.index) &&
        (!isFalsePositiveValue(secret, 3.5) || isFlyMacaroonList(secret)),
      format: String.raw`fo1_[A-Za-z0-9_-]{39,64}|(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{40,3000}={0,2}(?:,(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{40,3000}={0,2}){0,8}`,
      samples: {
        found: [
          String.raw`Authorization: FlyV1 fm[0-9]_[A-Za-z0-9_-]{500,700}`,
          String.raw`fo1_[A-Za-z0-9_-]{39,64}|(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{40,3000}={0,2}(?:,(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{40,3000}={0,2}){0,8}`,
        ],
        notFound: [
          String.raw`fo1_[A-Za-z0-9_-]{20}`,
          String.raw`fo1_x{43}`,
          // Runs of `A` outside a msgpack macaroon are a placeholder.
          String.raw`FlyV1 fm2_A{600}`,
          String.raw`FlyV1 fm2_lJPE(?:ABCDEFGHIJKLMNOP){40}`,
          String.raw`fm2_[A-Za-z0-9+/]{20}`,
          String.raw`FlyV1 fm2_[A-Za-z0-9_-]{20}`,
        ],
      },
      peers: { gitleaks: ['flyio-access-token'], trufflehog: ['flyio'] },
    },
    {
      id: 'cloudflare-origin-ca-key',
      title: 'Cloudflare Origin CA key',
      provider: 'cloudflare',
      keywords: ['v1.0-'],
      // `v1.0-`, 24 hex characters, `-`, 146 hex characters (171 after the version).
      pattern: /(?<![A-Za-z0-9_.-])(?<secret>v1\.0-[A-Za-z0-9-]{171})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      // Hex as documented, at most a few dashes: not a 171-character slug of words.
      validate: (secret) => /[0-9]/.test(secret) && (secret.match(/-/g) ?? []).length <= 10,
      format: String.raw`v1\.0-[a-f0-9]{24}-[a-f0-9]{146}`,
      samples: {
        found: [String.raw`v1\.0-[a-f0-9]{24}-[a-f0-9]{146}`],
        notFound: [
          String.raw`v1\.0-[a-f0-9]{24}-[a-f0-9]{73}`,
          String.raw`v1\.0-0{24}-0{146}`,
          String.raw`v1\.0-(?:[a-z]{6}-){24}[a-z]{3}`,
        ],
      },
      peers: { gitleaks: ['cloudflare-origin-ca-key'], trufflehog: ['cloudflarecakey'] },
    },
    {
      id: 'railway-token',
      title: 'Railway API token',
      provider: 'railway',
      keywords: ['railway'],
      // Account, team and project tokens are UUIDs (`RAILWAY_TOKEN`, `RAILWAY_API_TOKEN`).
      pattern: keyedPattern({ provider: 'railway', value: VALUE.uuid }),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'RAILWAY_TOKEN',
      samples: {
        found: [String.raw`RAILWAY_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`RAILWAY_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`RAILWAY_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
      peers: { trufflehog: ['railwayapp'] },
    },
    {
      id: 'render-api-key',
      title: 'Render API key',
      provider: 'render',
      keywords: ['rnd_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`rnd_[A-Za-z0-9]{32}`,
      samples: {
        found: [String.raw`rnd_[A-Za-z0-9]{32}`],
        notFound: [String.raw`rnd_[A-Za-z0-9]{16}`, String.raw`rnd_x{32}`],
      },
    },
  ],
};
