/** Test token generators for the rules in src/core/rules/jenkins.ts (see ./random.ts). */
import { BASE64, p, randomChars } from './random.js';

export const jenkinsTokens = {
  /**
   * A secret as Jenkins stores it encrypted, in braces: base64 of a version byte (1), the IV's
   * length (16) and the IV, then the ciphertext, which is what `AQAAABAAAAAQ` opens with.
   */
  jenkinsEncryptedSecret: (seed = 'jenkins', n = 60) => p('{', 'AQAAABAAAAAQ', randomChars(BASE64, n, seed), '==}'),
};

/** A Jenkins credentials file holding one credential of `cls` whose `element` is `value`. */
export function jenkinsCredentials(cls: string, element: string, value: string): string {
  return [
    "<?xml version='1.1' encoding='UTF-8'?>",
    '<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">',
    '  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">',
    '    <entry>',
    '      <java.util.concurrent.CopyOnWriteArrayList>',
    `        <${cls}>`,
    '          <scope>GLOBAL</scope>',
    '          <id>deploy</id>',
    '          <description>production deploys</description>',
    `          <${element}>${value}</${element}>`,
    `        </${cls}>`,
    '      </java.util.concurrent.CopyOnWriteArrayList>',
    '    </entry>',
    '  </domainCredentialsMap>',
    '</com.cloudbees.plugins.credentials.SystemCredentialsProvider>',
    '',
  ].join('\n');
}
