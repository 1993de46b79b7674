/** Test token generators for the rules in src/core/rules/package-registries.ts (see ./random.ts). */
import { ALNUM, DIGITS, LOWER_ALNUM, URLSAFE, hex, p, randomBytes, randomChars } from './random.js';

export const packageRegistriesTokens = {
  nugetFeedPassword: (seed = 'nugetpw') => randomChars(`${ALNUM}!#%`, 24, seed),
  sidekiqCredentials: (seed = 'sidekiq') => p(hex(8, `${seed}u`), ':', hex(8, seed)),
  pypiToken: (seed = 'pypi') => p('pypi-', 'AgEIcHlwaS5', 'vcmc', randomChars(URLSAFE, 150, seed)),
  rubygemsKey: (seed = 'gem') => p('rubygems', '_', hex(48, seed)),
  nugetKey: (seed = 'nuget') => p('o', 'y2', randomChars(LOWER_ALNUM, 43, seed)),
  dockerOrgToken: (seed = 'oat') => p('dckr', '_oat_', randomChars(URLSAFE, 32, seed)),
  jfrogReferenceToken: (seed = 'jfrt') =>
    Buffer.from(p('reftkn', ':01:', randomChars(DIGITS, 10, seed), ':', randomChars(ALNUM, 27, `${seed}s`))).toString(
      'base64',
    ),
  /** A reference token that never expires (expiry 0) with a secret part of raw bytes. */
  jfrogReferenceTokenRaw: (seed = 'jfrtraw') =>
    Buffer.concat([Buffer.from(p('reftkn', ':01:', '0'.repeat(10), ':')), randomBytes(27, seed)]).toString('base64'),
  /** The `auth` of a Docker config entry: base64 of `user:password`. */
  dockerConfigAuth: (seed = 'dockauth', user = 'deploy') =>
    Buffer.from(p(user, ':', randomChars(ALNUM, 20, seed))).toString('base64'),
  jfrogApiKey: (seed = 'akcp') => p('AK', 'Cp', randomChars(ALNUM, 69, seed)),
};
