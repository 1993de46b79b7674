/**
 * Data APIs an app or agent queries: Adafruit IO (IoT feeds), Alchemy (blockchain nodes), AppFollow
 * (app-store analytics), BestTime (foot traffic), Duffel and FlightLabs (flights), IEX Cloud
 * (market data).
 */
import type { RuleFamily } from './define.js';
import { ASSIGN, KEY_FILLER } from './keyed.js';
import { keyedJwtRule, keyedRule } from './keyed-rule.js';

export const dataApis: RuleFamily = {
  id: 'data-apis',
  providers: {
    adafruit: {
      name: 'Adafruit IO',
      revokeUrl: 'https://io.adafruit.com/',
      note: 'Open "My Key" (the key icon) in Adafruit IO and regenerate the key: the old one stops working, update every device.',
    },
    alchemy: {
      name: 'Alchemy',
      revokeUrl: 'https://dashboard.alchemy.com/apps',
      note: 'Delete the app (or rotate its API key) in the dashboard, and delete leaked access keys under Account > Access keys.',
    },
    appfollow: {
      name: 'AppFollow',
      revokeUrl: '',
      note: 'Regenerate the API token in AppFollow under Settings > API (the old token stops working).',
    },
    besttime: {
      name: 'BestTime',
      revokeUrl: 'https://besttime.app/api/v1/keys',
      note: 'Regenerate the private key in the BestTime account; the public key is safe to expose.',
    },
    duffel: {
      name: 'Duffel',
      revokeUrl: 'https://app.duffel.com/',
      note: 'Revoke the token under Developers > Access tokens and create a new one (live tokens can book and pay).',
    },
    flightlabs: {
      name: 'FlightLabs',
      revokeUrl: 'https://app.goflightlabs.com/dashboard',
      note: 'Reset the access key from the FlightLabs dashboard.',
    },
    iex: {
      name: 'IEX Cloud',
      revokeUrl: '',
      note: 'IEX Cloud was retired in August 2024: remove the token, and check that the same value is not reused elsewhere.',
    },
  },
  rules: [
    {
      id: 'adafruit-io-key',
      title: 'Adafruit IO key',
      provider: 'adafruit',
      keywords: ['aio_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`aio_[A-Za-z0-9]{28}`,
      samples: {
        found: [String.raw`aio_[A-Za-z0-9]{28}`],
        notFound: [String.raw`aio_[A-Za-z0-9]{14}`, String.raw`aio_x{28}`, String.raw`ratio_[A-Za-z0-9]{28}`],
      },
      peers: { gitleaks: ['adafruit-api-key'], trufflehog: ['adafruitio'] },
    },
    keyedRule({
      id: 'adafruit-io-key-legacy',
      title: 'Adafruit IO key (unprefixed)',
      provider: 'adafruit',
      // Keys before the `aio_` prefix: 32 characters under an Adafruit key (`ADAFRUIT_IO_KEY`).
      word: 'adafruit',
      value: '[A-Za-z0-9_-]{32}',
      format: '[a-f0-9]{32}',
      key: 'ADAFRUIT_IO_KEY',
      near: ['[a-f0-9]{16}', 'x{32}'],
      minEntropy: 3.2,
      peers: { gitleaks: ['adafruit-api-key'] },
    }),
    {
      id: 'alchemy-access-token',
      title: 'Alchemy access token',
      provider: 'alchemy',
      keywords: ['alcht_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>alcht_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`alcht_[A-Za-z0-9]{30}`,
      samples: {
        found: [String.raw`alcht_[A-Za-z0-9]{30}`],
        notFound: [String.raw`alcht_[A-Za-z0-9]{15}`, String.raw`alcht_x{30}`],
      },
      peers: { trufflehog: ['alchemy'] },
    },
    {
      id: 'alchemy-api-key',
      title: 'Alchemy API key',
      provider: 'alchemy',
      keywords: ['alchemy'],
      // Under an Alchemy key, or in an Alchemy RPC URL (`https://eth-mainnet.g.alchemy.com/v2/<key>`).
      pattern: new RegExp(
        String.raw`(?:(?<![A-Za-z0-9])alchemy${KEY_FILLER}(?:key|token|secret)${ASSIGN}|\.alchemy(?:api)?\.(?:com|io)/(?:v2|nft/v[23])/)` +
          String.raw`(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])`,
        'i',
      ),
      priority: 8,
      minEntropy: 3.5,
      format: String.raw`[A-Za-z0-9_-]{32}`,
      key: 'ALCHEMY_API_KEY',
      samples: {
        found: [
          String.raw`ALCHEMY_API_KEY=[A-Za-z0-9]{32}`,
          String.raw`https://eth-mainnet\.g\.alchemy\.com/v2/[A-Za-z0-9]{32}`,
        ],
        notFound: [
          String.raw`ALCHEMY_API_KEY=[A-Za-z0-9]{16}`,
          String.raw`ALCHEMY_API_KEY=x{32}`,
          String.raw`https://eth-mainnet\.g\.alchemy\.com/v2/demo`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9]{32}`,
        ],
      },
      peers: { trufflehog: ['alchemy'] },
    },
    keyedJwtRule({
      id: 'appfollow-api-token',
      title: 'AppFollow API token',
      provider: 'appfollow',
      word: 'appfollow',
      key: 'APPFOLLOW_API_TOKEN',
      peers: { trufflehog: ['appfollow'] },
    }),
    keyedRule({
      id: 'besttime-api-key',
      title: 'BestTime private API key',
      provider: 'besttime',
      // `pri_` private keys; `pub_` public keys are meant to be exposed. BestTime's own parameter
      // name (`api_key_private=`) names it as well as a `BESTTIME_...` key.
      word: '(?:besttime|api[_-]?key(?=[_-]?private))',
      keywords: ['besttime', 'api_key_private', 'api-key-private'],
      kind: '(?:key|token|secret|private)',
      value: 'pri_[a-f0-9]{32}',
      key: 'BESTTIME_API_KEY_PRIVATE',
      near: ['pri_[a-f0-9]{16}', 'pub_[a-f0-9]{32}', 'pri_0{32}'],
      peers: { trufflehog: ['besttime'] },
    }),
    {
      id: 'duffel-access-token',
      title: 'Duffel access token',
      provider: 'duffel',
      keywords: ['duffel_test_', 'duffel_live_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
      minEntropy: 3.5,
      format: String.raw`duffel_(?:test|live)_[A-Za-z0-9_-]{43}`,
      samples: {
        found: [String.raw`duffel_(?:test|live)_[A-Za-z0-9_-]{43}`],
        notFound: [String.raw`duffel_(?:test|live)_[A-Za-z0-9_-]{21}`, String.raw`duffel_live_X{43}`],
      },
      peers: { gitleaks: ['duffel-api-token'], trufflehog: ['duffeltoken'] },
    },
    keyedJwtRule({
      id: 'flightlabs-api-key',
      title: 'FlightLabs access key',
      provider: 'flightlabs',
      word: '(?:go)?flightlabs',
      key: 'FLIGHTLABS_ACCESS_KEY',
      peers: { trufflehog: ['flightlabs'] },
    }),
    keyedRule({
      id: 'iex-cloud-token',
      title: 'IEX Cloud secret token',
      provider: 'iex',
      // `sk_` secret tokens (`Tsk_` in the sandbox); `pk_` publishable ones are meant to be exposed.
      word: 'iex(?:apis|cloud|[_.-]?cloud)?',
      keywords: ['iex'],
      value: 'T?sk_[a-z0-9]{32}',
      format: 'T?sk_[a-f0-9]{32}',
      key: 'IEX_CLOUD_TOKEN',
      near: ['sk_[a-f0-9]{16}', 'pk_[a-f0-9]{32}', 'sk_0{32}'],
      peers: { trufflehog: ['iexapis'] },
    }),
  ],
};
