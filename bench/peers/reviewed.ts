// Peers' negative samples on which our finding is right, reviewed one by one. A case is listed only
// where a security reviewer would want the finding: the bench prints the raw false-positive figure
// and, beside it, the figure without these cases, with their count (run.mjs). A sample is named by
// its peer, the peer's rule or detector, the peer's test case name (`-` where it has none), our
// rule, and the first 12 hex digits of the SHA-256 of the sample's text (the text itself stays in
// the peer's checkout), then the reason's key in WHY. An entry that no longer meets a false
// positive is reported as stale.
import { createHash } from 'node:crypto';

/** Why the finding is right, one line each. */
const WHY = {
  misread:
    "the peer's own test expects a finding in this input (a FromData or single-input test without `want`); the bench reads it as a negative",
  otherFormat:
    "a credential of a real format the peer's rule does not look for (another kind of the same provider's keys, another provider's)",
  nearFormat:
    "the provider's prefix or shape with a random body the peer's regex rejects only on its length, charset or a boundary",
  randomValue:
    "a random value assigned to a credential name; the peer's detector rejects only its length or charset for that one provider",
  pairOnly:
    'a self-identifying token the peer rejects only for a missing companion (URL, client id, secret) or a keyword too far away',
  samePositive:
    "the peer's own positives hold the same token or the same shape; this negative is about a companion or the detector's context",
  byValue:
    'a well-formed key the peer allows by its literal value (published in an SDK or a bug report); no format tells it apart',
  peerSaysFN: "the peer's own comment on this sample calls it a false negative",
} as const;

export interface ReviewedCase {
  peer: 'gitleaks' | 'trufflehog';
  /** The peer's rule id (gitleaks) or detector (trufflehog). */
  case: string;
  /** The peer's test case name (trufflehog). */
  name?: string;
  /** Our rule that finds it. */
  ours: string;
  /** The first 12 hex digits of the SHA-256 of the sample's text. */
  sample: string;
  reason: string;
}

/** peer | peer's rule or detector | test case name | our rule | sample hash | reason (a key of WHY) */
const TABLE = `
gitleaks | cloudflare-global-api-key | - | provider-named-credential | d677f5822538 | otherFormat
gitleaks | cloudflare-global-api-key | - | provider-named-credential | dfd570f1219c | otherFormat
gitleaks | cloudflare-global-api-key | - | cloudflare-origin-ca-key | 8f0e274bb950 | otherFormat
gitleaks | cloudflare-global-api-key | - | cloudflare-origin-ca-key | d834e388252e | otherFormat
gitleaks | cloudflare-api-key | - | generic-credential-assignment | f875a5fc7e6c | otherFormat
gitleaks | cloudflare-api-key | - | generic-credential-assignment | 5e7a6bf7733d | otherFormat
gitleaks | cloudflare-api-key | - | cloudflare-origin-ca-key | 8f0e274bb950 | otherFormat
gitleaks | cloudflare-api-key | - | cloudflare-origin-ca-key | d834e388252e | otherFormat
gitleaks | cloudflare-origin-ca-key | - | generic-credential-assignment | f875a5fc7e6c | otherFormat
gitleaks | cloudflare-origin-ca-key | - | generic-credential-assignment | 5e7a6bf7733d | otherFormat
gitleaks | cloudflare-origin-ca-key | - | provider-named-credential | d677f5822538 | otherFormat
gitleaks | cloudflare-origin-ca-key | - | provider-named-credential | dfd570f1219c | otherFormat
gitleaks | gcp-api-key | - | google-api-key | 3f370c9dd822 | byValue
gitleaks | gcp-api-key | - | google-api-key | e4a5542bb7fd | byValue
gitleaks | mailchimp-api-key | - | mailchimp-api-key | 94d36be7b191 | peerSaysFN
trufflehog | anypointoauth2 | invalid pattern | generic-credential-assignment | 9b2d0487bb69 | randomValue
trufflehog | apideck | invalid pattern | stripe-secret-key | 0abba4f2d81d | nearFormat
trufflehog | apollo | invalid pattern | generic-credential-assignment | b303f830d1bf | randomValue
trufflehog | appfollow | invalid pattern | generic-credential-assignment | 9654648786ba | randomValue
trufflehog | atlassiandatacenter | invalid - pat only no url | bitbucket-data-center-token | 10d9dd21a97f | pairOnly
trufflehog | auth0managementapitoken | invalid pattern | generic-credential-assignment | fc4edde60790 | randomValue
trufflehog | auth0oauth | invalid pattern | generic-credential-assignment | 9ac56e3cc620 | randomValue
trufflehog | aws | invalid pattern | aws-access-key-id | 47852dcac594 | samePositive
trufflehog | axonaut | invalid pattern | aws-access-key-id | 66d96a8b6d8f | samePositive
trufflehog | azureapimanagement | invalid host pattern | generic-credential-assignment | a85d9ba18b1e | randomValue
trufflehog | azureapimanagement | invalid password pattern without == | generic-credential-assignment | 9be9bed67ef9 | randomValue
trufflehog | azureapimanagement | invalid password pattern with wrong expiry date | generic-credential-assignment | ec4c1eb08445 | randomValue
trufflehog | azurecontainerregistry | invalid pattern | generic-credential-assignment | a7c13c80728b | randomValue
trufflehog | azuredirectmanagementkey | invalid pattern | generic-credential-assignment | 8efe59b76ef0 | randomValue
trufflehog | billomat | invalid pattern | provider-named-credential | fd2379190da8 | randomValue
trufflehog | bitfinex | invalid pattern | provider-named-credential | c6d8e5b7a8a0 | randomValue
trufflehog | bitmex | invalid pattern | provider-named-credential | d8de87b6f11d | randomValue
trufflehog | browshot | invalid pattern | url-query-credential | e6d3882d10c0 | randomValue
trufflehog | buildkite | invalid pattern | provider-named-credential | 60ca33cf529e | nearFormat
trufflehog | clientary | invalid pattern | generic-credential-assignment | 5338a1b7f149 | randomValue
trufflehog | cloudflareapitoken | no match for legacy format | provider-named-credential | 2073145c8835 | otherFormat
trufflehog | cloudflareapitoken | invalid pattern - too short | generic-credential-assignment | 55f9b29fde7c | nearFormat
trufflehog | cloudflareapitoken | invalid pattern - too long | generic-credential-assignment | 9fb4c8085e48 | nearFormat
trufflehog | cloudflareapitoken | invalid pattern - invalid characters | generic-credential-assignment | d73a270db9ea | nearFormat
trufflehog | datadogapikey | - | generic-credential-assignment | 637f53da3aab | misread
trufflehog | datadogapikey | - | generic-credential-assignment | f277fde5da45 | randomValue
trufflehog | datadogtoken | - | generic-credential-assignment | 71ea196d0f16 | pairOnly
trufflehog | datadogtoken | - | generic-credential-assignment | f277fde5da45 | randomValue
trufflehog | gcp | no private_key_id (1) | private-key | a15866ceb82f | otherFormat
trufflehog | gcp | .env | private-key | 67f17bfd5e59 | otherFormat
trufflehog | gitlaboauth2 | invalid pattern - wrong secret prefix | gitlab-pat | 7a0ab0f5eda1 | nearFormat
trufflehog | gitlaboauth2 | invalid pattern - secret too short | generic-credential-assignment | 3b05bef86ae7 | nearFormat
trufflehog | gitlaboauth2 | invalid pattern - client_id too short | gitlab-oauth-secret | fa0c4294c246 | pairOnly
trufflehog | gitlaboauth2 | invalid pattern - no client_id context prefix | gitlab-oauth-secret | cc8508615901 | pairOnly
trufflehog | harness | valid pattern - no keyword | harness-api-key | fdc8a037429d | pairOnly
trufflehog | harness | invalid pattern | generic-credential-assignment | dffb32d03ff8 | randomValue
trufflehog | heroku | invalid pattern | generic-credential-assignment | 8fe8d92265a5 | nearFormat
trufflehog | kraken | invalid pattern | generic-credential-assignment | 15a86a84c706 | randomValue
trufflehog | livestorm | valid pattern - key out of prefix range | livestorm-api-token | 2d932a6c52b2 | pairOnly
trufflehog | livestorm | invalid pattern | livestorm-api-token | 38a674be7128 | pairOnly
trufflehog | lokalisetoken | invalid pattern | provider-named-credential | 367a011961d3 | randomValue
trufflehog | newrelicmobileapptoken | invalid pattern | generic-credential-assignment | a9488ddf10b2 | randomValue
trufflehog | openaiadmin | legacy key | openai-api-key | 1524c47f55a4 | otherFormat
trufflehog | openaiadmin | regular OpenAI key should not match | openai-api-key | 1dae61da52e8 | otherFormat
trufflehog | pinecone | invalid pattern - label too short (4 chars) | pinecone-api-key | 6cedca7ccb70 | nearFormat
trufflehog | pinecone | invalid pattern - secret has trailing alphanumeric | pinecone-api-key | f83f2f3b5130 | nearFormat
trufflehog | privatekey | - | private-key | b98657179475 | misread
trufflehog | salesforcerefreshtoken | negative case: missing secret component | generic-credential-assignment | 93589dfeaba8 | samePositive
trufflehog | salesforcerefreshtoken | negative case: invalid key format | generic-credential-assignment | 7ae499e3e18c | samePositive
trufflehog | salesforcerefreshtoken | negative case: invalid secret format (too short) | generic-credential-assignment | e85be1d7033e | samePositive
trufflehog | sonarcloud | invalid pattern - token directly preceded by @ | generic-credential-assignment | a55bba43a48e | randomValue
trufflehog | sonarcloud | invalid pattern | generic-credential-assignment | 0a081a909256 | nearFormat
trufflehog | stripepaymentintent | test keys should not match (only live keys are detected) | stripe-test-key | d2f91f9c3c1d | otherFormat
trufflehog | tableau | invalid_tableau_url | tableau-pat-secret | e5d61cbd8a61 | pairOnly
trufflehog | tableau | missing_token_name | tableau-pat-secret | c3fffcd7a296 | pairOnly
trufflehog | teamworkcrm | valid pattern - key out of prefix range | teamwork-api-token | a1930df865f1 | pairOnly
trufflehog | teamworkdesk | valid pattern - key out of prefix range | teamwork-api-token | d366188a24c1 | pairOnly
trufflehog | teamworkspaces | valid pattern - key out of prefix range | teamwork-api-token | fafdfc8048bb | pairOnly
trufflehog | tickettailor | valid pattern - key out of prefix range | tickettailor-api-key | e4a07d8e5c3b | pairOnly
trufflehog | todoist | - | provider-named-credential | 4854539c5d08 | misread
trufflehog | user | no result - key without url | generic-credential-assignment | b69eafda6f4a | pairOnly
trufflehog | weightsandbiases | invalid pattern | generic-credential-assignment | c483dbcf166a | randomValue
trufflehog | xai | invalid pattern | generic-credential-assignment | 0f677f043974 | samePositive
gitleaks | cloudflare-global-api-key | - | provider-named-credential | 8bfb6a4e2d58 | otherFormat
gitleaks | cloudflare-api-key | - | provider-named-credential | d7a37744cc7b | otherFormat
gitleaks | cloudflare-origin-ca-key | - | provider-named-credential | d7a37744cc7b | otherFormat
gitleaks | cloudflare-origin-ca-key | - | provider-named-credential | 8bfb6a4e2d58 | otherFormat
trufflehog | azuredevopspersonalaccesstoken | invalid pattern | provider-named-credential | b786aa0d0396 | randomValue
trufflehog | bannerbear | invalid pattern | provider-named-credential | 617203ede9f8 | randomValue
trufflehog | baremetrics | invalid pattern | provider-named-credential | 26639c77f981 | nearFormat
trufflehog | instamojo | invalid pattern | provider-named-credential | 0e1634a7e373 | randomValue
trufflehog | kontent | invalid pattern | provider-named-credential | 51cb1c23f799 | nearFormat
trufflehog | kucoin | invalid pattern | provider-named-credential | 0f72a581a3b4 | randomValue
trufflehog | loggly | invalid pattern | provider-named-credential | 2029c2ab9f76 | randomValue
trufflehog | plaidkey | invalid pattern - with keyword plaid | provider-named-credential | a0eb5c170ca9 | nearFormat
trufflehog | planviewleankit | invalid pattern | provider-named-credential | 39dd3d625e93 | randomValue
trufflehog | revampcrm | invalid pattern | generic-credential-assignment | 0339395fbf8f | randomValue
trufflehog | scrapingbee | invalid - lowercase | provider-named-credential | 24dc7b56b578 | randomValue
`;

export const REVIEWED: readonly ReviewedCase[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [peer, caseId, name, ours, sample, why] = line.split(' | ');
    if (!(why! in WHY) || (peer !== 'gitleaks' && peer !== 'trufflehog'))
      throw new Error(`reviewed.ts: bad row ${line}`);
    return {
      peer,
      case: caseId!,
      ...(name === '-' ? {} : { name: name! }),
      ours: ours!,
      sample: sample!,
      reason: WHY[why as keyof typeof WHY],
    };
  });

/** The key a sample is listed under. */
export const sampleHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The reviewed entry for our rule `ours` on this negative sample, if any. */
export function reviewedCase(
  peer: ReviewedCase['peer'],
  caseId: string,
  name: string | undefined,
  ours: string,
  text: string,
): ReviewedCase | undefined {
  const sample = sampleHash(text);
  return REVIEWED.find(
    (r) =>
      r.peer === peer && r.case === caseId && r.ours === ours && r.sample === sample && (r.name ?? '') === (name || ''),
  );
}
