/**
 * gitleaks rule ids that no rule here names in `peers.gitleaks`, and why. Together with the peers of
 * the rules they account for every gitleaks id; docs/rules.md lists them (scripts/readme.mjs), and
 * test/core/rules/unmapped-peers.test.ts fails when an id is both here and mapped, or here twice.
 */

/** An id names an account, app or key; it grants nothing without the secret beside it. */
const IDENTIFIER = 'an identifier, not a credential: not reported on its own';
/** A key meant to ship in clients and web pages. */
const PUBLIC = 'a publishable key meant for clients, not a secret';
/** Found by the generic rule when its key names a credential (`ACME_API_KEY=...`). */
const BY_KEY = 'under a credential-named key it is found by `generic-credential-assignment`';
/** A value with no shape of its own, named only by its key. */
const KEYED = `a value with no format of its own, named only by its key: ${BY_KEY}`;

export const UNMAPPED_GITLEAKS: Readonly<Record<string, string>> = {
  'adobe-client-id': IDENTIFIER,
  'airtable-api-key': `Airtable retired API keys in February 2024 (personal access tokens are \`airtable-pat\`); ${BY_KEY}`,
  'alibaba-access-key-id': IDENTIFIER,
  'alibaba-secret-key': KEYED,
  'asana-client-id': IDENTIFIER,
  'asana-client-secret': KEYED,
  'bitbucket-client-id': IDENTIFIER,
  'bitbucket-client-secret': KEYED,
  'bittrex-access-key': `${IDENTIFIER} (the exchange closed in 2023)`,
  'bittrex-secret-key': `the exchange closed in 2023; ${BY_KEY}`,
  'cisco-meraki-api-key': KEYED,
  'codecov-access-token': KEYED,
  'confluent-access-token': `${IDENTIFIER} (the Confluent Cloud API key)`,
  'confluent-secret-key': KEYED,
  'contentful-delivery-api-token': `a read-only token for published content; ${BY_KEY}`,
  'discord-client-id': IDENTIFIER,
  'droneci-access-token': KEYED,
  'etsy-access-token': KEYED,
  'fastly-api-token': KEYED,
  'finicity-api-token': KEYED,
  'finicity-client-secret': KEYED,
  'finnhub-access-token': KEYED,
  'flickr-access-token': KEYED,
  'flutterwave-public-key': PUBLIC,
  'freshbooks-access-token': KEYED,
  'gcp-service-account':
    'the `"type": "service_account"` line alone is no credential; a service account key file is found by its private key (`gcp-service-account-key`)',
  'gitter-access-token': KEYED,
  'jwt-base64':
    'a JWT wrapped in one more layer of base64 (`ZXlK...`): not unwrapped; a bare JWT is judged by its claims (`jwt-service-credential`)',
  'kraken-access-token': KEYED,
  'kucoin-access-token': `${IDENTIFIER} (the API secret beside it is \`kucoin-api-secret\`)`,
  'linear-client-secret': KEYED,
  'linkedin-client-id': IDENTIFIER,
  'lob-pub-api-key': PUBLIC,
  'looker-client-id': IDENTIFIER,
  'looker-client-secret': KEYED,
  'mailgun-pub-key': PUBLIC,
  'mattermost-access-token': KEYED,
  'messagebird-api-token': KEYED,
  'messagebird-client-id': IDENTIFIER,
  'new-relic-user-api-id': IDENTIFIER,
  'nytimes-access-token': KEYED,
  'privateai-api-token': KEYED,
  'rapidapi-access-token': KEYED,
  'sentry-access-token': `the 64-hex auth tokens Sentry issued before \`sntrys_\`/\`sntryu_\`; ${BY_KEY}`,
  'travisci-access-token': KEYED,
  'twitch-api-token': KEYED,
  'twitter-api-key': `${IDENTIFIER} (the API or consumer key; its secret is \`twitter-api-secret\`)`,
  'yandex-aws-access-token': `${IDENTIFIER} (the static access key id, \`YC...\`)`,
};

/**
 * Identifiers reported only as one finding with their secret, by a pair rule (`pairs.ts`): the
 * gitleaks id of the identifier alone, and the pair rule that covers it.
 */
const REPORTED_WITH_SECRET: readonly (readonly [string, string])[] = [
  ['plaid-client-id', 'plaid-client-secret-pair'],
  ['sendbird-access-id', 'sendbird-app-token-pair'],
  ['sumologic-access-id', 'sumologic-access-pair'],
];

/**
 * gitleaks ids whose samples are an identifier or a publishable key on its own, which this project
 * does not report on its own (reported beside its secret, or never), and why. The peers bench
 * prints its recall both with and without their samples.
 */
export const NOT_REPORTED_ALONE: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.entries(UNMAPPED_GITLEAKS).filter(([, why]) => why.startsWith(IDENTIFIER) || why.startsWith(PUBLIC)),
  ...REPORTED_WITH_SECRET.map(([id, pair]) => [id, `${IDENTIFIER}; reported with its secret as \`${pair}\``]),
]);

/** The table as Markdown, for docs/rules.md. */
export function unmappedGitleaksMarkdown(): string {
  const rows = Object.entries(UNMAPPED_GITLEAKS)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, why]) => `| \`${id}\` | ${why.replace(/\|/g, '\\|')} |`);
  return `| gitleaks rule | why no rule here names it |\n| --- | --- |\n${rows.join('\n')}\n`;
}
