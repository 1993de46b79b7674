/** Context rules read a provider's key in every syntax keys are written in. */
import { describe, expect, it } from '@jest/globals';
import { randomChars } from '../../helpers/tokens/random.js';
import { ruleIds } from './harness.js';

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
