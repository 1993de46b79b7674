import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { jenkinsCredentials, jenkinsTokens } from '../../helpers/tokens/jenkins.js';
import { ALNUM, randomChars } from '../../helpers/tokens/random.js';
import { expectNotFound } from './harness.js';

const engine = new Engine(resolveConfig(undefined));
const STRING = 'org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl';
const USER_PASSWORD = 'com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl';

async function findingsIn(text: string) {
  return (await engine.scan({ path: 'credentials.xml', text })).findings;
}

describe('jenkins-credential', () => {
  it('reports an encrypted secret as a warning, at its exact place', async () => {
    const secret = jenkinsTokens.jenkinsEncryptedSecret('enc');
    const text = jenkinsCredentials(USER_PASSWORD, 'password', secret);
    const findings = await findingsIn(text);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['jenkins-credential', 'warning']]);
    const line = text.split('\n')[findings[0]!.line - 1]!;
    expect(line.slice(findings[0]!.column - 1, findings[0]!.endColumn - 1)).toBe(secret);
    expect(findings[0]!.message).toContain("controller's key");
    expect(findings[0]!.secret).not.toContain(secret);
  });

  it.each(['secret', 'apiToken', 'passphrase'])('reports a plain <%s> as an error', async (element) => {
    const value = randomChars(ALNUM, 32, `plain:${element}`);
    const findings = await findingsIn(jenkinsCredentials(STRING, element, value));
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['jenkins-credential', 'error']]);
  });

  it('leaves ids, other XML, references and placeholders alone', async () => {
    const secret = jenkinsTokens.jenkinsEncryptedSecret('other');
    await expectNotFound(
      // The same element outside a credentials file (no credential class).
      `<settings>\n  <secret>${secret}</secret>\n</settings>\n`,
      jenkinsCredentials(STRING, 'secret', '${DEPLOY_TOKEN}'),
      jenkinsCredentials(STRING, 'secret', 'changeme-placeholder'),
      jenkinsCredentials(STRING, 'id', secret),
      jenkinsCredentials(STRING, 'secret', ''),
    );
  });
});
