/** Test token generators for the rules in src/core/rules/observability.ts (see ./random.ts). */
import { ALNUM, UPPER_ALNUM, URLSAFE, hex, p, randomChars } from './random.js';

export const observabilityTokens = {
  braintrustKey: (seed = 'bt') => p('s', 'k-', randomChars(ALNUM, 48, seed)),
  newrelicUserKey: (seed = 'nrak') => p('NR', 'AK-', randomChars(UPPER_ALNUM, 27, seed)),
  newrelicInsertKey: (seed = 'nrii') => p('NR', 'II-', randomChars(URLSAFE, 32, seed)),
  newrelicLicenseKey: (seed = 'nral') => p(hex(36, seed), 'NR', 'AL'),
  newrelicBrowserKey: (seed = 'nrjs') => p('NR', 'JS-', hex(19, seed)),
  pagerdutyUserToken: (seed = 'pd') => p('u', '+', randomChars(`${ALNUM}_-`, 18, seed)),
  sentryDsn: (secret: string, seed = 'dsn') =>
    p('https://', hex(32, seed), ':', secret, '@o4501.ingest.sen', 'try.io/4507'),
};
