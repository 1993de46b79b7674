/**
 * Work and content tools: Dropbox, Asana, Bannerbear, Caflou, Calendly, Close, monday.com, ClickUp,
 * Airtable, HubSpot, Salesforce, Intercom, Zendesk, Teamwork, Typeform, Livestorm, Shutterstock, Tableau.
 */
import { shannonEntropy } from '../entropy.js';
import { isFalsePositiveValue } from '../placeholders.js';
import type { RuleFamily } from './define.js';
import { looksRandom } from './generic.js';
import { decodeJwt } from './jwt-claims.js';
import { ASSIGN, decodeBase64, KEY_FILLER, keyedPattern, VALUE } from './keyed.js';
import { keyedJwtRule, keyedRule } from './keyed-rule.js';
import { pairRule } from './pairs.js';

/**
 * A Salesforce connected app's consumer secret: 64 letters and digits (upper-case hex as the App
 * Manager shows it), or 19 digits for apps created before that format.
 */
const salesforceSecret = keyedRule({
  id: 'salesforce-consumer-secret',
  title: 'Salesforce connected app consumer secret',
  provider: 'salesforce',
  word: '(?:salesforce|sfdc)',
  keywords: ['salesforce', 'sfdc'],
  kind: '(?:(?:consumer|client|oauth)[_.-]?)?secret',
  value: '[A-Za-z0-9]{64}|[0-9]{19}',
  format: '[A-F0-9]{64}',
  key: 'SALESFORCE_CONSUMER_SECRET',
  near: ['[A-F0-9]{32}', '0{64}', '(?:A1B2C3D4E5F6){5}A1B2'],
  minEntropy: 2.5,
  // The 64-character form as random as a generated secret is: not a walk or interleaved sequences
  // (`A1B2C3...`, what people type for one).
  validate: (secret) => (secret.length === 19 ? shannonEntropy(secret) >= 2.5 : looksRandom(secret, true)),
  peers: { trufflehog: ['salesforceoauth2'] },
});

export const productivity: RuleFamily = {
  id: 'productivity',
  providers: {
    salesforce: {
      name: 'Salesforce',
      revokeUrl: '',
      auditLog: "the org's Setup Audit Trail and the connected app's OAuth usage (Setup > Connected Apps OAuth Usage)",
      note: 'Rotate the consumer secret under Setup > App Manager > the connected app > View > Manage Consumer Details (staged rotation: generate, update the clients, then apply), and revoke the OAuth tokens it issued.',
    },
    tableau: {
      name: 'Tableau',
      revokeUrl: '',
      note: "Revoke the personal access token under My Account Settings > Personal Access Tokens of the Tableau Cloud site or Server (site admins can revoke any user's), then create a new one.",
    },
    dropbox: {
      name: 'Dropbox',
      revokeUrl: 'https://www.dropbox.com/account/connected_apps',
      note: 'Disconnect the app (or regenerate the token in the App Console); short-lived tokens expire within hours, refresh tokens do not.',
    },
    asana: { name: 'Asana', revokeUrl: 'https://app.asana.com/0/my-apps' },
    bannerbear: {
      name: 'Bannerbear',
      revokeUrl: 'https://app.bannerbear.com/',
      note: 'Reset the project (or master) API key under the project > Settings > API Key.',
    },
    caflou: {
      name: 'Caflou',
      revokeUrl: '',
      note: 'Delete the API token in Caflou under Settings > API and issue a new one.',
    },
    calendly: {
      name: 'Calendly',
      revokeUrl: 'https://calendly.com/integrations/api_webhooks',
      note: 'Delete the personal access token under Integrations > API & Webhooks and create a new one.',
    },
    close: {
      name: 'Close',
      revokeUrl: 'https://app.close.com/settings/developer/api-keys/',
      note: 'Delete the API key under Settings > Developer > API Keys.',
    },
    monday: {
      name: 'monday.com',
      revokeUrl: '',
      note: 'Regenerate the personal API token in your account under Avatar > Developers > My access tokens (the old one stops working).',
    },
    clickup: {
      name: 'ClickUp',
      revokeUrl: 'https://app.clickup.com/settings/apps',
      note: 'Regenerate the personal API token under Settings > Apps.',
    },
    airtable: { name: 'Airtable', revokeUrl: 'https://airtable.com/create/tokens' },
    beamer: {
      name: 'Beamer',
      revokeUrl: 'https://app.getbeamer.com/settings#api',
      note: 'Delete the API key under Settings > API and create a new one.',
    },
    hubspot: {
      name: 'HubSpot',
      revokeUrl: 'https://app.hubspot.com/private-apps/',
      note: 'Rotate the private app access token under Settings > Integrations > Private apps > Auth.',
    },
    intercom: {
      name: 'Intercom',
      revokeUrl: 'https://app.intercom.com/a/apps/_/developer-hub',
      note: 'Regenerate the access token under the app > Configure > Authentication in the Developer Hub.',
    },
    zendesk: {
      name: 'Zendesk',
      revokeUrl: '',
      note: 'Delete the token in your Zendesk Admin Center under Apps and integrations > APIs > API tokens.',
    },
    teamwork: {
      name: 'Teamwork',
      revokeUrl: '',
      note: 'Regenerate the API token under your profile > Edit my details > API & Mobile on your Teamwork site (Projects, CRM, Desk and Spaces share it).',
    },
    typeform: { name: 'Typeform', revokeUrl: 'https://admin.typeform.com/user/tokens' },
    livestorm: {
      name: 'Livestorm',
      revokeUrl: 'https://app.livestorm.co/#/settings?tab=integrations',
      note: 'Delete the API token under Account settings > Integrations > Public API and create a new one.',
    },
    shutterstock: {
      name: 'Shutterstock',
      revokeUrl: 'https://www.shutterstock.com/account/developers/apps',
      note: 'Regenerate the consumer secret of the app; an OAuth token stays valid until the user revokes the app.',
    },
  },
  rules: [
    salesforceSecret,
    pairRule(salesforceSecret, {
      id: 'salesforce-consumer-pair',
      title: 'Salesforce connected app consumer key and secret pair',
      // The consumer key is the app's OAuth client id: `3MVG9` and 80 or more characters.
      idKey: {
        provider: '(?:salesforce|sfdc)',
        kind: '(?:(?:consumer|client|oauth)[_.-]?)?(?:key|id)',
        value: '3MVG9[A-Za-z0-9._]{80,251}',
      },
      covers: [],
      trufflehog: ['salesforceoauth2'],
      samples: {
        found: [
          String.raw`SALESFORCE_CONSUMER_KEY=3MVG9[A-Za-z0-9]{40}\.[A-Za-z0-9]{40}\nSALESFORCE_CONSUMER_SECRET=[A-F0-9]{64}`,
          String.raw`salesforce:\n  consumer_secret: "[0-9]{19}"\n  consumer_key: "3MVG9[A-Za-z0-9]{40}\.[A-Za-z0-9]{40}"`,
        ],
        notFound: [
          String.raw`SALESFORCE_CONSUMER_KEY=3MVG9[A-Za-z0-9]{40}\.[A-Za-z0-9]{40}`,
          String.raw`SALESFORCE_CONSUMER_KEY=3MVG9[A-Za-z0-9]{40}\.[A-Za-z0-9]{40}\nSALESFORCE_CONSUMER_SECRET=\$\{SF_SECRET\}`,
        ],
      },
    }),
    keyedRule({
      id: 'beamer-api-key',
      title: 'Beamer API key',
      provider: 'beamer',
      // `b_` and 44 base64 characters, under a Beamer key name (`b_` alone is too common to stand alone).
      word: 'beamer',
      value: 'b_[A-Za-z0-9+/=_-]{44}',
      format: 'b_[A-Za-z0-9_-]{43}=',
      key: 'BEAMER_API_KEY',
      near: ['b_[A-Za-z0-9_-]{20}', 'b_x{44}'],
      peers: { gitleaks: ['beamer-api-token'], trufflehog: ['beamer'] },
    }),
    {
      id: 'dropbox-long-lived-token',
      title: 'Dropbox long-lived access token',
      provider: 'dropbox',
      keywords: ['dropbox'],
      // The legacy non-expiring token: 11 characters, ten `A`s, then 43 base64url characters, under a Dropbox key.
      pattern: keyedPattern({
        provider: 'dropbox',
        value: '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}',
        tail: 'A-Za-z0-9_=-',
      }),
      // The ten `A`s are the format, not a placeholder run: judge the random parts.
      allowPlaceholders: true,
      validate: (secret) => {
        const random = secret.slice(0, 11) + secret.slice(21);
        return !isFalsePositiveValue(random, 4);
      },
      priority: 8,
      format: String.raw`[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}`,
      key: 'DROPBOX_ACCESS_TOKEN',
      samples: {
        found: [String.raw`DROPBOX_ACCESS_TOKEN=[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}`],
        notFound: [
          String.raw`DROPBOX_ACCESS_TOKEN=[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{20}`,
          String.raw`DROPBOX_ACCESS_TOKEN=x{11}AAAAAAAAAAx{43}`,
          String.raw`DROPBOX_ACCESS_TOKEN=\$\{DROPBOX_TOKEN\}`,
        ],
      },
      peers: { gitleaks: ['dropbox-long-lived-api-token'] },
    },
    {
      id: 'dropbox-app-secret',
      title: 'Dropbox app secret',
      provider: 'dropbox',
      keywords: ['dropbox'],
      // 15 lowercase letters and digits under a Dropbox secret or token key (the app key beside it is public).
      pattern: keyedPattern({ provider: 'dropbox', kind: '(?:secret|token)', value: '[a-z0-9]{15}' }),
      minEntropy: 3.2,
      priority: 8,
      validate: (secret) => /\d/.test(secret) && /[a-z]/.test(secret),
      format: String.raw`[a-z0-9]{15}`,
      key: 'DROPBOX_APP_SECRET',
      samples: {
        found: [
          String.raw`DROPBOX_APP_SECRET=[a-z]{3}[0-9]{2}[a-z0-9]{10}`,
          String.raw`"dropboxApiToken": "[a-z]{3}[0-9]{2}[a-z0-9]{10}"`,
        ],
        notFound: [
          String.raw`DROPBOX_APP_SECRET=[a-z]{3}[0-9]{2}[a-z0-9]{4}`,
          String.raw`DROPBOX_APP_KEY=[a-z]{3}[0-9]{2}[a-z0-9]{10}`,
          String.raw`DROPBOX_APP_SECRET=0{15}`,
        ],
      },
      peers: { gitleaks: ['dropbox-api-token'] },
    },
    {
      id: 'dropbox-access-token',
      title: 'Dropbox short-lived access token',
      provider: 'dropbox',
      keywords: ['sl.'],
      // `sl.` (and `sl.u.` on current tokens) followed by a long base64url body.
      pattern: /(?<![A-Za-z0-9_.-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_-]{100,2000})(?![A-Za-z0-9_.=-])/,
      minEntropy: 4,
      format: String.raw`sl\.(?:u\.)?[A-Za-z0-9_-]{100,2000}`,
      samples: {
        found: [String.raw`sl\.(?:u\.)?[A-Za-z0-9_-]{100,2000}`],
        notFound: [String.raw`sl\.(?:u\.)?[A-Za-z0-9_-]{50}`, String.raw`sl\.(?:u\.)?x{100}`],
      },
      peers: { gitleaks: ['dropbox-short-lived-api-token'], trufflehog: ['dropbox'] },
    },
    {
      id: 'asana-pat',
      title: 'Asana personal access token',
      provider: 'asana',
      keywords: ['2/1', '2/2', '2/3', '2/4', '2/5', '2/6', '2/7', '2/8', '2/9'],
      // `2/<user gid>/<token gid>:<32 hex>`.
      pattern: /(?<![A-Za-z0-9_/.-])(?<secret>2\/[1-9]\d{9,19}\/[1-9]\d{9,19}:[a-f0-9]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      format: String.raw`2\/[1-9]\d{9,19}\/[1-9]\d{9,19}:[a-f0-9]{32}`,
      samples: {
        found: [String.raw`2\/[1-9]\d{9,19}\/[1-9]\d{9,19}:[a-f0-9]{32}`],
        notFound: [
          String.raw`2\/[1-9]\d{9,19}\/[1-9]\d{9,19}:[a-f0-9]{16}`,
          String.raw`2\/[1-9]\d{9,19}\/[1-9]\d{9,19}:0{32}`,
        ],
      },
      peers: { trufflehog: ['asanapersonalaccesstoken'] },
    },
    {
      id: 'asana-pat-legacy',
      title: 'Asana personal access token (legacy)',
      provider: 'asana',
      keywords: ['asana'],
      // `0/<32 hex>` and `1/<user gid>:<32 hex>` carry no prefix worth the name: keyed to Asana.
      pattern: keyedPattern({ provider: 'asana', value: String.raw`(?:0/[a-f0-9]{32}|1/\d{4,20}:[a-f0-9]{32})` }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`(?:0\/[a-f0-9]{32}|1\/\d{4,20}:[a-f0-9]{32})`,
      key: 'ASANA_ACCESS_TOKEN',
      samples: {
        found: [String.raw`ASANA_ACCESS_TOKEN=(?:0\/[a-f0-9]{32}|1\/\d{4,20}:[a-f0-9]{32})`],
        notFound: [
          String.raw`ASANA_ACCESS_TOKEN=0/[a-f0-9]{16}`,
          String.raw`ASANA_ACCESS_TOKEN=1/[0-9]{16}:0{32}`,
          String.raw`UNRELATED_SETTING=1/[0-9]{16}:[a-f0-9]{32}`,
        ],
      },
      peers: { trufflehog: ['asanapersonalaccesstoken'] },
    },
    {
      id: 'bannerbear-api-key',
      title: 'Bannerbear API key',
      provider: 'bannerbear',
      keywords: ['bb_pr_', 'bb_ma_'],
      // Project (`bb_pr_`) and master (`bb_ma_`) keys: 30 hex characters.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>bb_(?:pr|ma)_[a-f0-9]{30})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      format: String.raw`bb_(?:pr|ma)_[a-f0-9]{30}`,
      samples: {
        found: [String.raw`bb_(?:pr|ma)_[a-f0-9]{30}`],
        notFound: [String.raw`bb_(?:pr|ma)_[a-f0-9]{15}`, String.raw`bb_pr_0{30}`],
      },
      peers: { trufflehog: ['bannerbear'] },
    },
    keyedRule({
      id: 'bannerbear-api-key-legacy',
      title: 'Bannerbear API key (unprefixed)',
      provider: 'bannerbear',
      // Older keys: 22 letters and digits, then `tt`.
      word: 'bannerbear',
      value: '[A-Za-z0-9]{22}tt',
      key: 'BANNERBEAR_API_KEY',
      near: ['[A-Za-z0-9]{11}tt', 'x{22}tt'],
      peers: { trufflehog: ['bannerbear'] },
    }),
    keyedJwtRule({
      id: 'caflou-api-token',
      title: 'Caflou API token',
      provider: 'caflou',
      word: 'caflou',
      key: 'CAFLOU_API_TOKEN',
      peers: { trufflehog: ['caflou'] },
    }),
    keyedJwtRule({
      id: 'calendly-api-token',
      title: 'Calendly personal access token',
      provider: 'calendly',
      word: 'calendly',
      key: 'CALENDLY_API_TOKEN',
      peers: { trufflehog: ['calendlyapikey'] },
    }),
    keyedRule({
      id: 'close-api-key',
      title: 'Close API key',
      provider: 'close',
      // `api_` and 45 characters (two random parts joined by a dot), under a Close key.
      word: 'close(?:[_.-]?(?:crm|io|com))?',
      // A bare `close` is in every stream and socket; a Close key names its kind after the word.
      keywords: [
        'close_api',
        'close-api',
        'close.api',
        'closeapi',
        'closecrm',
        'close_crm',
        'closeio',
        'close_io',
        'close.io',
        'close.com',
        'close_com',
        'close_secret',
        'close_key',
        'close:',
        'close]',
      ],
      value: 'api_[A-Za-z0-9.]{45}',
      format: String.raw`api_[A-Za-z0-9]{22}\.[A-Za-z0-9]{22}`,
      key: 'CLOSE_API_KEY',
      near: [String.raw`api_[A-Za-z0-9]{11}\.[A-Za-z0-9]{11}`, 'api_x{45}'],
      peers: { trufflehog: ['closecrm'] },
    }),
    {
      id: 'monday-api-token',
      title: 'monday.com API token',
      provider: 'monday',
      keywords: ['monday'],
      // A JWT whose claims carry monday's user (`uid`) and account (`actid`/`tid`) ids.
      pattern: keyedPattern({ provider: 'monday', value: VALUE.jwt }),
      priority: 8,
      validate: (secret) => {
        const c = decodeJwt(secret)?.claims;
        return c !== undefined && 'uid' in c && ('tid' in c || 'actid' in c);
      },
      format: String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"tid":[1-9][0-9]{8},"aai":11,"uid":[1-9][0-9]{7},"iad":"2024-05-01T10:00:00\.000Z","per":"me:write","actid":[1-9][0-9]{6},"rgn":"use1"\})\.[A-Za-z0-9_-]{43}`,
      key: 'MONDAY_API_TOKEN',
      samples: {
        found: [
          String.raw`MONDAY_API_TOKEN=(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"tid":[1-9][0-9]{8},"aai":11,"uid":[1-9][0-9]{7},"iad":"2024-05-01T10:00:00\.000Z","per":"me:write","actid":[1-9][0-9]{6},"rgn":"use1"\})\.[A-Za-z0-9_-]{43}`,
        ],
        notFound: [
          String.raw`MONDAY_API_TOKEN=(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"sub":"[0-9]{8}","exp":19[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
        ],
      },
      peers: { trufflehog: ['monday'] },
    },
    {
      id: 'clickup-api-token',
      title: 'ClickUp personal API token',
      provider: 'clickup',
      keywords: ['pk_'],
      // `pk_<user id>_<32 uppercase letters and digits>`.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pk_\d{3,12}_[A-Z0-9]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`pk_\d{3,12}_[A-Z0-9]{32}`,
      samples: {
        found: [String.raw`pk_\d{3,12}_[A-Z0-9]{32}`],
        notFound: [String.raw`pk_\d{3,12}_[A-Z0-9]{16}`, String.raw`pk_\d{3,12}_X{32}`],
      },
      peers: { trufflehog: ['clickuppersonaltoken'] },
    },
    {
      id: 'airtable-pat',
      title: 'Airtable personal access token',
      provider: 'airtable',
      keywords: ['pat'],
      // `pat` + 14-character id, `.`, 64 hex characters of secret.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_.-])/,
      minEntropy: 3.5,
      format: String.raw`pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`,
      samples: {
        found: [String.raw`pat[A-Za-z0-9]{14}\.[a-f0-9]{64}`],
        notFound: [String.raw`pat[A-Za-z0-9]{14}\.[a-f0-9]{32}`, String.raw`pat[A-Za-z0-9]{14}\.0{64}`],
      },
      peers: { gitleaks: ['airtable-personnal-access-token'], trufflehog: ['airtablepersonalaccesstoken'] },
    },
    {
      id: 'airtable-oauth-token',
      title: 'Airtable OAuth access or refresh token',
      provider: 'airtable',
      keywords: ['.v1.eyj'],
      // `<17-character id>.v1.<base64url JSON>.<64 hex>`, the JSON naming the user and the OAuth
      // integration the token was granted to.
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{17}\.v1\.eyJ[A-Za-z0-9_-]{40,2000}\.[a-f0-9]{64})(?![A-Za-z0-9_.-])/,
      minEntropy: 4,
      validate: (secret) => isAirtableOauthClaims(secret.split('.')[2]!),
      format: String.raw`[A-Za-z0-9]{17}\.v1\.(?<b64url>\{"userId":"usr[A-Za-z0-9]{14}","oauthApplicationId":"oap[A-Za-z0-9]{14}","expiresAt":"2026-0[1-9]-1[0-9]T10:00:00\.000Z"\})\.[a-f0-9]{64}`,
      samples: {
        found: [
          String.raw`AIRTABLE_TOKEN=[A-Za-z0-9]{17}\.v1\.(?<b64url>\{"userId":"usr[A-Za-z0-9]{14}","oauthApplicationId":"oap[A-Za-z0-9]{14}","expiresAt":"2026-0[1-9]-1[0-9]T10:00:00\.000Z"\})\.[a-f0-9]{64}`,
        ],
        notFound: [
          String.raw`AIRTABLE_TOKEN=[A-Za-z0-9]{17}\.v1\.(?<b64url>\{"userId":"usr[A-Za-z0-9]{14}","role":"viewer"\})\.[a-f0-9]{64}`,
          String.raw`AIRTABLE_TOKEN=[A-Za-z0-9]{17}\.v1\.(?<b64url>\{"userId":"usr[A-Za-z0-9]{14}","oauthApplicationId":"oap[A-Za-z0-9]{14}","expiresAt":"2026-0[1-9]-1[0-9]T10:00:00\.000Z"\})\.[a-f0-9]{16}`,
        ],
      },
      peers: { trufflehog: ['airtableoauth'] },
    },
    {
      id: 'hubspot-private-app-token',
      title: 'HubSpot private app access token',
      provider: 'hubspot',
      keywords: ['pat-na', 'pat-eu', 'pat-ap'],
      // `pat-<region>-` and a UUID.
      pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap)\d-${VALUE.uuid})(?![A-Za-z0-9_-])`),
      format: String.raw`pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      samples: {
        found: [String.raw`pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
        ],
      },
      peers: { trufflehog: ['hubspot_apikey'] },
    },
    {
      id: 'hubspot-api-key',
      title: 'HubSpot API key (legacy)',
      provider: 'hubspot',
      keywords: ['hubspot', 'hapikey', 'hapi_key'],
      // Retired developer/API keys are UUIDs, under a HubSpot key or section, in a `hapikey=`
      // parameter, under the name HubSpot's clients gave it (`hapikey`, `HAPI_KEY`), or as the one
      // argument of a HubSpot client's constructor (`new HubSpotAPI("<uuid>")`).
      pattern: new RegExp(
        `(?:[?&]hapikey=|new[ \t]{1,4}hubspot[A-Za-z]{0,20}\\([ \t]{0,4}["'\x60]|(?<![A-Za-z0-9])(?:hapi_?key|hubspot${KEY_FILLER}(?:(?:api|developer)[_.-]?key|token))${ASSIGN})` +
          `(?<secret>${VALUE.uuid})(?![A-Za-z0-9_-])`,
        'i',
      ),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'HUBSPOT_API_KEY',
      samples: {
        found: [
          String.raw`HUBSPOT_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
          String.raw`const hs = new Hubspot\(\{ hapikey: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}' \}\);`,
          String.raw`const hs = new HubSpotAPI\("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"\);`,
          String.raw`'hubspot' => \[\n    'api_key' => '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',\n\],`,
        ],
        notFound: [
          String.raw`HUBSPOT_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`HUBSPOT_API_KEY=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
          // A HubSpot object's id is a UUID too: only a key or a client's constructor marks a key.
          String.raw`const portal = new HubSpotPortal\(\{ id: "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}" \}\);`,
          String.raw`'hubspot' => \[\n    'portal_id' => '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',\n\],`,
        ],
      },
      peers: { gitleaks: ['hubspot-api-key'], trufflehog: ['hubspot_apikey'] },
    },
    {
      id: 'intercom-access-token',
      title: 'Intercom access token',
      provider: 'intercom',
      keywords: ['dg9roj'],
      // base64 of `tok:<id>:<n>:<n>`, so always `dG9rOj` first.
      pattern: /(?<![A-Za-z0-9+/_-])(?<secret>dG9rOj[A-Za-z0-9+/]{40,150}={0,2})(?![A-Za-z0-9+/=_-])/,
      validate: (secret) => /^tok:[\x21-\x7e]{20,}$/.test(decodeBase64(secret) ?? ''),
      format: String.raw`(?<b64>tok:[0-9][a-f0-9]{7}_[a-f0-9]{4}_[a-f0-9]{4}_[a-f0-9]{4}_[a-f0-9]{12}:1:0)`,
      samples: {
        found: [
          String.raw`INTERCOM_ACCESS_TOKEN=(?<b64>tok:[0-9][a-f0-9]{7}_[a-f0-9]{4}_[a-f0-9]{4}_[a-f0-9]{4}_[a-f0-9]{12}:1:0)`,
        ],
        notFound: [String.raw`(?<b64>tok:[a-f0-9]{8})`, String.raw`dG9rOj[A-Za-z0-9+/]{20}`],
      },
      peers: { gitleaks: ['intercom-api-key'], trufflehog: ['intercom'] },
    },
    {
      id: 'zendesk-api-token',
      title: 'Zendesk API token',
      provider: 'zendesk',
      keywords: ['zendesk'],
      pattern: keyedPattern({ provider: 'zendesk', value: '[A-Za-z0-9]{40}' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9]{40}`,
      key: 'ZENDESK_API_TOKEN',
      samples: {
        found: [String.raw`ZENDESK_API_TOKEN=[A-Za-z0-9]{40}`],
        notFound: [
          String.raw`ZENDESK_API_TOKEN=[A-Za-z0-9]{20}`,
          String.raw`ZENDESK_API_TOKEN=x{40}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9]{40}`,
        ],
      },
      peers: { gitleaks: ['zendesk-secret-key'], trufflehog: ['zendeskapi'] },
    },
    {
      id: 'teamwork-api-token',
      title: 'Teamwork API token',
      provider: 'teamwork',
      // `tkn.v1_` and base64 (72 characters with its padding): Projects, CRM, Desk and Spaces alike.
      keywords: ['tkn.v1_'],
      pattern: /(?<![A-Za-z0-9_.])(?<secret>tkn\.v1_[A-Za-z0-9+/]{68,76}={0,2})(?![A-Za-z0-9+/=_-])/,
      minEntropy: 4,
      format: String.raw`tkn\.v1_[A-Za-z0-9]{71}=`,
      samples: {
        found: [String.raw`tkn\.v1_[A-Za-z0-9]{71}=`],
        notFound: [String.raw`tkn\.v1_[A-Za-z0-9]{30}=`, String.raw`tkn\.v1_x{71}=`],
      },
      peers: { trufflehog: ['teamworkcrm', 'teamworkdesk', 'teamworkspaces'] },
    },
    {
      id: 'typeform-api-token',
      title: 'Typeform personal access token',
      provider: 'typeform',
      keywords: ['tfp_'],
      // `tfp_` and 40 to 59 characters (mixed-case letters and digits, or 40 hex digits in tokens of
      // the older kind); `tfp_` also opens identifiers (TensorFlow Probability's alias), which a random
      // token's mix of digits and letters tells apart.
      pattern: /(?<![A-Za-z0-9_])(?<secret>tfp_[A-Za-z0-9_.=-]{40,59})(?![A-Za-z0-9_.=-])/,
      minEntropy: 3.4,
      validate: (secret) =>
        /^tfp_(?=[a-f]{0,39}\d)(?=\d{0,39}[a-f])[0-9a-f]{40}$/.test(secret) ||
        (/\d/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(4)) && shannonEntropy(secret) >= 4),
      format: String.raw`tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}`,
      samples: {
        found: [
          String.raw`TYPEFORM_TOKEN=tfp_[A-Z]{4}[a-z]{4}[0-9]{4}[A-Za-z0-9]{32}_[A-Za-z0-9]{14}`,
          String.raw`typeform_token = 'tfp_[a-f]{4}[0-9]{4}[0-9a-f]{32}'`,
        ],
        notFound: [
          String.raw`tfp_[A-Za-z0-9]{20}`,
          String.raw`tfp_[0-9a-f]{30}`,
          String.raw`tfp_[a-f]{40}`,
          String.raw`tfp_distributions_multivariate_normal_(?:diag|tril)_linear_operator`,
        ],
      },
      peers: { gitleaks: ['typeform-api-token'], trufflehog: ['typeform'] },
    },
    {
      id: 'typeform-legacy-token',
      title: 'Typeform personal access token (unprefixed)',
      provider: 'typeform',
      keywords: ['typeform'],
      // Tokens from before the `tfp_` prefix: 40 to 44 letters and digits under a Typeform key.
      pattern: keyedPattern({ provider: 'typeform', value: '[A-Za-z0-9]{40,44}' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[A-Za-z0-9]{44}`,
      key: 'TYPEFORM_TOKEN',
      samples: {
        found: [String.raw`TYPEFORM_TOKEN=[A-Za-z0-9]{44}`],
        notFound: [
          String.raw`TYPEFORM_FORM_ID=[A-Za-z0-9]{8}`,
          String.raw`TYPEFORM_TOKEN=[A-Za-z0-9]{20}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9]{44}`,
        ],
      },
      peers: { trufflehog: ['typeform'] },
    },
    {
      id: 'livestorm-api-token',
      title: 'Livestorm API token',
      provider: 'livestorm',
      // A JWT whose claims open with `{"aud":"api.livestorm.co"`: the issuer is in the token itself.
      keywords: ['eyjhdwqioijhcgkubgl2zxn0b3jtlmnv'],
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,100}\.eyJhdWQiOiJhcGkubGl2ZXN0b3JtLmNv[A-Za-z0-9_-]{20,1000}\.[A-Za-z0-9_-]{40,90})(?![A-Za-z0-9_.-])/,
      minEntropy: 4,
      format: String.raw`(?<b64url>\{"alg":"HS256"\})\.(?<b64url>\{"aud":"api\.livestorm\.co","jti":"[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}","org":"[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}"\})\.[A-Za-z0-9_-]{43}`,
      samples: {
        found: [
          String.raw`(?<b64url>\{"alg":"HS256"\})\.(?<b64url>\{"aud":"api\.livestorm\.co","jti":"[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}","org":"[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}"\})\.[A-Za-z0-9_-]{43}`,
        ],
        notFound: [
          String.raw`(?<b64url>\{"alg":"HS256"\})\.(?<b64url>\{"aud":"api\.example\.com","jti":"[a-f0-9]{32}"\})\.[A-Za-z0-9_-]{43}`,
          String.raw`(?<b64url>\{"alg":"HS256"\})\.(?<b64url>\{"aud":"api\.livestorm\.co","jti":"[a-f0-9]{32}"\})\.[A-Za-z0-9_-]{12}`,
        ],
      },
      peers: { trufflehog: ['livestorm'] },
    },
    {
      id: 'shutterstock-consumer-secret',
      title: 'Shutterstock consumer secret',
      provider: 'shutterstock',
      keywords: ['shutterstock'],
      // 16 letters and digits; the consumer key beside it (32) is the app's identifier.
      pattern: keyedPattern({ provider: 'shutterstock', kind: 'secret', value: '[A-Za-z0-9]{16}' }),
      minEntropy: 3.2,
      priority: 8,
      validate: (secret) => /\d/.test(secret) && /[A-Za-z]/.test(secret),
      format: String.raw`[A-Za-z]{8}[0-9]{2}[A-Za-z0-9]{6}`,
      key: 'SHUTTERSTOCK_CONSUMER_SECRET',
      samples: {
        found: [String.raw`SHUTTERSTOCK_CONSUMER_SECRET=[A-Za-z]{8}[0-9]{2}[A-Za-z0-9]{6}`],
        notFound: [
          String.raw`SHUTTERSTOCK_CONSUMER_KEY=[A-Za-z0-9]{32}`,
          String.raw`SHUTTERSTOCK_CONSUMER_SECRET=[A-Za-z0-9]{8}`,
          String.raw`UNRELATED_SECRET=[A-Za-z]{8}[0-9]{2}[A-Za-z0-9]{6}`,
        ],
      },
      peers: { trufflehog: ['shutterstock'] },
    },
    {
      id: 'shutterstock-oauth-token',
      title: 'Shutterstock OAuth access token',
      provider: 'shutterstock',
      keywords: ['shutterstock'],
      // `v2/` and a long run of letters and digits (388 in the peers' samples), under a Shutterstock key.
      pattern: keyedPattern({ provider: 'shutterstock', value: 'v2/[A-Za-z0-9]{300,500}' }),
      minEntropy: 4,
      priority: 8,
      format: String.raw`v2/[A-Za-z0-9]{388}`,
      key: 'SHUTTERSTOCK_API_TOKEN',
      samples: {
        found: [String.raw`SHUTTERSTOCK_API_TOKEN=v2/[A-Za-z0-9]{388}`],
        notFound: [
          String.raw`SHUTTERSTOCK_API_TOKEN=v2/[A-Za-z0-9]{40}`,
          String.raw`UNRELATED_TOKEN=v2/[A-Za-z0-9]{388}`,
        ],
      },
      peers: { trufflehog: ['shutterstockoauth'] },
    },
    {
      id: 'tableau-pat-secret',
      title: 'Tableau personal access token secret',
      provider: 'tableau',
      keywords: ['tableau'],
      // The secret of a personal access token: 16 bytes in base64 (22 characters and `==`), `:` and 32
      // letters and digits. A shape that distinctive needs only Tableau named in the same text (the
      // token's name and the server usually sit beside it).
      pattern: /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})(?![A-Za-z0-9+/=])/,
      minEntropy: 4,
      format: String.raw`[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}`,
      samples: {
        found: [
          String.raw`TABLEAU_PAT_NAME=ci-extracts\nTABLEAU_PAT_SECRET=[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}`,
          String.raw`server: https://[a-z]{8}\.online\.tableau\.com\ntoken_secret: [A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}`,
        ],
        notFound: [
          String.raw`TABLEAU_PAT_SECRET=[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{16}`,
          String.raw`TABLEAU_PAT_SECRET=[A-Za-z0-9+/]{22}==:x{32}`,
          String.raw`SESSION_SECRET=[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}`,
        ],
      },
      peers: { trufflehog: ['tableau'] },
    },
  ],
};

/** The claims of an Airtable OAuth token name its user and the OAuth integration it was granted to. */
function isAirtableOauthClaims(segment: string): boolean {
  try {
    const claims = JSON.parse(decodeBase64(segment) ?? '') as Record<string, unknown>;
    return typeof claims['userId'] === 'string' && typeof claims['oauthApplicationId'] === 'string';
  } catch {
    return false;
  }
}
