import { describe, expect, it } from '@jest/globals';
import { ALNUM, DIGITS, LOWER_ALNUM, URLSAFE, p, randomChars } from '../../helpers/tokens/random.js';
import { packageRegistriesTokens } from '../../helpers/tokens/package-registries.js';
import { expectFound, expectNotFound, ruleIds } from './harness.js';
import { expectIn, expectNoProviderFinding, expectKeyed, found } from './keyed-harness.js';

describe('package registry rules', () => {
  it.each([
    ['pypi-upload-token', packageRegistriesTokens.pypiToken()],
    ['pypi-upload-token', p('pypi-', 'AgENdGVzdC5weXBp', 'Lm9yZw', randomChars(URLSAFE, 120, 'testpypi'))],
    ['rubygems-api-key', packageRegistriesTokens.rubygemsKey()],
    ['nuget-api-key', packageRegistriesTokens.nugetKey()],
    ['docker-hub-org-token', packageRegistriesTokens.dockerOrgToken()],
    ['jfrog-reference-token', packageRegistriesTokens.jfrogReferenceToken()],
    ['jfrog-reference-token', packageRegistriesTokens.jfrogReferenceTokenRaw()],
    ['jfrog-api-key', packageRegistriesTokens.jfrogApiKey()],
  ])('%s: found by its format in JSON, .env and code', async (id, token) => {
    await expectFound(id, token);
  });

  it('in the files these registries read', async () => {
    const pypi = packageRegistriesTokens.pypiToken('pypirc');
    await expectIn('pypi-upload-token', `[pypi]\nusername = __token__\npassword = ${pypi}\n`, pypi);
    const nuget = packageRegistriesTokens.nugetKey('nuget');
    await expectIn('nuget-api-key', `dotnet nuget push pkg.nupkg --api-key ${nuget} --source nuget.org`, nuget);
    const ref = packageRegistriesTokens.jfrogReferenceToken('curl');
    await expectIn(
      'jfrog-reference-token',
      `curl -H "Authorization: Bearer ${ref}" https://acme.jfrog.io/artifactory/api/repositories`,
      ref,
    );
  });

  it('near misses: other base64 bodies, wrong lengths and charsets, placeholders', async () => {
    await expectNoProviderFinding(
      p('pypi-', 'AgEIcHlwaS5', 'vcmc', randomChars(URLSAFE, 20, 'n1')),
      p('pypi-', randomChars(URLSAFE, 150, 'n2')),
      p('rubygems', '_', randomChars(ALNUM, 48, 'n3')),
      p('o', 'y2', randomChars(LOWER_ALNUM, 40, 'n4')),
      p('o', 'y2', randomChars(ALNUM, 43, 'n5').toUpperCase()),
      p('toy2', randomChars(LOWER_ALNUM, 43, 'n6')),
      p('dckr', '_oat_', 'xxxx'),
      Buffer.from(p('refxxx', ':01:', randomChars(DIGITS, 10, 'n7'), ':', randomChars(ALNUM, 27, 'n8'))).toString(
        'base64',
      ),
      p('cmVm', 'dGtu', randomChars(ALNUM, 56, 'n9')),
      Buffer.from(p('reftkn', ':01:', '0'.repeat(10), ':', 'x'.repeat(27))).toString('base64'),
      // A documentation example: a real header, `EXAMPLE` at the end.
      p(packageRegistriesTokens.jfrogReferenceToken('doc').slice(0, -7), 'EXAMPLE'),
      p('AK', 'Cp', randomChars(ALNUM, 60, 'n10')),
      p('AK', 'Cp', randomChars(ALNUM, 75, 'n11')),
    );
  });
});

describe('docker-config-auth: registry logins under auths', () => {
  const config = (auth: string) => JSON.stringify({ auths: { 'registry.acme.dev': { auth } } }, null, 2);

  it('found in config.json, in DOCKER_AUTH_CONFIG (JSON in a string) and in a .dockerconfigjson', async () => {
    const auth = packageRegistriesTokens.dockerConfigAuth();
    await expectIn('docker-config-auth', config(auth), auth);
    await expectIn('docker-config-auth', `DOCKER_AUTH_CONFIG: '{"auths": {"ghcr.io": {"auth": "${auth}"}}}'`, auth);
    const escaped = JSON.stringify({
      environment: [`DOCKER_AUTH_CONFIG=${JSON.stringify({ auths: { 'r.acme.dev': { auth } } })}`],
    });
    await expectIn('docker-config-auth', escaped, auth);
    const key = packageRegistriesTokens.dockerConfigAuth('gcr', '_json_key');
    await expectIn('docker-config-auth', config(key), key);
  });

  it('near misses: no password, a placeholder or a reference as the password, not base64 of a login', async () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    await expectNoProviderFinding(
      config(b64(p('deploy', randomChars(ALNUM, 20, 'nocolon')))),
      config(b64('deploy:')),
      config(b64(p('deploy', ':', 'changeme'))),
      config(b64(p('deploy', ':', '$', '{REGISTRY_PASSWORD}'))),
      config(b64(p('deploy', ':', 'ab'))),
      config(b64(p('my_user', ':', 'my_password'))),
      // An `auth` outside a Docker config is not one.
      `{"auth": "${packageRegistriesTokens.dockerConfigAuth('other')}"}`,
    );
  });
});

describe('NuGet.Config passwords and Sidekiq gem server credentials', () => {
  it('nuget-config-password: ClearTextPassword and Password entries', async () => {
    const pw = packageRegistriesTokens.nugetFeedPassword();
    const config = (key: string) =>
      `<configuration>\n  <packageSourceCredentials>\n    <Acme>\n      <add key="Username" value="ci" />\n      <add key="${key}" value="${pw}" />\n    </Acme>\n  </packageSourceCredentials>\n</configuration>\n`;
    for (const [key, path] of [
      ['ClearTextPassword', 'NuGet.Config'],
      ['Password', 'src/nuget.config'],
    ] as const) {
      const text = config(key);
      const at = text.indexOf(pw);
      const column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
      expect([path, await found(text, path)]).toEqual([path, [['nuget-config-password', column]]]);
    }
  });

  it('nuget-config-password only in NuGet config files: the same entry in another XML file is not a feed credential', async () => {
    const pw = packageRegistriesTokens.nugetFeedPassword('appsettings');
    const text = `<appSettings>\n  <add key="Password" value="${pw}" />\n</appSettings>\n`;
    for (const path of ['App.config', 'web.config', 'settings.xml', 'nuget.config.bak'])
      expect((await found(text, path)).map(([id]) => id)).not.toContain('nuget-config-password');
    expect((await found(text, 'NuGet.Config')).map(([id]) => id)).toEqual(['nuget-config-password']);
  });

  it.each(['BUNDLE_GEMS__CONTRIBSYS__COM', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM'])(
    'sidekiq-gem-credentials under %s',
    async (key) => {
      await expectKeyed('sidekiq-gem-credentials', key, packageRegistriesTokens.sidekiqCredentials(key));
    },
  );

  it('the same Sidekiq credentials in a gem source URL are a password in a URL', async () => {
    const cred = packageRegistriesTokens.sidekiqCredentials('url');
    expect(await ruleIds(`source "https://${cred}@gems.contribsys.com/"\n`, 'Gemfile')).toEqual(['url-basic-auth']);
  });

  it('near misses: a reference, a short value, another key', async () => {
    await expectNotFound(
      '<add key="ClearTextPassword" value="%NUGET_FEED_PASSWORD%" />',
      '<add key="ClearTextPassword" value="abc" />',
      // A rule sample or doc describing the value, not holding one.
      '<add key="ClearTextPassword" value="[A-Za-z0-9!#%]{16,32}" />',
      `<add key="PasswordPolicy" value="${packageRegistriesTokens.nugetFeedPassword('policy')}" />`,
      `BUNDLE_GEMS__CONTRIBSYS__COM=${packageRegistriesTokens.sidekiqCredentials('short').slice(0, 12)}`,
    );
  });
});
