import { describe, expect, it } from '@jest/globals';
import { ALNUM, UPPER_ALNUM, URLSAFE, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { observabilityTokens } from '../../helpers/tokens/observability.js';
import { expectFound, expectNotFound } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding, found } from './keyed-harness.js';

describe('observability rules', () => {
  it.each([
    ['newrelic-user-api-key', observabilityTokens.newrelicUserKey()],
    ['newrelic-insights-key', observabilityTokens.newrelicInsertKey()],
    ['newrelic-license-key', observabilityTokens.newrelicLicenseKey()],
    ['newrelic-browser-key', observabilityTokens.newrelicBrowserKey()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it.each([
    ['datadog-api-key', 'DD_API_KEY', hex(32, 'dd')],
    ['datadog-api-key', 'DATADOG_API_KEY', hex(32, 'dd2')],
    ['datadog-app-key', 'DD_APP_KEY', hex(40, 'dd3')],
    ['datadog-app-key', 'DATADOG_APPLICATION_KEY', hex(40, 'dd4')],
    ['pagerduty-api-key', 'PAGERDUTY_API_KEY', observabilityTokens.pagerdutyUserToken()],
    ['pagerduty-api-key', 'PAGERDUTY_INTEGRATION_KEY', hex(32, 'pd2')],
  ])('%s: found under %s', async (id, key, token) => {
    await expectKeyed(id, key, token);
  });

  it('datadog-api-key in the DD-API-KEY header', async () => {
    const k = hex(32, 'ddh');
    await expectIn('datadog-api-key', `curl -H "DD-API-KEY: ${k}" https://api.datadoghq.com/api/v1/validate`, k);
  });

  it('sentry-dsn-secret: the secret of a legacy DSN, not the whole URL', async () => {
    const secret = hex(32, 'dsn-secret');
    const dsn = observabilityTokens.sentryDsn(secret);
    await expectIn('sentry-dsn-secret', `SENTRY_DSN=${dsn}\n`, secret);
    await expectIn('sentry-dsn-secret', `Sentry.init({ dsn: "${dsn}" })`, secret);
    const selfHosted = p('https://', hex(32, 'pk'), ':', secret, '@sentry.acme.internal:9000/sentry/12');
    await expectIn('sentry-dsn-secret', `{"dsn": "${selfHosted}"}`, secret);
  });

  it('a current DSN (public key only) is not a finding', async () => {
    expect(await found(`SENTRY_DSN=https://${hex(32, 'pub')}@o4501.ingest.sentry.io/4507\n`)).toEqual([]);
  });

  it('near misses: trace ids, other keys, wrong lengths, placeholders', async () => {
    await expectNoProviderFinding(
      `DD_TRACE_ID=${hex(32, 'n1')}`,
      `DATADOG_SITE=${hex(32, 'n2')}`,
      `DD_API_KEY=${hex(31, 'n3')}`,
      `DD_APP_KEY=${hex(32, 'n4')}`,
      `ADD_API_KEY=${hex(32, 'n5')}`,
      'DD_API_KEY=<your-datadog-api-key-here>',
      p('NR', 'AK-', randomChars(UPPER_ALNUM, 20, 'n6')),
      p('NR', 'AK-', randomChars(ALNUM, 27, 'n7').toLowerCase()),
      p(hex(30, 'n8'), 'NR', 'AL'),
      p('NR', 'JS-', hex(12, 'n9')),
      `PAGERDUTY_SERVICE_ID=${randomChars(UPPER_ALNUM, 20, 'n10')}`,
      `PAGERDUTY_API_KEY=${randomChars(URLSAFE, 12, 'n11')}`,
      p('https://', hex(32, 'n12'), ':', hex(32, 'n13'), '@sentry.io'),
      `trace=${uuid('n14')}`,
    );
  });

  it('braintrust-api-key: found under its key, not alone (OpenAI had the same shape)', async () => {
    const key = observabilityTokens.braintrustKey();
    await expectKeyed('braintrust-api-key', 'BRAINTRUST_API_KEY', key);
    await expectNoProviderFinding(
      `OPENAI_API_KEY=${key}`,
      `BRAINTRUST_API_KEY=${p('s', 'k-', randomChars(ALNUM, 20, 'bt1'))}`,
      `BRAINTRUST_PROJECT_KEY=${p('s', 'k-', 'x'.repeat(48))}`,
    );
  });
});

describe('observability rules (Rootly, pganalyze, New Relic key variants)', () => {
  it.each([
    ['rootly-api-key', observabilityTokens.rootlyKey()],
    ['pganalyze-api-key', observabilityTokens.pganalyzeKey()],
    ['newrelic-browser-key', observabilityTokens.newrelicBrowserKeyNrbr()],
    ['newrelic-insights-key', observabilityTokens.newrelicQueryKey()],
    ['newrelic-insights-key', observabilityTokens.newrelicQueryKey('nriq25', 25)],
    ['newrelic-license-key', observabilityTokens.newrelicLicenseKeyFfff()],
    ['newrelic-license-key', observabilityTokens.newrelicLicenseKeyFfff('eu', true)],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: wrong lengths and charsets, placeholders', async () => {
    await expectNoProviderFinding(
      p('root', 'ly_', hex(40, 'r1')),
      p('root', 'ly_', '0'.repeat(64)),
      p('pg', 'ar_', randomChars(ALNUM, 20, 'g1')),
      p('pg', 'ar_', randomChars(ALNUM, 28, 'g2')),
      p('NR', 'BR-', hex(12, 'b1')),
      p('NR', 'IQ-', randomChars(URLSAFE, 20, 'q1')),
      p('NR', 'IQ-', randomChars(URLSAFE, 40, 'q2')),
      p(hex(32, 'lf'), 'FFFF', 'NR', 'AM'),
    );
  });
});

describe('Dynatrace tokens and legacy Grafana API keys', () => {
  it.each([
    ['dynatrace-api-token', observabilityTokens.dynatraceToken()],
    ['grafana-api-key', observabilityTokens.grafanaApiKey()],
  ])('%s: found in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('near misses: a token without its secret part, a short key', async () => {
    await expectNotFound(
      observabilityTokens.dynatraceToken('cut').slice(0, 32),
      observabilityTokens.grafanaApiKey('short').slice(0, 40),
    );
  });
});
