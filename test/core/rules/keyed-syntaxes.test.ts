/** Context rules read a provider's key in every syntax keys are written in. */
import { describe, expect, it } from '@jest/globals';
import { ALNUM, LOWER_ALNUM, randomChars, uuid } from '../../helpers/tokens/random.js';
import { expectNotFound, ruleIds } from './harness.js';

const secret = randomChars('0123456789abcdef', 30, 'keyed-syntax');

describe('keyed rules across syntaxes', () => {
  it.each([
    ['Go var with a type', 'main.go', `var plaidSecret string = "${secret}"`],
    ['PHP .=', 'a.php', `$plaidSecret .= '${secret}';`],
    ['PHP define', 'a.php', `define('PLAID_SECRET', '${secret}');`],
    ['XML element', 'a.xml', `<plaidSecret>${secret}</plaidSecret>`],
    ['XML add key/value', 'web.config', `<add key="PlaidSecret" value="${secret}" />`],
    ['Makefile ?=', 'Makefile', `PLAID_SECRET ?= ${secret}`],
    ['Makefile ::=', 'Makefile', `PLAID_SECRET ::= "${secret}"`],
    ['Makefile :::=', 'Makefile', `PLAID_SECRET :::= "${secret}"`],
    [
      'XML element, text on its own line',
      'a.xml',
      `<config>\n  <plaidSecret>\n    ${secret}\n  </plaidSecret>\n</config>`,
    ],
    ['a JSON-escaped string', 'a.json', `{"s": "{\\"plaidSecret\\": \\"${secret}\\"}"}`],
    ['Rust let with a type', 'main.rs', `let plaid_secret: &str = "${secret}";`],
    ['TypeScript typed const', 'a.ts', `const plaidSecret: string = "${secret}";`],
    ['a CLI flag', 'run.sh', `acme deploy --plaid-secret ${secret} --region eu`],
    ['nested YAML', 'a.yaml', `plaid:\n  secret: ${secret}`],
    ['an INI section', 'a.ini', `[plaid]\nsecret = ${secret}`],
    ['a JSON object named after the provider', 'a.json', `{\n  "plaid": {\n    "secret": "${secret}"\n  }\n}`],
    ['a JSON object named after the provider, on one line', 'a.json', `{"plaid": {"secret": "${secret}"}}`],
    ['a PHP array named after the provider', 'a.php', `'plaid' => [\n    'secret' => '${secret}',\n],`],
    ['a PHP array(...) named after the provider', 'a.php', `'plaid' => array(\n    'secret' => '${secret}',\n),`],
    ['a commented-out key in a provider section', 'a.php', `'plaid' => [\n    // 'secret' => '${secret}',\n],`],
    ['a numbered key', 'a.py', `plaid_secret_2 = "${secret}"`],
    ['a numbered camel-case key', 'a.ts', `const plaidSecret1 = '${secret}';`],
  ])('%s', async (_name, path, text) => {
    expect(await ruleIds(`${text}\n`, path)).toEqual(['plaid-secret']);
  });

  it('a line break after a separator other than `>` ends the assignment: the next line is no value', async () => {
    expect(await ruleIds(`{ key: 'LDAP_BIND_PASSWORD',\n      samples: {\n      found: [] } }\n`, 'a.ts')).toEqual([]);
    expect(await ruleIds(`PLAID_SECRET =\n        ${secret}\n`, 'a.py')).not.toContain('plaid-secret');
  });

  it('a number long enough to be a value, not a key suffix, ends the key', async () => {
    expect(await ruleIds(`plaid_secret_2024 = "${secret}"\n`, 'a.py')).not.toContain('plaid-secret');
  });

  it('a section of another provider, or a key two lines down, is not read as the provider key', async () => {
    expect(await ruleIds(`plaid:\n  region: us\nother:\n  secret: ${secret}\n`, 'a.yaml')).not.toContain(
      'plaid-secret',
    );
    expect(
      await ruleIds(`{\n  "plaid": {\n    "region": "us"\n  },\n  "secret": "${secret}"\n}`, 'a.json'),
    ).not.toContain('plaid-secret');
  });
});

describe('the generic and provider-named rules in the syntaxes they missed', () => {
  const key = randomChars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32, 'pn-syntax');

  it.each([
    ['C# typed declaration', 'a.cs', `string censysToken = "${key}";`],
    ['Java typed declaration', 'A.java', `String censysToken = "${key}";`],
    ['Kotlin var', 'a.kt', `var censysToken = "${key}"`],
  ])(
    'provider-named-credential: %s (a type before the key is not read as a key with the key as its type)',
    async (_n, path, text) => {
      expect(await ruleIds(`${text}\n`, path)).toEqual(['provider-named-credential']);
    },
  );

  // Values whose characters repeat more than most: 32 hex from 12 symbols, 20 from 15 (about
  // 3.4-3.5 bits a character; random 32-hex keys score under 3.6 four times in ten).
  const hexish = randomChars('0123456789ab', 32, 'unq-hex');
  const upperish = randomChars('ABCDEFGHIJK1234', 20, 'unq-up');

  it.each([
    ['.env, 32 hex', 'a.env', `ACME_TOKEN=${hexish}`],
    ['INI with blanks', 'a.ini', `acmeToken = ${upperish}`],
    ['YAML', 'a.yaml', `acme_token: ${hexish}`],
    ['XML element text on its own line', 'a.xml', `<acmeToken>\n    ${upperish}\n</acmeToken>`],
    ['a file held in a JSON string', 'a.json', `{"config.ini": "ACME_TOKEN=${hexish}\\nBACKUP_ENABLED=true"}`],
    ['`creds`', 'a.py', `creds = ${randomChars(ALNUM, 30, 'creds')}`],
    [
      'Helm --set',
      'deploy.sh',
      `helm upgrade app ./chart --set registry.password=${randomChars(LOWER_ALNUM, 40, 'helm')}`,
    ],
    ['docker run -e', 'run.sh', `docker run -e API_TOKEN=${randomChars(ALNUM, 32, 'dock')} acme/app`],
    ['a UUID under api_token', 'main.go', `utils.GetEnvOrDefault("api_token", "${uuid('getenv')}")`],
  ])('generic-credential-assignment: %s', async (_n, path, text) => {
    expect(await ruleIds(`${text}\n`, path)).toEqual(['generic-credential-assignment']);
  });

  it('still not: unquoted values in code, words, a UUID under a name that is not an API key', async () => {
    await expectNotFound(
      `acme_token = ${randomChars('0123456789ab', 32, 'code')}.strip()`,
      'ACME_TOKEN=abcdefabcdefabcdefabcdef',
      `session_token = "${uuid('sess')}"`,
      `request_id = "${uuid('req')}"`,
      `helm upgrade app ./chart --set image.tag=${randomChars(LOWER_ALNUM, 40, 'tag')}`,
    );
  });
});
