/**
 * Monitoring, incident and LLM evaluation tools: Datadog, New Relic, PagerDuty, Braintrust, Rootly,
 * pganalyze, Dynatrace, Grafana's legacy API keys, and Sentry DSNs that carry a secret key.
 */
import type { RuleFamily } from './define.js';
import { prefixedRule } from './prefixed-rule.js';
import { keyedPattern, VALUE } from './keyed.js';
import { keyedRule } from './keyed-rule.js';

/** Datadog keys go by `DD_API_KEY` / `DD_APP_KEY` (the agent's own variables) as often as by `DATADOG_...`. */
const datadog = (kind: string): string => `(?:datadog|dd(?=[_.-]?${kind}))`;

export const observability: RuleFamily = {
  id: 'observability',
  providers: {
    dynatrace: {
      name: 'Dynatrace',
      revokeUrl: '',
      note: 'Revoke the token under Access tokens in your environment (https://<your-environment>.live.dynatrace.com/ui/access-tokens).',
    },
    datadog: {
      name: 'Datadog',
      revokeUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
      note: 'Revoke the API key (or the application key under Application Keys) and create a new one; use the site of your account (datadoghq.eu, us3, ...).',
    },
    newrelic: { name: 'New Relic', revokeUrl: 'https://one.newrelic.com/api-keys' },
    rootly: {
      name: 'Rootly',
      revokeUrl: 'https://rootly.com/account/api_keys',
      note: 'Revoke the key under Organization settings > API Keys and create a new one with the scope the integration needs.',
    },
    pganalyze: {
      name: 'pganalyze',
      revokeUrl: 'https://app.pganalyze.com/',
      note: 'Delete the API key under the organization > Settings > API Keys and create a new one.',
    },
    pagerduty: {
      name: 'PagerDuty',
      revokeUrl: '',
      note: 'Delete the key in your PagerDuty account under Integrations > API Access Keys (user tokens: My Profile > User Settings; integration keys: the service > Integrations).',
    },
    braintrust: {
      name: 'Braintrust',
      revokeUrl: 'https://www.braintrust.dev/app/settings?subroute=api-keys',
      note: 'Delete the API key under Settings > API keys (service tokens: Settings > Service tokens).',
    },
  },
  rules: [
    prefixedRule({
      id: 'dynatrace-api-token',
      title: 'Dynatrace API token',
      provider: 'dynatrace',
      prefixes: ['dt0c01.'],
      // `dt0c01.<24-character public id>.<64-character secret>`.
      body: String.raw`[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}`,
      short: String.raw`[A-Za-z0-9]{24}\.[A-Za-z0-9]{32}`,
      minEntropy: 4,
      peers: { gitleaks: ['dynatrace-api-token'] },
    }),
    prefixedRule({
      id: 'grafana-api-key',
      title: 'Grafana API key (legacy)',
      provider: 'grafana',
      // The base64 of `{"k":"...`: API keys before service account tokens.
      prefixes: ['eyJrIjoi'],
      body: '[A-Za-z0-9+/]{70,400}={0,3}',
      short: '[A-Za-z0-9]{30}',
      minEntropy: 4,
      peers: { gitleaks: ['grafana-api-key'] },
    }),
    prefixedRule({
      id: 'rootly-api-key',
      title: 'Rootly API key',
      provider: 'rootly',
      prefixes: ['rootly_'],
      body: '[a-f0-9]{64}',
      short: '[a-f0-9]{32}',
      peers: { trufflehog: ['rootly'] },
    }),
    prefixedRule({
      id: 'pganalyze-api-key',
      title: 'pganalyze read API key',
      provider: 'pganalyze',
      prefixes: ['pgar_'],
      body: '[A-Za-z0-9]{27}',
      short: '[A-Za-z0-9]{14}',
      peers: { trufflehog: ['pganalyzereadkey'] },
    }),
    {
      id: 'datadog-api-key',
      title: 'Datadog API key',
      provider: 'datadog',
      keywords: ['datadog', 'dd_api', 'dd-api', 'dd.api', 'ddapi'],
      pattern: keyedPattern({ provider: datadog('api'), kind: '(?:api[_.-]?key)', value: VALUE.hex32 }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{32}`,
      key: 'DD_API_KEY',
      samples: {
        found: [String.raw`DD_API_KEY=[a-f0-9]{32}`],
        notFound: [
          String.raw`DD_API_KEY=[a-f0-9]{16}`,
          String.raw`DD_API_KEY=0{32}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{32}`,
        ],
      },
      peers: { gitleaks: ['datadog-access-token'], trufflehog: ['datadogapikey'] },
    },
    {
      id: 'datadog-app-key',
      title: 'Datadog application key',
      provider: 'datadog',
      keywords: ['datadog', 'dd_app', 'dd-app', 'dd.app', 'ddapp'],
      pattern: keyedPattern({ provider: datadog('app'), kind: '(?:app(?:lication)?[_.-]?key)', value: VALUE.hex40 }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{40}`,
      key: 'DD_APP_KEY',
      samples: {
        found: [String.raw`DD_APP_KEY=[a-f0-9]{40}`],
        notFound: [
          String.raw`DD_APP_KEY=[a-f0-9]{20}`,
          String.raw`DD_APP_KEY=0{40}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{40}`,
        ],
      },
      peers: { gitleaks: ['datadog-access-token'], trufflehog: ['datadogtoken'] },
    },
    {
      id: 'newrelic-user-api-key',
      title: 'New Relic user API key',
      provider: 'newrelic',
      keywords: ['nrak-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`NRAK-[A-Z0-9]{27}`,
      samples: {
        found: [String.raw`NRAK-[A-Z0-9]{27}`],
        notFound: [String.raw`NRAK-[A-Z0-9]{13}`, String.raw`NRAK-X{27}`],
      },
      peers: { gitleaks: ['new-relic-user-api-key'], trufflehog: ['newrelicuserkey', 'newrelicpersonalapikey'] },
    },
    {
      id: 'newrelic-insights-key',
      title: 'New Relic Insights insert/query key',
      provider: 'newrelic',
      keywords: ['nrii-', 'nriq-'],
      // 32 URL-safe characters; the peers have also seen 25.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>NRI[IQ]-[A-Za-z0-9_-]{25,32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`NRI[IQ]-[A-Za-z0-9_-]{32}`,
      samples: {
        found: [String.raw`NRI[IQ]-[A-Za-z0-9_-]{25,32}`],
        notFound: [
          String.raw`NRI[IQ]-[A-Za-z0-9_-]{16}`,
          String.raw`NRI[IQ]-[A-Za-z0-9_-]{33}`,
          String.raw`NRI[IQ]-x{32}`,
        ],
      },
      peers: {
        gitleaks: ['new-relic-insert-key'],
        trufflehog: ['newrelicinsightsinsertkey', 'newrelicinsightsquerykey'],
      },
    },
    {
      id: 'newrelic-license-key',
      title: 'New Relic ingest license key',
      provider: 'newrelic',
      keywords: ['nral'],
      // 40 characters ending in `NRAL`: 36 hex (current keys: 32 hex and `FFFF`), or `eu01xx` and 30
      // for EU accounts.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:[a-fA-F0-9]{36}|eu01xx[a-fA-F0-9]{30})NRAL)(?![A-Za-z0-9_-])/,
      minEntropy: 3.2,
      format: String.raw`(?:[a-f0-9]{36}|[a-f0-9]{32}FFFF|eu01xx[a-f0-9]{26}FFFF)NRAL`,
      samples: {
        found: [String.raw`(?:[a-f0-9]{36}|[a-f0-9]{32}FFFF|eu01xx[a-f0-9]{26}FFFF)NRAL`],
        notFound: [String.raw`[a-f0-9]{18}NRAL`, String.raw`0{36}NRAL`, String.raw`[a-f0-9]{32}FFFFNRAM`],
      },
      peers: { trufflehog: ['newreliclicensekey'] },
    },
    {
      id: 'newrelic-browser-key',
      title: 'New Relic browser key',
      provider: 'newrelic',
      severity: 'warning',
      description: 'Browser keys ship in page scripts; worth knowing about, rarely worth rotating.',
      // `NRJS-` in browser agent snippets, `NRBR-` for the browser key as the peers see it.
      keywords: ['nrjs-', 'nrbr-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>NR(?:JS|BR)-[a-f0-9]{19})(?![A-Za-z0-9_-])/,
      minEntropy: 3,
      format: String.raw`NR(?:JS|BR)-[a-f0-9]{19}`,
      samples: {
        found: [String.raw`NR(?:JS|BR)-[a-f0-9]{19}`],
        notFound: [String.raw`NR(?:JS|BR)-[a-f0-9]{9}`, String.raw`NRJS-0{19}`],
      },
      peers: { gitleaks: ['new-relic-browser-api-token'], trufflehog: ['newrelicbrowserkey'] },
    },
    {
      id: 'pagerduty-api-key',
      title: 'PagerDuty API or integration key',
      provider: 'pagerduty',
      keywords: ['pagerduty'],
      // REST API keys are 20 characters (user tokens start `u+`); Events integration keys 32 hex.
      pattern: keyedPattern({
        provider: 'pagerduty',
        value: String.raw`(?:[a-f0-9]{32}|[A-Za-z0-9_+-]{20})`,
        tail: 'A-Za-z0-9_+-',
      }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`(?:[a-f0-9]{32}|[A-Za-z0-9_+-]{20})`,
      key: 'PAGERDUTY_API_KEY',
      samples: {
        found: [String.raw`PAGERDUTY_API_KEY=(?:[a-f0-9]{32}|[A-Za-z0-9_+-]{20})`],
        notFound: [
          String.raw`PAGERDUTY_API_KEY=[a-f0-9]{16}`,
          String.raw`PAGERDUTY_API_KEY=x{20}`,
          String.raw`UNRELATED_SETTING=[A-Za-z0-9_+-]{20}`,
        ],
      },
      peers: { trufflehog: ['pagerdutyapikey'] },
    },
    keyedRule({
      id: 'braintrust-api-key',
      title: 'Braintrust API key',
      provider: 'braintrust',
      // `sk-` and 48 letters and digits: OpenAI's old shape, so only under a Braintrust key.
      word: 'braintrust',
      value: 'sk-[A-Za-z0-9]{48}',
      key: 'BRAINTRUST_API_KEY',
      near: ['sk-[A-Za-z0-9]{24}', 'sk-x{48}'],
      minEntropy: 3.5,
      peers: { trufflehog: ['braintrust'] },
    }),
    {
      id: 'sentry-dsn-secret',
      title: 'Sentry DSN with a secret key',
      provider: 'sentry',
      keywords: ['sentry', 'dsn'],
      // Legacy DSNs `https://<public key>:<secret key>@host/<project>`; current ones have no secret.
      // Above the preset's generic URL-password rule (10), which would report the whole URL.
      pattern:
        /https?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[A-Za-z0-9_.-]{1,64}\/){0,4}\d{1,12}(?![A-Za-z0-9_/-])/,
      minEntropy: 3.2,
      priority: 11,
      format: String.raw`[a-f0-9]{32}`,
      samples: {
        found: [
          String.raw`SENTRY_DSN=https://[a-f0-9]{32}:[a-f0-9]{32}@o[1-9][0-9]{5}\.ingest\.sentry\.io/[1-9][0-9]{6}`,
        ],
        notFound: [
          String.raw`SENTRY_DSN=https://[a-f0-9]{32}@o[1-9][0-9]{5}\.ingest\.sentry\.io/[1-9][0-9]{6}`,
          String.raw`https://[a-f0-9]{32}:0{32}@o123456\.ingest\.sentry\.io/1234567`,
        ],
      },
    },
  ],
};
