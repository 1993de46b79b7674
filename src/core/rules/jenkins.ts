/**
 * Jenkins keeps every stored credential in XML (`credentials.xml`, a job's `config.xml`): one
 * element per credential class (`...StringCredentialsImpl`, `...UsernamePasswordCredentialsImpl`)
 * whose `<secret>`, `<password>`, `<passphrase>`, `<apiToken>` or `<token>` holds the secret,
 * plain or as Jenkins' encrypted form in braces (`{AQAAABAAAAAQ...}`). The encrypted form opens
 * with the controller's key, which backups and copied `JENKINS_HOME` folders carry beside it: a
 * committed credentials file is a leak either way. Whatever the element holds is reported, since
 * the credential class says what it is; references and placeholders are left alone.
 */
import type { RuleFamily } from './define.js';

/** What only Jenkins credential files hold: a credential class's name. */
const CREDENTIAL_CLASS = /CredentialsImpl>/;

/** The element: encrypted in braces, or plain text on one line. */
const ELEMENT = String.raw`<(?<el>secret|password|passphrase|apiToken|token)>(?<secret>\{[^{}<>\r\n]{16,4000}\}|[^{}<>\s][^{}<>\r\n]{7,4000}?)</\k<el>>`;

export const jenkins: RuleFamily = {
  id: 'jenkins',
  providers: {
    jenkins: {
      name: 'Jenkins',
      revokeUrl: '',
      note: 'Replace the credential in Jenkins (Manage Jenkins > Credentials), rotate it at the service it belongs to, and keep credentials.xml and secrets/ out of the repository.',
      auditLog: "the Jenkins controller's audit trail and the service's own access log",
    },
  },
  rules: [
    {
      id: 'jenkins-credential',
      title: 'Credential in a Jenkins credentials file',
      provider: 'jenkins',
      keywords: ['credentialsimpl>'],
      pattern: new RegExp(ELEMENT),
      minEntropy: 2.5,
      validate: (_secret, m) => CREDENTIAL_CLASS.test(m.input),
      explain: (secret) =>
        secret.startsWith('{')
          ? { reason: "encrypted with the Jenkins controller's key, which opens it", severity: 'warning' }
          : undefined,
      format: String.raw`\{AQAAABAAAAAQ[A-Za-z0-9+/]{60}==\}`,
      samples: {
        found: [
          String.raw`<com\.cloudbees\.plugins\.credentials\.impl\.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <password>\{AQAAABAAAAAQ[A-Za-z0-9+/]{60}==\}</password>\n</com\.cloudbees\.plugins\.credentials\.impl\.UsernamePasswordCredentialsImpl>`,
          String.raw`<org\.jenkinsci\.plugins\.plaincredentials\.impl\.StringCredentialsImpl>\n  <id>api</id>\n  <secret>[A-Za-z0-9]{32}</secret>\n</org\.jenkinsci\.plugins\.plaincredentials\.impl\.StringCredentialsImpl>`,
        ],
        notFound: [
          // Not a credentials file: an element of the same name anywhere else.
          String.raw`<settings>\n  <secret>\{AQAAABAAAAAQ[A-Za-z0-9+/]{60}==\}</secret>\n</settings>`,
          String.raw`<org\.jenkinsci\.plugins\.plaincredentials\.impl\.StringCredentialsImpl>\n  <secret>\$\{API_TOKEN\}</secret>\n</org\.jenkinsci\.plugins\.plaincredentials\.impl\.StringCredentialsImpl>`,
        ],
      },
    },
  ],
};
