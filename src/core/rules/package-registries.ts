/** Package and artifact registries: PyPI, RubyGems, NuGet (API keys and NuGet.Config passwords), Docker Hub organization tokens, JFrog, the Sidekiq gem server. */
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
      id: 'jfrog-reference-token',
      title: 'JFrog access (reference) token',
      provider: 'jfrog',
      keywords: ['cmvmdgtu'],
      // base64 of `reftkn:<version>:<expiry>:<secret>`, so always `cmVmdGtu` first.
      pattern: /(?<![A-Za-z0-9+/_-])(?<secret>cmVmdGtu[A-Za-z0-9+/]{48,72}={0,2})(?![A-Za-z0-9+/=_-])/,
      validate: (secret) => /^reftkn:\d{1,3}:\d{1,12}:[\x21-\x7e]{16,}$/.test(decodeBase64(secret) ?? ''),
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
