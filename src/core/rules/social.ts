/**
 * Social network APIs: Facebook (Meta) access tokens and app secrets, X (Twitter) bearer tokens and
 * API secrets, LinkedIn client secrets. Their app and consumer ids are identifiers, not reported.
 */
import { isFalsePositiveValue } from '../placeholders.js';
import type { RuleFamily } from './define.js';
import { keyedPattern, VALUE } from './keyed.js';

/** A random token has digits and letters; a word run or a number does not. */
const mixed = (s: string): boolean => /\d/.test(s) && /[A-Za-z]/.test(s);

export const social: RuleFamily = {
  id: 'social',
  providers: {
    facebook: {
      name: 'Facebook (Meta)',
      revokeUrl: 'https://developers.facebook.com/apps/',
      note: 'Reset the app secret under App settings > Basic (that also invalidates app access tokens); page and user tokens end when the user removes the app or changes their password.',
    },
    twitter: {
      name: 'X (Twitter)',
      revokeUrl: 'https://developer.x.com/en/portal/projects-and-apps',
      note: 'Regenerate the bearer token, API key and secret, or access token and secret under the app > Keys and tokens.',
    },
    linkedin: {
      name: 'LinkedIn',
      revokeUrl: 'https://www.linkedin.com/developers/apps',
      note: 'Generate a new client secret under the app > Auth, then delete the old one.',
    },
  },
  rules: [
    {
      id: 'facebook-access-token',
      title: 'Facebook page or user access token',
      provider: 'facebook',
      keywords: ['eaa'],
      // `EAA`, a letter naming the issuing app kind, and 100 or more letters and digits.
      pattern: /(?<![A-Za-z0-9_+/-])(?<secret>EAA[A-Za-z0-9]{100,400})(?![A-Za-z0-9_+/=-])/,
      minEntropy: 4.5,
      validate: (secret) => mixed(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret.slice(3)),
      format: String.raw`EAA[A-Z][A-Za-z0-9]{150,250}`,
      samples: {
        found: [String.raw`EAA[A-Z][A-Za-z0-9]{150,250}`, String.raw`FB_PAGE_TOKEN=EAA[MC][A-Za-z0-9]{180}`],
        notFound: [
          String.raw`EAA[A-Z][A-Za-z0-9]{40}`,
          String.raw`EAAA{150}`,
          String.raw`[A-Za-z]{4}EAA[A-Z][A-Za-z0-9]{150}`,
        ],
      },
      peers: { gitleaks: ['facebook-page-access-token'] },
    },
    {
      id: 'facebook-app-access-token',
      title: 'Facebook app access token',
      provider: 'facebook',
      keywords: ['facebook', 'fb_', 'fb-', 'access_token='],
      // `<app id>|<app secret or client token>` (the `|` URL-encoded as `%7C` in a query string).
      pattern: /(?<![A-Za-z0-9])(?<secret>\d{15,16}(?:\||%7[Cc])[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      validate: (secret) => mixed(secret.slice(secret.search(/[|%]/) + 1)),
      format: String.raw`\d{15,16}\|[a-f0-9]{32}`,
      samples: {
        found: [
          String.raw`FACEBOOK_ACCESS_TOKEN=[1-9]\d{14,15}\|[a-f0-9]{32}`,
          String.raw`https:\/\/graph\.facebook\.com\/me\?access_token=[1-9]\d{14}%7C[a-f0-9]{32}`,
        ],
        notFound: [
          String.raw`FACEBOOK_ACCESS_TOKEN=[1-9]\d{14}\|[a-f0-9]{16}`,
          String.raw`FACEBOOK_ACCESS_TOKEN=[1-9]\d{14}\|0{32}`,
          String.raw`\| facebook \| [1-9]\d{14}\|[a-z]{32} \|`,
        ],
      },
      peers: { gitleaks: ['facebook-access-token'] },
    },
    {
      id: 'facebook-app-secret',
      title: 'Facebook app secret',
      provider: 'facebook',
      keywords: ['facebook', 'fb_', 'fb-', 'fb.', 'fbapp', 'fbclient', 'fbsecret'],
      pattern: keyedPattern({ provider: '(?:facebook|fb)', kind: '(?:secret|token|key)', value: VALUE.hex32 }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{32}`,
      key: 'FACEBOOK_APP_SECRET',
      samples: {
        found: [String.raw`FACEBOOK_APP_SECRET=[a-f0-9]{32}`, String.raw`'fb_secret' => '[a-f0-9]{32}'`],
        notFound: [
          String.raw`FACEBOOK_APP_SECRET=[a-f0-9]{16}`,
          String.raw`FACEBOOK_APP_ID=[a-f0-9]{32}`,
          String.raw`FACEBOOK_APP_SECRET=0{32}`,
        ],
      },
      peers: { gitleaks: ['facebook-secret'], trufflehog: ['facebookoauth'] },
    },
    {
      id: 'twitter-bearer-token',
      title: 'X (Twitter) app-only bearer token',
      provider: 'twitter',
      keywords: ['aaaaaaaaaaaaaaaaaaaa'],
      // A run of `A`s, then 80 to 110 letters, digits and URL escapes (`%2B`, `%3D`).
      pattern: /(?<![A-Za-z0-9%_+/-])(?<secret>A{20,24}[A-Za-z0-9%]{80,110})(?![A-Za-z0-9%_+/=-])/,
      // The leading `A`s are the format, not a placeholder run: judge what follows them.
      allowPlaceholders: true,
      validate: (secret) => {
        const rest = secret.replace(/^A+/, '');
        return secret.length - rest.length <= 25 && rest.length >= 60 && mixed(rest) && !isFalsePositiveValue(rest, 4);
      },
      format: String.raw`A{22}[A-Za-z0-9%]{80,100}`,
      samples: {
        found: [
          String.raw`A{22}[A-Za-z0-9%]{80,100}`,
          String.raw`TWITTER_BEARER_TOKEN="A{21}[A-Za-z0-9]{30}%2B[A-Za-z0-9]{60}"`,
        ],
        notFound: [String.raw`A{22}[A-Za-z0-9%]{30}`, String.raw`A{22}x{90}`, String.raw`A{60}[A-Za-z0-9]{70}`],
      },
      peers: { gitleaks: ['twitter-bearer-token'], trufflehog: ['twitter'] },
    },
    {
      id: 'twitter-access-token',
      title: 'X (Twitter) user access token',
      provider: 'twitter',
      keywords: ['twitter'],
      // `<user id>-<random>` under a Twitter key.
      pattern: keyedPattern({ provider: 'twitter', kind: '(?:token|key)', value: '[0-9]{15,25}-[A-Za-z0-9]{20,40}' }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`[0-9]{15,25}-[A-Za-z0-9]{20,40}`,
      key: 'TWITTER_ACCESS_TOKEN',
      samples: {
        found: [String.raw`TWITTER_ACCESS_TOKEN=[1-9][0-9]{17}-[A-Za-z0-9]{30}`],
        notFound: [
          String.raw`TWITTER_ACCESS_TOKEN=[1-9][0-9]{17}-[A-Za-z0-9]{8}`,
          String.raw`TWITTER_ACCESS_TOKEN=[1-9][0-9]{17}-x{30}`,
        ],
      },
      peers: { gitleaks: ['twitter-access-token'] },
    },
    {
      id: 'twitter-api-secret',
      title: 'X (Twitter) API key secret or access token secret',
      provider: 'twitter',
      keywords: ['twitter'],
      // The consumer (API key) secret is 50 letters and digits, the access token secret 45.
      pattern: keyedPattern({ provider: 'twitter', kind: '(?:secret)', value: '(?:[A-Za-z0-9]{50}|[A-Za-z0-9]{45})' }),
      minEntropy: 4,
      priority: 8,
      validate: mixed,
      format: String.raw`[A-Za-z0-9]{50}`,
      key: 'TWITTER_API_SECRET',
      samples: {
        found: [
          String.raw`TWITTER_API_SECRET=[A-Za-z0-9]{50}`,
          String.raw`twitter:\n  access_token_secret: [A-Za-z0-9]{45}`,
        ],
        notFound: [String.raw`TWITTER_API_SECRET=[A-Za-z0-9]{30}`, String.raw`TWITTER_API_SECRET=x{50}`],
      },
      peers: { gitleaks: ['twitter-api-secret', 'twitter-access-secret'], trufflehog: ['twitterconsumerkey'] },
    },
    {
      id: 'linkedin-client-secret',
      title: 'LinkedIn client secret',
      provider: 'linkedin',
      keywords: ['linkedin', 'linked_in', 'linked-in'],
      // 16 letters and digits, or the current `WPL_AP<n>.<16>.<base64>` form, under a LinkedIn key.
      pattern: keyedPattern({
        provider: 'linked[_-]?in',
        kind: '(?:secret|token|key|password)',
        value: String.raw`(?:[A-Za-z0-9]{16}|WPL_AP\d\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/]{4,24}={0,2})`,
        tail: 'A-Za-z0-9_+/=-',
      }),
      minEntropy: 3.2,
      priority: 8,
      validate: mixed,
      format: String.raw`[A-Za-z0-9]{16}`,
      key: 'LINKEDIN_CLIENT_SECRET',
      samples: {
        found: [
          String.raw`LINKEDIN_CLIENT_SECRET=[a-z]{3}[0-9]{3}[A-Za-z0-9]{10}`,
          String.raw`linkedin:\n  client_secret: "WPL_AP1\.[a-z]{3}[0-9]{3}[A-Za-z0-9]{10}\.[A-Za-z0-9]{6}=="`,
        ],
        notFound: [
          String.raw`LINKEDIN_CLIENT_SECRET=[a-z]{3}[0-9]{3}[A-Za-z0-9]{4}`,
          String.raw`LINKEDIN_CLIENT_ID=[a-z]{3}[0-9]{3}[A-Za-z0-9]{10}`,
          String.raw`LINKEDIN_CLIENT_SECRET=[a-z]{16}`,
        ],
      },
      peers: { gitleaks: ['linkedin-client-secret'] },
    },
  ],
};
