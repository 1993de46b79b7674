/**
 * GitLab tokens beyond the personal access tokens the preset knows: deploy, runner, trigger, feed,
 * CI job, agent, OAuth application, SCIM, incoming-mail and feature-flag tokens, each with its
 * documented prefix. Long (routable) personal tokens are also covered here, and session cookies.
 */
import type { RuleFamily, SecretRuleSpec } from './define.js';

/** gitleaks' rule ids for the same tokens (for the rules table). */
const GITLEAKS: Readonly<Record<string, readonly string[]>> = {
  'gitlab-pat': ['gitlab-pat', 'gitlab-pat-routable'],
  'gitlab-deploy-token': ['gitlab-deploy-token'],
  'gitlab-runner-token': ['gitlab-runner-authentication-token', 'gitlab-runner-authentication-token-routable'],
  'gitlab-runner-registration-token': ['gitlab-rrt'],
  'gitlab-trigger-token': ['gitlab-ptt'],
  'gitlab-feed-token': ['gitlab-feed-token'],
  'gitlab-ci-job-token': ['gitlab-cicd-job-token'],
  'gitlab-agent-token': ['gitlab-kubernetes-agent-token'],
  'gitlab-oauth-secret': ['gitlab-oauth-app-secret'],
  'gitlab-scim-token': ['gitlab-scim-token'],
  'gitlab-incoming-mail-token': ['gitlab-incoming-mail-token'],
  'gitlab-feature-flag-token': ['gitlab-feature-flag-client-token'],
};

/** trufflehog's detectors for the same tokens (only personal tokens and OAuth secrets have one). */
const TRUFFLEHOG: Readonly<Record<string, readonly string[]>> = {
  'gitlab-pat': ['gitlab'],
  'gitlab-oauth-secret': ['gitlaboauth2'],
};

/** `prefixes` are literal (they double as the keyword gate); `body` is a regex. */
const kind = (id: string, title: string, prefixes: string | string[], body: string): SecretRuleSpec => ({
  id,
  title,
  provider: 'gitlab',
  keywords: [prefixes].flat(),
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>(?:${[prefixes].flat().join('|')})${body})(?![A-Za-z0-9_-])`),
  // Below the preset's own GitLab rule when both match the same token.
  priority: 9,
  format: `${[prefixes].flat()[0]}${body}`,
  samples: {
    found: [`GITLAB_TOKEN=${[prefixes].flat()[0]}${body}`],
    // Too short, and a run of one character where the random part should be.
    notFound: [`${[prefixes].flat()[0]}[A-Za-z0-9]{12}`, `GITLAB_TOKEN=${[prefixes].flat()[0]}x{40}`],
  },
  peers: { gitleaks: GITLEAKS[id] ?? [], trufflehog: TRUFFLEHOG[id] ?? [] },
});

/** 20 or more random characters, in newer (routable) tokens then dotted parts (`.01.<crc>`). */
const BODY = String.raw`[A-Za-z0-9_-]{20,300}(?:\.[A-Za-z0-9_-]{1,300}){0,4}`;

export const gitlab: RuleFamily = {
  id: 'gitlab',
  providers: {
    gitlab: {
      auditLog: "https://gitlab.com/-/user_settings/authentication_log (and the group's audit events)",
      name: 'GitLab',
      revokeUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
    },
  },
  rules: [
    kind('gitlab-pat', 'GitLab personal access token', 'glpat-', BODY),
    kind('gitlab-deploy-token', 'GitLab deploy token', 'gldt-', BODY),
    kind('gitlab-runner-token', 'GitLab runner authentication token', ['glrt-', 'glrtr-'], BODY),
    kind('gitlab-runner-registration-token', 'GitLab runner registration token', 'GR1348941', '[A-Za-z0-9_-]{20}'),
    kind('gitlab-trigger-token', 'GitLab pipeline trigger token', 'glptt-', '[a-f0-9]{40}'),
    kind('gitlab-feed-token', 'GitLab feed token', 'glft-', BODY),
    kind('gitlab-ci-job-token', 'GitLab CI/CD job token', 'glcbt-', '[a-f0-9]{1,5}_[A-Za-z0-9_-]{20}'),
    kind(
      'gitlab-agent-token',
      'GitLab agent for Kubernetes token',
      'glagent-',
      String.raw`[A-Za-z0-9_-]{50,300}(?:\.[A-Za-z0-9_-]{1,300}){0,4}`,
    ),
    kind('gitlab-oauth-secret', 'GitLab OAuth application secret', 'gloas-', '[a-f0-9]{64}'),
    kind('gitlab-scim-token', 'GitLab SCIM token', 'glsoat-', BODY),
    kind('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'glimt-', '[A-Za-z0-9_-]{25}'),
    kind('gitlab-feature-flag-token', 'GitLab feature flags client token', 'glffct-', BODY),
    {
      id: 'gitlab-session-cookie',
      title: 'GitLab session cookie',
      provider: 'gitlab',
      keywords: ['_gitlab_session'],
      // A signed-in browser session (`Cookie: _gitlab_session=<32 hex>`, or the cookie in a JSON or
      // YAML export): whoever holds it is that user until it expires.
      pattern: /(?<![A-Za-z0-9])_gitlab_session["']?\s{0,4}[=:]\s{0,4}["']?(?<secret>[a-z0-9]{32})(?![A-Za-z0-9_-])/,
      minEntropy: 3,
      format: '[a-f0-9]{32}',
      samples: {
        found: [
          'curl -H "Cookie: _gitlab_session=[a-f0-9]{32}" https://gitlab\\.acme\\.io/api/v4/user',
          '\\{"_gitlab_session": "[a-f0-9]{32}"\\}',
        ],
        notFound: ['_gitlab_session=[a-f0-9]{16}', '_gitlab_session=0{32}', 'my_gitlab_session=[a-f0-9]{32}'],
      },
      peers: { gitleaks: ['gitlab-session-cookie'] },
    },
  ],
};
