/**
 * Developer platforms: Bitbucket (Cloud and Data Center), CircleCI, Doppler, HashiCorp Vault batch
 * tokens, Snyk, Contentful, Form.io, Mapbox, Algolia, 1Password, Infracost, Sourcegraph, LaunchDarkly,
 * SpectralOps, Portainer; build and deploy tools: Clojars, Harness, HCP Terraform, Octopus Deploy,
 * Postman, Prefect, Pulumi, ReadMe, SonarQube, SettleMint, Defined Networking, Frame.io.
 */
import type { RuleFamily } from './define.js';
import { ASSIGN, keyedPattern, VALUE } from './keyed.js';
import { prefixedRule } from './prefixed-rule.js';
import { keyedJwtRule, keyedRule } from './keyed-rule.js';

export const devPlatforms: RuleFamily = {
  id: 'dev-platforms',
  providers: {
    clojars: { name: 'Clojars', revokeUrl: 'https://clojars.org/tokens' },
    harness: {
      name: 'Harness',
      revokeUrl: 'https://app.harness.io/',
      note: 'Delete the token under your profile > My API Keys (service account tokens: Access Control > Service Accounts).',
    },
    terraform: { name: 'HCP Terraform', revokeUrl: 'https://app.terraform.io/app/settings/tokens' },
    octopus: {
      name: 'Octopus Deploy',
      revokeUrl: '',
      note: 'Revoke the key on your Octopus server under your profile > My API Keys.',
    },
    postman: { name: 'Postman', revokeUrl: 'https://go.postman.co/settings/me/api-keys' },
    prefect: { name: 'Prefect Cloud', revokeUrl: 'https://app.prefect.cloud/my/api-keys' },
    pulumi: { name: 'Pulumi', revokeUrl: 'https://app.pulumi.com/account/tokens' },
    readme: {
      name: 'ReadMe',
      revokeUrl: 'https://dash.readme.com/',
      note: 'Delete the key under the project > API Keys.',
    },
    sonarqube: {
      name: 'SonarQube',
      revokeUrl: 'https://sonarcloud.io/account/security',
      note: 'Revoke the token under My Account > Security (on your own server: https://<your-sonarqube>/account/security).',
    },
    settlemint: {
      name: 'SettleMint',
      revokeUrl: 'https://console.settlemint.com/',
      note: 'Delete the token under the organization > Access tokens (personal tokens: your profile).',
    },
    'defined-networking': {
      name: 'Defined Networking',
      revokeUrl: 'https://admin.defined.net/',
      note: 'Delete the key under Settings > API Keys.',
    },
    frameio: { name: 'Frame.io', revokeUrl: 'https://developer.frame.io/app/tokens' },
    infracost: {
      name: 'Infracost',
      revokeUrl: 'https://dashboard.infracost.io/',
      note: 'Rotate the API key under Org Settings > API key (the CLI key) in Infracost Cloud.',
    },
    sourcegraph: {
      name: 'Sourcegraph',
      revokeUrl: 'https://sourcegraph.com/user/settings/tokens',
      note: 'Delete the token under your user settings > Access tokens (on your own instance: https://<your-sourcegraph>/user/settings/tokens).',
    },
    bitbucket: {
      name: 'Bitbucket',
      revokeUrl: 'https://bitbucket.org/account/settings/app-passwords/',
      note: 'Revoke the app password and move to a scoped API token or repository access token.',
    },
    'bitbucket-data-center': {
      name: 'Bitbucket Data Center',
      revokeUrl: '',
      note: 'Delete the token on your server under Manage account > HTTP access tokens (project or repository tokens: their settings > HTTP access tokens).',
    },
    circleci: {
      name: 'CircleCI',
      revokeUrl: 'https://app.circleci.com/settings/user/tokens',
      note: 'Delete the personal token there; a project token under Project Settings > API Permissions.',
    },
    formio: {
      name: 'Form.io',
      revokeUrl: '',
      note: 'Delete the API key under the project > Settings > API Keys (a JWT expires, but sign out its sessions).',
    },
    doppler: {
      name: 'Doppler',
      revokeUrl: 'https://dashboard.doppler.com/',
      note: 'Revoke it under the workplace Tokens settings (service tokens: the config > Access), or with `doppler configs tokens revoke`.',
    },
    snyk: { name: 'Snyk', revokeUrl: 'https://app.snyk.io/account' },
    contentful: { name: 'Contentful', revokeUrl: 'https://app.contentful.com/account/profile/cma_tokens' },
    mapbox: { name: 'Mapbox', revokeUrl: 'https://console.mapbox.com/account/access-tokens/' },
    algolia: {
      name: 'Algolia',
      revokeUrl: 'https://dashboard.algolia.com/account/api-keys',
      note: 'Regenerate the Admin API key (or delete the write key) under Settings > API Keys; only search-only keys belong in clients.',
    },
    launchdarkly: {
      name: 'LaunchDarkly',
      revokeUrl: 'https://app.launchdarkly.com/settings/authorization',
      note: 'Reset the access token under Organization settings > Authorization; reset an SDK key under the project > Environments (the old key can be kept alive for a grace period).',
    },
    spectralops: {
      name: 'SpectralOps (Check Point)',
      revokeUrl: 'https://get.spectralops.io/',
      note: 'Revoke the personal API key under your user settings and create a new one.',
    },
    'trufflehog-enterprise': {
      name: 'TruffleHog Enterprise',
      revokeUrl: '',
      note: 'Delete the API key under Settings > API keys of your TruffleHog Enterprise instance and create a new one.',
    },
    portainer: {
      name: 'Portainer',
      revokeUrl: '',
      note: 'Remove the key under My account > Access tokens on your Portainer instance (it is revoked at once); a leaked session JWT ends when its user logs out or it expires.',
    },
  },
  rules: [
    prefixedRule({
      id: 'clojars-deploy-token',
      title: 'Clojars deploy token',
      provider: 'clojars',
      prefixes: ['CLOJARS_'],
      body: '[a-z0-9]{60}',
      short: '[a-z0-9]{30}',
      peers: { gitleaks: ['clojars-api-token'] },
    }),
    prefixedRule({
      id: 'harness-api-key',
      title: 'Harness personal or service account token',
      provider: 'harness',
      prefixes: ['pat.', 'sat.'],
      // `<kind>.<account id>.<token id>.<secret>`.
      body: String.raw`[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}`,
      short: String.raw`[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{10}`,
      peers: { gitleaks: ['harness-api-key'], trufflehog: ['harness'] },
    }),
    {
      id: 'terraform-cloud-token',
      title: 'HCP Terraform (Terraform Cloud) API token',
      provider: 'terraform',
      keywords: ['.atlasv1.'],
      // `<14 characters>.atlasv1.<60-70 characters>`.
      pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
      minEntropy: 4,
      format: String.raw`[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{67}`,
      samples: {
        found: [String.raw`TFE_TOKEN=[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{67}`],
        notFound: [
          String.raw`[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{30}`,
          String.raw`[A-Za-z0-9]{14}\.atlasv1\.x{67}`,
        ],
      },
      peers: { gitleaks: ['hashicorp-tf-api-token'], trufflehog: ['terraformcloudpersonaltoken'] },
    },
    prefixedRule({
      id: 'octopus-deploy-api-key',
      title: 'Octopus Deploy API key',
      provider: 'octopus',
      prefixes: ['API-'],
      body: '[A-Z0-9]{26}',
      short: '[A-Z0-9]{13}',
      // `API-` is an ordinary word in constants (`API-GATEWAY...`): a key has digits and letters.
      validate: (s) => /\d/.test(s.slice(4)) && /[A-Z]/.test(s.slice(4)),
      peers: { gitleaks: ['octopus-deploy-api-key'], trufflehog: ['octopusdeploy'] },
    }),
    prefixedRule({
      id: 'postman-api-key',
      title: 'Postman API key',
      provider: 'postman',
      prefixes: ['PMAK-'],
      body: '[a-f0-9]{24}-[a-f0-9]{34}',
      short: '[a-f0-9]{24}-[a-f0-9]{10}',
      minEntropy: 3.2,
      peers: { gitleaks: ['postman-api-token'], trufflehog: ['postman'] },
    }),
    prefixedRule({
      id: 'prefect-api-key',
      title: 'Prefect Cloud API key',
      provider: 'prefect',
      prefixes: ['pnu_'],
      body: '[A-Za-z0-9]{36}',
      short: '[A-Za-z0-9]{18}',
      peers: { gitleaks: ['prefect-api-token'], trufflehog: ['prefect'] },
    }),
    prefixedRule({
      id: 'pulumi-access-token',
      title: 'Pulumi access token',
      provider: 'pulumi',
      prefixes: ['pul-'],
      body: '[a-f0-9]{40}',
      short: '[a-f0-9]{20}',
      minEntropy: 3.2,
      peers: { gitleaks: ['pulumi-api-token'], trufflehog: ['pulumi'] },
    }),
    prefixedRule({
      id: 'readme-api-key',
      title: 'ReadMe API key',
      provider: 'readme',
      prefixes: ['rdme_'],
      body: '[a-z0-9]{70}',
      short: '[a-z0-9]{35}',
      peers: { gitleaks: ['readme-api-token'], trufflehog: ['readme'] },
    }),
    prefixedRule({
      id: 'sonarqube-token',
      title: 'SonarQube user or analysis token',
      provider: 'sonarqube',
      prefixes: ['squ_', 'sqp_', 'sqa_'],
      body: '[a-f0-9]{40}',
      short: '[a-f0-9]{20}',
      minEntropy: 3.2,
      peers: { gitleaks: ['sonar-api-token'] },
    }),
    prefixedRule({
      id: 'trufflehog-enterprise-secret',
      title: 'TruffleHog Enterprise API key secret',
      provider: 'trufflehog-enterprise',
      // The secret half of an API key (`thog-secret-` and 32 hex); its `thog-key-` half is an id.
      prefixes: ['thog-secret-'],
      body: '[a-f0-9]{32}',
      short: '[a-f0-9]{16}',
      minEntropy: 3.2,
      peers: { trufflehog: ['trufflehogenterprise'] },
    }),
    prefixedRule({
      id: 'settlemint-access-token',
      title: 'SettleMint access token',
      provider: 'settlemint',
      prefixes: ['sm_aat_', 'sm_pat_', 'sm_sat_'],
      body: '[A-Za-z0-9]{16}',
      short: '[A-Za-z0-9]{8}',
      minEntropy: 3,
      peers: {
        gitleaks: [
          'settlemint-application-access-token',
          'settlemint-personal-access-token',
          'settlemint-service-access-token',
        ],
      },
    }),
    prefixedRule({
      id: 'defined-networking-api-key',
      title: 'Defined Networking API key',
      provider: 'defined-networking',
      prefixes: ['dnkey-'],
      body: '[A-Za-z0-9_=-]{26}-[A-Za-z0-9_=-]{52}',
      short: '[A-Za-z0-9_=-]{26}-[A-Za-z0-9_=-]{20}',
      peers: { gitleaks: ['defined-networking-api-token'] },
    }),
    prefixedRule({
      id: 'frameio-developer-token',
      title: 'Frame.io developer token',
      provider: 'frameio',
      prefixes: ['fio-u-'],
      body: '[A-Za-z0-9_=-]{64}',
      short: '[A-Za-z0-9_=-]{32}',
      peers: { gitleaks: ['frameio-api-token'], trufflehog: ['frameio'] },
    }),
    {
      id: 'onepassword-service-account-token',
      title: '1Password service account token',
      provider: '1password',
      keywords: ['ops_ey'],
      // `ops_` and the base64 of a JSON object (so `eyJ`). Same id as the preset's rule, which only
      // takes a token whose JSON decodes; this one also takes a token cut or wrapped in transit.
      pattern: /(?<![A-Za-z0-9_+/-])(?<secret>ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3})(?![A-Za-z0-9+/=_-])/,
      minEntropy: 4,
      format: String.raw`ops_eyJ[A-Za-z0-9+/]{250,400}={0,3}`,
      samples: {
        found: [String.raw`OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ[A-Za-z0-9+/]{250,400}={0,3}`],
        notFound: [String.raw`ops_eyJ[A-Za-z0-9+/]{100}`, String.raw`ops_eyJA{250}`],
      },
      peers: { gitleaks: ['1password-service-account-token'] },
    },
    prefixedRule({
      id: '1password-secret-key',
      title: '1Password account Secret Key',
      provider: '1password',
      // Version `A3`, the 6-character account id, then 26 random capitals and digits in dashed
      // groups (6-5-5-5-5; the whitepaper's example joins the first two). One of the two secrets
      // that unlock an account: with it, only the account password stands between a thief and the vault.
      prefixes: ['A3-'],
      body: '[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
      short: '[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}',
      // A key mixes letters and digits; a run of one group's worth of letters is a label.
      validate: (s) => /\d/.test(s.slice(3)) && /[A-Z]/.test(s.slice(3)),
      peers: { gitleaks: ['1password-secret-key'] },
    }),
    {
      id: 'infracost-api-key',
      title: 'Infracost API key',
      provider: 'infracost',
      keywords: ['ico-'],
      // `ico-` and 32 letters and digits.
      // Not after a `.`: `box.ico-<hash>.png` is a file name with a content hash.
      pattern: /(?<![A-Za-z0-9_.-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`ico-[A-Za-z0-9]{32}`,
      samples: {
        found: [String.raw`ico-[A-Za-z0-9]{32}`, String.raw`INFRACOST_API_KEY: ico-[A-Za-z0-9]{32}`],
        notFound: [String.raw`ico-[A-Za-z0-9]{16}`, String.raw`ico-x{32}`, String.raw`favico-[A-Za-z0-9]{32}`],
      },
      peers: { gitleaks: ['infracost-api-token'] },
    },
    {
      id: 'sourcegraph-access-token',
      title: 'Sourcegraph access token',
      provider: 'sourcegraph',
      keywords: ['sgp_'],
      // `sgp_`, the instance's 16-hex id (or `local`), `_` and 40 hex; older tokens have no instance part.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_-])/,
      minEntropy: 3,
      format: String.raw`sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40}`,
      samples: {
        found: [
          String.raw`sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-f0-9]{40}`,
          String.raw`SRC_ACCESS_TOKEN=sgp_[a-f0-9]{16}_[a-f0-9]{40}`,
        ],
        notFound: [String.raw`sgp_[a-f0-9]{16}_[a-f0-9]{20}`, String.raw`sgp_local_0{40}`],
      },
      peers: { gitleaks: ['sourcegraph-access-token'], trufflehog: ['sourcegraph'] },
    },
    {
      id: 'sourcegraph-access-token-legacy',
      title: 'Sourcegraph access token (unprefixed)',
      provider: 'sourcegraph',
      keywords: ['sourcegraph', 'srcaccess', 'src_access', 'src-access', 'src.access'],
      // Tokens issued before the `sgp_` prefix: 40 hex under a Sourcegraph key (or the CLI's `SRC_ACCESS_TOKEN`).
      pattern: keyedPattern({ provider: '(?:sourcegraph|src[_.-]?access)', value: VALUE.hex40 }),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{40}`,
      key: 'SOURCEGRAPH_TOKEN',
      samples: {
        found: [String.raw`SRC_ACCESS_TOKEN=[a-f0-9]{40}`, String.raw`sourcegraph:\n  token: "[a-f0-9]{40}"`],
        notFound: [
          String.raw`SRC_ACCESS_TOKEN=[a-f0-9]{20}`,
          String.raw`SOURCEGRAPH_COMMIT=[a-f0-9]{40}`,
          String.raw`SRC_ACCESS_TOKEN=0{40}`,
        ],
      },
      peers: { gitleaks: ['sourcegraph-access-token'] },
    },
    {
      id: 'bitbucket-app-password',
      title: 'Bitbucket app password',
      provider: 'bitbucket',
      keywords: ['atbb'],
      // `ATBB`, 24 letters and digits, and an 8-digit uppercase hex checksum.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>ATBB[A-Za-z0-9]{24}[A-F0-9]{8})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`ATBB[A-Za-z0-9]{24}[A-F0-9]{8}`,
      samples: {
        found: [String.raw`ATBB[A-Za-z0-9]{24}[A-F0-9]{8}`],
        notFound: [String.raw`ATBB[A-Za-z0-9]{12}[A-F0-9]{8}`, String.raw`ATBBx{24}[A-F0-9]{8}`],
      },
      peers: { trufflehog: ['bitbucketapppassword'] },
    },
    {
      id: 'bitbucket-data-center-token',
      title: 'Bitbucket Data Center HTTP access token',
      provider: 'bitbucket-data-center',
      keywords: ['bbdc-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>BBDC-[A-Za-z0-9+/@_-]{40,50}={0,2})(?![A-Za-z0-9+/@=_-])/,
      minEntropy: 3.5,
      format: String.raw`BBDC-[A-Za-z0-9+/]{44}`,
      samples: {
        found: [String.raw`BBDC-[A-Za-z0-9+/]{44}`],
        notFound: [String.raw`BBDC-[A-Za-z0-9+/]{22}`, String.raw`BBDC-X{44}`],
      },
      peers: { trufflehog: ['bitbucketdatacenter'] },
    },
    {
      id: 'circleci-token',
      title: 'CircleCI API token',
      provider: 'circleci',
      keywords: ['ccipat_', 'cciprj_'],
      // `CCIPAT_` (personal) or `CCIPRJ_` (project), a base58 UUID, `_`, 40 hex characters.
      pattern: /(?<![A-Za-z0-9_-])(?<secret>CCIP(?:AT|RJ)_[A-Za-z0-9]{20,24}_[a-fA-F0-9]{40})(?![A-Za-z0-9_-])/,
      format: String.raw`CCIP(?:AT|RJ)_[1-9A-HJ-NP-Za-km-z]{22}_[a-f0-9]{40}`,
      samples: {
        found: [String.raw`CCIP(?:AT|RJ)_[1-9A-HJ-NP-Za-km-z]{22}_[a-f0-9]{40}`],
        notFound: [
          String.raw`CCIPAT_[1-9A-HJ-NP-Za-km-z]{22}_[a-f0-9]{20}`,
          String.raw`CCIPAT_[1-9A-HJ-NP-Za-km-z]{22}_0{40}`,
        ],
      },
      peers: { trufflehog: ['circleci'] },
    },
    keyedRule({
      id: 'circleci-token-legacy',
      title: 'CircleCI API token (unprefixed)',
      provider: 'circleci',
      // Tokens made before the `CCIPAT_` prefix: 40 hex characters (`CIRCLECI_TOKEN`, `CIRCLE_TOKEN`).
      word: 'circle(?:ci)?',
      keywords: ['circle'],
      value: VALUE.hex40,
      key: 'CIRCLECI_TOKEN',
      near: ['[a-f0-9]{20}', '0{40}'],
      peers: { trufflehog: ['circleci'] },
    }),
    keyedJwtRule({
      id: 'formio-api-token',
      title: 'Form.io token',
      provider: 'formio',
      word: 'form[_.-]?io',
      keywords: ['formio', 'form_io', 'form.io', 'form-io'],
      key: 'FORMIO_JWT_TOKEN',
      peers: { trufflehog: ['formio'] },
    }),
    {
      id: 'doppler-token',
      title: 'Doppler token',
      provider: 'doppler',
      keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
      // Personal, service (`dp.st.<config>.` on newer ones), service account, CLI, SCIM and audit tokens.
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[A-Za-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_.-])/,
      minEntropy: 3.5,
      format: String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[A-Za-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,44}`,
      samples: {
        found: [String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[A-Za-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,44}`],
        notFound: [
          String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[A-Za-z0-9_-]{1,64}\.)?[A-Za-z0-9]{20}`,
          String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[A-Za-z0-9_-]{1,64}\.)?x{40}`,
        ],
      },
      peers: { gitleaks: ['doppler-api-token'], trufflehog: ['doppler'] },
    },
    {
      id: 'vault-batch-token',
      title: 'HashiCorp Vault batch token',
      provider: 'vault',
      keywords: ['hvb.'],
      // `hvb.` and an encrypted blob of base64url (with `.`-joined parts in namespaces). Ranked below
      // the preset's `vault-token`, which reports the 138-300 character ones.
      pattern:
        /(?<![A-Za-z0-9_.-])(?<secret>hvb\.[A-Za-z0-9_-][A-Za-z0-9_.-]{48,400}[A-Za-z0-9_-])(?![A-Za-z0-9_-]|\.[A-Za-z0-9_-])/,
      priority: 9,
      minEntropy: 3.5,
      format: String.raw`hvb\.AAAAAQ[A-Za-z0-9_-]{60,130}`,
      samples: {
        found: [String.raw`hvb\.AAAAAQ[A-Za-z0-9_-]{60,130}`],
        notFound: [String.raw`hvb\.AAAAAQ[A-Za-z0-9_-]{20}`, String.raw`hvb\.x{80}`],
      },
      peers: { trufflehog: ['hashicorpvaultbatchtoken'] },
    },
    {
      id: 'snyk-api-token',
      title: 'Snyk API token',
      provider: 'snyk',
      keywords: ['snyk'],
      pattern: keyedPattern({ provider: 'snyk', value: VALUE.uuid }),
      priority: 8,
      format: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
      key: 'SNYK_TOKEN',
      samples: {
        found: [String.raw`SNYK_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`],
        notFound: [
          String.raw`SNYK_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}`,
          String.raw`SNYK_TOKEN=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-0{12}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
        ],
      },
      peers: { gitleaks: ['snyk-api-token'], trufflehog: ['snykkey'] },
    },
    {
      id: 'contentful-pat',
      title: 'Contentful personal access token',
      provider: 'contentful',
      keywords: ['cfpat-'],
      pattern: /(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
      minEntropy: 3.5,
      format: String.raw`CFPAT-[A-Za-z0-9_-]{43}`,
      samples: {
        found: [String.raw`CFPAT-[A-Za-z0-9_-]{43}`],
        notFound: [String.raw`CFPAT-[A-Za-z0-9_-]{21}`, String.raw`CFPAT-x{43}`],
      },
      peers: { trufflehog: ['contentfulpersonalaccesstoken'] },
    },
    {
      id: 'mapbox-secret-token',
      title: 'Mapbox secret access token',
      provider: 'mapbox',
      keywords: ['sk.eyj'],
      // `sk.` + base64url JSON naming the user + `.` + the secret part (public tokens are `pk.`).
      pattern: /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])/,
      minEntropy: 3.5,
      format: String.raw`sk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,40}`,
      samples: {
        found: [String.raw`sk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,40}`],
        notFound: [
          String.raw`sk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{10}`,
          String.raw`sk\.eyJ[A-Za-z0-9_-]{10,300}\.x{20}`,
        ],
      },
      peers: { gitleaks: ['mapbox-api-token'], trufflehog: ['mapbox'] },
    },
    {
      id: 'algolia-admin-key',
      title: 'Algolia admin or write API key',
      provider: 'algolia',
      keywords: ['algolia'],
      // Search-only keys are public by design: only admin/write keys, or the plain `ALGOLIA_API_KEY`
      // a server uses, and never under a public build-time prefix (`NEXT_PUBLIC_`, `VITE_`, ...).
      pattern: new RegExp(
        String.raw`(?<![A-Za-z0-9]|PUBLIC_|VITE_|APP_)algolia[_.-]?(?:(?:admin|write)[_.-]?(?:api[_.-]?)?|api[_.-]?)key` +
          `${ASSIGN}(?<secret>${VALUE.hex32})(?![A-Za-z0-9_-])`,
        'i',
      ),
      minEntropy: 3.2,
      priority: 8,
      format: String.raw`[a-f0-9]{32}`,
      key: 'ALGOLIA_ADMIN_KEY',
      samples: {
        found: [String.raw`ALGOLIA_ADMIN_KEY=[a-f0-9]{32}`],
        notFound: [
          String.raw`ALGOLIA_ADMIN_KEY=[a-f0-9]{16}`,
          String.raw`ALGOLIA_ADMIN_KEY=0{32}`,
          String.raw`UNRELATED_SETTING=[a-f0-9]{32}`,
        ],
      },
      peers: { gitleaks: ['algolia-api-key'], trufflehog: ['algoliaadminkey'] },
    },
    {
      id: 'mapbox-public-token',
      title: 'Mapbox public access token',
      provider: 'mapbox',
      severity: 'warning',
      description: 'Public tokens ship in web pages and apps; worth knowing about when not restricted to your URLs.',
      // `pk.` + base64url of `{"u":"<user>",...}` (so `eyJ1`) + `.` + the token's own part.
      keywords: ['pk.eyj1'],
      pattern: /(?<![A-Za-z0-9_.-])(?<secret>pk\.eyJ1[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])/,
      minEntropy: 3.5,
      format: String.raw`pk\.(?<b64url>\{"u":"[a-z]{4,12}","a":"[a-z0-9]{25}"\})\.[A-Za-z0-9_-]{22}`,
      samples: {
        found: [String.raw`MAPBOX_TOKEN=pk\.(?<b64url>\{"u":"[a-z]{4,12}","a":"[a-z0-9]{25}"\})\.[A-Za-z0-9_-]{22}`],
        notFound: [
          String.raw`pk\.(?<b64url>\{"u":"[a-z]{4,12}","a":"[a-z0-9]{25}"\})\.[A-Za-z0-9_-]{10}`,
          String.raw`pk\.(?<b64url>\{"u":"[a-z]{4,12}","a":"[a-z0-9]{25}"\})\.x{22}`,
        ],
      },
      peers: { gitleaks: ['mapbox-api-token'], trufflehog: ['mapbox'] },
    },
    {
      id: 'launchdarkly-api-key',
      title: 'LaunchDarkly access token or SDK key',
      provider: 'launchdarkly',
      // API access tokens (`api-`) and server-side SDK keys (`sdk-`) are a version-4 UUID behind their
      // prefix (the peers accept any lowercase letter, not only hex); mobile keys (`mob-`) and
      // client-side ids ship in apps.
      keywords: ['api-', 'sdk-'],
      pattern:
        /(?<![A-Za-z0-9_-])(?<secret>(?:api|sdk)-[a-z0-9]{8}-[a-z0-9]{4}-4[a-z0-9]{3}-[a-z0-9]{4}-[a-z0-9]{12})(?![A-Za-z0-9_-])/,
      format: String.raw`(?:api|sdk)-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}`,
      samples: {
        found: [String.raw`LD_SDK_KEY=(?:api|sdk)-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}`],
        notFound: [
          String.raw`mob-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}`,
          String.raw`sdk-[a-f0-9]{8}-[a-f0-9]{4}-1[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}`,
          String.raw`rest-api-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}`,
        ],
      },
      peers: { gitleaks: ['launchdarkly-access-token'], trufflehog: ['launchdarkly'] },
    },
    prefixedRule({
      id: 'spectralops-api-key',
      title: 'SpectralOps personal API key',
      provider: 'spectralops',
      prefixes: ['spu-'],
      body: '[a-z0-9]{32}',
      short: '[a-z0-9]{16}',
      peers: { trufflehog: ['spectralops'] },
    }),
    {
      id: 'portainer-api-key',
      title: 'Portainer API key',
      provider: 'portainer',
      // `ptr_` and 32 random bytes in base64: `ptr_` alone also opens C identifiers, so the exact shape.
      keywords: ['ptr_'],
      pattern: /(?<![A-Za-z0-9_])(?<secret>ptr_[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=_-])/,
      minEntropy: 4,
      validate: (secret) => /\d/.test(secret) && /[A-Z]/.test(secret) && /[a-z].*[a-z]/.test(secret.slice(4)),
      format: String.raw`ptr_[A-Za-z0-9+/]{43}=`,
      samples: {
        found: [String.raw`X-API-Key: ptr_[A-Za-z0-9+/]{43}=`],
        notFound: [String.raw`ptr_[A-Za-z0-9+/]{20}=`, String.raw`ptr_[a-z]{43}=`, String.raw`ptr_x{43}=`],
      },
      peers: { trufflehog: ['portainertoken'] },
    },
    {
      id: 'portainer-token',
      title: 'Portainer API key or session token',
      provider: 'portainer',
      keywords: ['portainer'],
      // Under a key naming Portainer: an API key of any length the peers have seen, or a session JWT
      // (the key names the issuer, so any three base64url parts after a JSON header).
      pattern: keyedPattern({
        provider: 'portainer',
        kind: '(?:key|token|jwt|secret)',
        value: String.raw`(?:ptr_[A-Za-z0-9+/_=-]{20,60}|eyJ[A-Za-z0-9_-]{10,100}\.[A-Za-z0-9_-]{20,3000}\.[A-Za-z0-9_-]{16,700})`,
        tail: 'A-Za-z0-9+/_=.-',
      }),
      minEntropy: 3.5,
      priority: 8,
      format: String.raw`ptr_[A-Za-z0-9+/]{20,60}`,
      key: 'PORTAINER_API_KEY',
      samples: {
        found: [
          String.raw`PORTAINER_API_KEY=ptr_[A-Za-z0-9+/]{20,60}`,
          String.raw`PORTAINER_TOKEN=(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"id":[1-9],"username":"[a-z]{5}","role":1,"exp":17[0-9]{8}\})\.[A-Za-z0-9_-]{43}`,
        ],
        notFound: [
          String.raw`PORTAINER_URL=ptr_[A-Za-z0-9+/]{20,60}`,
          String.raw`PORTAINER_API_KEY=ptr_[A-Za-z0-9]{8}`,
          String.raw`UNRELATED_TOKEN=ptr_[A-Za-z0-9]{30}`,
        ],
      },
      peers: { trufflehog: ['portainer', 'portainertoken'] },
    },
  ],
};
