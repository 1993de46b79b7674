/** Package and artifact registries: PyPI, RubyGems, NuGet (API keys and NuGet.Config passwords), Docker Hub organization tokens, registry logins in Docker config files, JFrog, the Sidekiq gem server. */
import { isFalsePositiveValue, isPlaceholder, isReference } from '../placeholders.js';
import type { RuleFamily } from './define.js';
import { decodeBase64, keyedPattern } from './keyed.js';
import { isRegexText } from './pattern-text.js';

export const packageRegistries: RuleFamily = {
  id: 'package-registries',
  providers: {
    sidekiq: {
      name: 'Sidekiq (Contributed Systems)',
      revokeUrl: '',
      note: 'Ask Contributed Systems (support@contribsys.com) to rotate the gem server credentials of your license, then update BUNDLE_*__CONTRIBSYS__COM everywhere.',
    },
    docker: { name: 'Docker Hub', revokeUrl: 'https://app.docker.com/settings/personal-access-tokens' },
    'container-registry': {
      name: 'Container registry',
      revokeUrl: '',
      note: 'Change the password (or revoke the access token) at the registry the entry names, then log in again; prefer a credential helper (`credsStore`) over `auth` entries in the file.',
    },
    pypi: {
      name: 'PyPI',
      revokeUrl: 'https://pypi.org/manage/account/token/',
      note: 'Remove the token under Account settings > API tokens; prefer trusted publishing from CI.',
    },
    rubygems: { name: 'RubyGems', revokeUrl: 'https://rubygems.org/profile/api_keys' },
    nuget: { name: 'NuGet', revokeUrl: 'https://www.nuget.org/account/apikeys' },
    jfrog: {
      name: 'JFrog',
      revokeUrl: '',
      note: 'Revoke it in your JFrog Platform under Administration > User Management > Access Tokens (API keys: Edit Profile > API Key), and use scoped access tokens.',
    },
  },
  rules: [
    {
      id: 'nuget-config-password',
      title: 'Package source password in a NuGet.Config',
      provider: 'nuget',
      keywords: ['password"'],
      // Only in NuGet's config files (NuGet.Config, nuget.config), as gitleaks limits it: the same
      // `<add key="Password" value=.../>` in another XML file (an app.config's appSettings) is no
      // package feed's credential, and the generic rule judges it there.
      paths: /(?:^|[\\/])nuget\.config$/i,
      // `<packageSourceCredentials>`'s `<add key="ClearTextPassword" value="..." />` (or `Password`,
      // encrypted for one machine but still that feed's credential).
      pattern:
        /<add\s{1,40}key\s{0,4}=\s{0,4}"(?:ClearText)?Password"\s{0,40}value\s{0,2}=\s{0,2}"(?<secret>[^"\r\n]{8,1000})"/i,
      minEntropy: 2.5,
      validate: (secret) => !isRegexText(secret),
      format: '[A-Za-z0-9!#%]{16,32}',
      samples: {
        found: [
          String.raw`<packageSourceCredentials>\n  <Acme>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="[A-Za-z0-9!#%]{16,32}" />`,
          String.raw`<add key="Password" value="[A-Za-z0-9+/]{120}==" />`,
        ],
        notFound: [
          String.raw`<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />`,
          String.raw`<add key="ClearTextPassword" value="[A-Za-z0-9]{4}" />`,
          String.raw`<add key="PasswordPolicy" value="[A-Za-z0-9]{24}" />`,
        ],
        path: 'src/NuGet.Config',
      },
      peers: { gitleaks: ['nuget-config-password'] },
    },
    {
      id: 'sidekiq-gem-credentials',
      title: 'Sidekiq Pro/Enterprise gem server credentials',
      provider: 'sidekiq',
      keywords: ['contribsys'],
      // Bundler's `BUNDLE_GEMS__CONTRIBSYS__COM` / `BUNDLE_ENTERPRISE__CONTRIBSYS__COM` setting:
      // `<8 hex>:<8 hex>`, the licensed user and password (the password is the secret part).
      pattern: keyedPattern({
        provider: 'BUNDLE[_.-]?(?:GEMS|ENTERPRISE)_{1,2}CONTRIBSYS_{1,2}COM',
        kind: '',
        value: '[a-f0-9]{8}:[a-f0-9]{8}',
      }),
      minEntropy: 2.5,
      format: '[a-f0-9]{8}:[a-f0-9]{8}',
      samples: {
        found: [
          String.raw`BUNDLE_GEMS__CONTRIBSYS__COM=[a-f0-9]{8}:[a-f0-9]{8}`,
          String.raw`---\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: "[a-f0-9]{8}:[a-f0-9]{8}"`,
        ],
        notFound: [
          String.raw`BUNDLE_GEMS__CONTRIBSYS__COM=[a-f0-9]{8}:[a-f0-9]{4}`,
          'BUNDLE_GEMS__CONTRIBSYS__COM=0{8}:0{8}',
        ],
      },
      peers: { gitleaks: ['sidekiq-secret'] },
    },
    {
      id: 'pypi-upload-token',
      title: 'PyPI API token',
      provider: 'pypi',
      keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
      // `pypi-` + a macaroon whose first field is the base64 of `pypi.org` (or `test.pypi.org`).
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
      minEntropy: 4,
      format: String.raw`pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}`,
      samples: {
        found: [String.raw`pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}`],
        notFound: [
          String.raw`pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{25}`,
          String.raw`pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)x{50}`,
        ],
      },
      peers: { gitleaks: ['pypi-upload-token'], trufflehog: ['pypi'] },
    },
    {
      id: 'rubygems-api-key',
      title: 'RubyGems API key',
      provider: 'rubygems',
      keywords: ['rubygems_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_-])/,
      format: String.raw`rubygems_[a-f0-9]{48}`,
      samples: {
        found: [String.raw`rubygems_[a-f0-9]{48}`],
        notFound: [String.raw`rubygems_[a-f0-9]{24}`, String.raw`rubygems_0{48}`],
      },
      peers: { gitleaks: ['rubygems-api-token'], trufflehog: ['rubygems'] },
    },
    {
      id: 'nuget-api-key',
      title: 'NuGet API key',
      provider: 'nuget',
      keywords: ['oy2'],
      // `oy2` and 43 lowercase letters and digits.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9_-])/,
      minEntropy: 3.8,
      format: String.raw`oy2[a-z0-9]{43}`,
      samples: {
        found: [String.raw`oy2[a-z0-9]{43}`],
        notFound: [String.raw`oy2[a-z0-9]{21}`, String.raw`oy2x{43}`],
      },
      peers: { trufflehog: ['nugetapikey'] },
    },
    {
      id: 'docker-hub-org-token',
      title: 'Docker Hub organization access token',
      provider: 'docker',
      keywords: ['dckr_oat_'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_oat_[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`dckr_oat_[A-Za-z0-9_-]{27,40}`,
      samples: {
        found: [String.raw`dckr_oat_[A-Za-z0-9_-]{27,40}`],
        notFound: [String.raw`dckr_oat_[A-Za-z0-9_-]{13}`, String.raw`dckr_oat_x{27}`],
      },
      peers: { trufflehog: ['dockerhub'] },
    },
    {
      id: 'docker-config-auth',
      title: 'Registry login in a Docker config (auths)',
      provider: 'container-registry',
      keywords: ['auths'],
      // `docker login` stores base64 of `user:password` as the `auth` of each registry under `auths`
      // (config.json, .dockercfg, DOCKER_AUTH_CONFIG, a .dockerconfigjson); also inside a JSON string.
      pattern: /\\{0,3}"auth\\{0,3}"\s{0,4}:\s{0,4}\\{0,3}"(?<secret>[A-Za-z0-9+/]{8,8000}={0,2})(?=\\{0,3}")/,
      minEntropy: 3,
      validate: (secret) => isLogin(decodeBase64(secret)),
      // Below provider rules: a provider token as the password (`octocat:ghp_...`, found in the decoded
      // value by `src/core/encoded.ts`) is reported as that token.
      priority: 8,
      format: String.raw`(?<b64>[a-z]{4,10}:[A-Za-z0-9]{12,24})`,
      samples: {
        found: [
          String.raw`\{"auths":\{"registry\.example\.com":\{"auth":"(?<b64>[a-z]{4,10}:[A-Za-z0-9]{12,24})"\}\}\}`,
          String.raw`DOCKER_AUTH_CONFIG=\{\\"auths\\":\{\\"ghcr\.io\\":\{\\"auth\\":\\"(?<b64>[a-z]{4,10}:[A-Za-z0-9]{12,24})\\"\}\}\}`,
        ],
        notFound: [
          String.raw`\{"auths":\{"registry\.example\.com":\{"auth":"(?<b64>[a-z]{4,10}[A-Za-z0-9]{12,24})"\}\}\}`,
          String.raw`\{"auths":\{"registry\.example\.com":\{"auth":"(?<b64>[a-z]{4,10}:password)"\}\}\}`,
          String.raw`\{"auths":\{"registry\.example\.com":\{"auth":"(?<b64>[a-z]{4,10}:\$\{REGISTRY_PASSWORD\})"\}\}\}`,
        ],
      },
      peers: { trufflehog: ['docker'] },
    },
    {
      id: 'jfrog-reference-token',
      title: 'JFrog access (reference) token',
      provider: 'jfrog',
      keywords: ['cmvmdgtu'],
      // base64 of `reftkn:<version>:<expiry>:<secret>`, so always `cmVmdGtu` first. The decoded
      // secret part is what is judged (an expiry of 0, a token that never expires, encodes to a
      // repeated run the shared filter would take for a placeholder).
      pattern: /(?<![A-Za-z0-9+/_-])(?<secret>cmVmdGtu[A-Za-z0-9+/]{48,72}={0,2})(?![A-Za-z0-9+/=_-])/,
      allowPlaceholders: true,
      validate: isReferenceToken,
      format: String.raw`(?<b64>reftkn:01:[1-9][0-9]{9}:[A-Za-z0-9]{27})`,
      samples: {
        found: [String.raw`JFROG_ACCESS_TOKEN=(?<b64>reftkn:01:[1-9][0-9]{9}:[A-Za-z0-9]{27})`],
        notFound: [String.raw`(?<b64>reftkn:01:[1-9][0-9]{9}:[A-Za-z0-9]{4})`, String.raw`cmVmdGtu[A-Za-z0-9+/]{20}`],
      },
      peers: {
        gitleaks: ['jfrog-identity-token', 'artifactory-reference-token'],
        trufflehog: ['artifactoryreferencetoken'],
      },
    },
    {
      id: 'jfrog-api-key',
      title: 'JFrog API key',
      provider: 'jfrog',
      keywords: ['akcp'],
      // `AKCp` and 69 letters and digits.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_-])/,
      minEntropy: 4,
      format: String.raw`AKCp[A-Za-z0-9]{69}`,
      samples: {
        found: [String.raw`AKCp[A-Za-z0-9]{69}`],
        notFound: [String.raw`AKCp[A-Za-z0-9]{34}`, String.raw`AKCpx{69}`],
      },
      peers: { gitleaks: ['jfrog-api-key', 'artifactory-api-key'], trufflehog: ['artifactory'] },
    },
  ],
};

/**
 * `user:password` with both parts and printable; the password at least 6 characters and neither a
 * placeholder, a reference, nor a lower-case word alone (`user:pass`, `me:my_password` in docs).
 */
function isLogin(decoded: string | undefined): boolean {
  const m = decoded === undefined ? null : /^[^:\x00-\x1f]{1,256}:([^\x00-\x08\x0e-\x1f\ufffd]{6,})$/.exec(decoded);
  const password = m?.[1];
  return password !== undefined && !/^[a-z_]+$/.test(password) && !isPlaceholder(password) && !isReference(password);
}

/**
 * `reftkn:<version>:<expiry>:<secret>` whose secret part looks random: printable, or raw bytes, and
 * the base64 that encodes it (after the header's) passes the shared placeholder filter.
 */
function isReferenceToken(secret: string): boolean {
  const decoded = Buffer.from(secret, 'base64').toString('latin1');
  const m = /^(reftkn:\d{1,3}:\d{1,12}:)([\s\S]{16,})$/.exec(decoded);
  if (!m) return false;
  const header = m[1]!;
  const part = m[2]!;
  if (isFalsePositiveValue(secret.slice(Math.ceil(header.length / 3) * 4), 3)) return false;
  if (/^[\x21-\x7e]+$/.test(part)) return !isFalsePositiveValue(part, 3);
  return new Set(part).size >= part.length / 2;
}
