/** Test token generators for the rules in src/core/rules/observability.ts (see ./random.ts). */
import { ALNUM, UPPER_ALNUM, URLSAFE, hex, p, randomChars } from './random.js';

export const observabilityTokens = {
  dynatraceToken: (seed = 'dt') =>
    p('dt0', 'c01.', randomChars(UPPER_ALNUM, 24, `${seed}i`), '.', randomChars(UPPER_ALNUM, 64, seed)),
  /** The base64 of a legacy Grafana API key's JSON (`{"k":"...","n":"...","id":1}`), unpadded. */
  grafanaApiKey: (seed = 'gfk') =>
    Buffer.from(JSON.stringify({ k: randomChars(ALNUM, 32, seed), n: 'deploy', id: 1 }))
      .toString('base64')
      .replace(/=+$/, ''),
  braintrustKey: (seed = 'bt') => p('s', 'k-', randomChars(ALNUM, 48, seed)),
  newrelicUserKey: (seed = 'nrak') => p('NR', 'AK-', randomChars(UPPER_ALNUM, 27, seed)),
  newrelicInsertKey: (seed = 'nrii') => p('NR', 'II-', randomChars(URLSAFE, 32, seed)),
  newrelicLicenseKey: (seed = 'nral') => p(hex(36, seed), 'NR', 'AL'),
  newrelicBrowserKey: (seed = 'nrjs') => p('NR', 'JS-', hex(19, seed)),
  pagerdutyUserToken: (seed = 'pd') => p('u', '+', randomChars(`${ALNUM}_-`, 18, seed)),
  sentryDsn: (secret: string, seed = 'dsn') =>
    p('https://', hex(32, seed), ':', secret, '@o4501.ingest.sen', 'try.io/4507'),
  newrelicBrowserKeyNrbr: (seed = 'nrbr') => p('NR', 'BR-', hex(19, seed)),
  newrelicQueryKey: (seed = 'nriq', n = 32) => p('NR', 'IQ-', randomChars(URLSAFE, n, seed)),
  /** Current license keys: 32 hex, `FFFF`, `NRAL`; EU accounts start `eu01xx`. */
  newrelicLicenseKeyFfff: (seed = 'nralf', eu = false) =>
    p(eu ? p('eu01', 'xx', hex(26, seed)) : hex(32, seed), 'FFFF', 'NR', 'AL'),
  rootlyKey: (seed = 'rootly') => p('root', 'ly_', hex(64, seed)),
  pganalyzeKey: (seed = 'pgar') => p('pg', 'ar_', randomChars(ALNUM, 27, seed)),
};
