import { describe, expect, it } from '@jest/globals';
import { ALNUM, BASE64, LOWER_ALNUM, randomChars } from '../../helpers/tokens/random.js';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { signedJwt } from '../../helpers/tokens/jwt.js';
import { expectNotFound, ruleIds } from './harness.js';

const engine = new Engine(resolveConfig(undefined));

const v = (seed: string, n = 28) => randomChars(`${ALNUM}_-`, n, `generic:${seed}`);

describe('generic-credential-assignment', () => {
  it.each([
    ['.env', (s: string) => `ACME_SECRET=${s}\n`],
    ['JSON', (s: string) => `{"client_secret": "${s}"}`],
    ['YAML', (s: string) => `db:\n  password: "${s}"\n`],
    ['Python', (s: string) => `API_KEY = '${s}'\n`],
    ['Go', (s: string) => `token := "${s}"\n`],
    ['properties', (s: string) => `db.password=${s}\n`],
    ['TypeScript', (s: string) => `const accessKey: string = \`${s}\`;\n`],
  ])('finds a random value in %s', async (_n, make) => {
    const s = v(_n);
    expect(await ruleIds(make(s))).toEqual(['generic-credential-assignment']);
  });

  it.each([
    ['Go var', (s: string) => `var apiToken string = "${s}"\n`],
    ['PHP .=', (s: string) => `<?php\n$apiToken .= '${s}';\n`],
    ['PHP define', (s: string) => `<?php\ndefine('API_TOKEN', '${s}');\n`],
    ['an XML element', (s: string) => `<config>\n  <apiToken>${s}</apiToken>\n</config>\n`],
    [
      'an XML element, text on its own line',
      (s: string) => `<config>\n  <apiToken>\n    ${s}\n  </apiToken>\n</config>\n`,
    ],
    ['Makefile ::=', (s: string) => `API_TOKEN ::= "${s}"\n`],
    ['Makefile :::=', (s: string) => `API_TOKEN :::= "${s}"\n`],
    ['an XML add key', (s: string) => `<appSettings>\n  <add key="ApiToken" value="${s}" />\n</appSettings>\n`],
    ['Makefile ?=', (s: string) => `API_TOKEN ?= ${s}\n`],
    ['escaped JSON', (s: string) => `{"settings": "{\\"apiToken\\": \\"${s}\\"}"}\n`],
    ['Java setProperty', (s: string) => `System.setProperty("API_TOKEN", "${s}");\n`],
    ['Java props.put', (s: string) => `props.put("api.token", "${s}");\n`],
    ['a file in a string', (s: string) => `{"files": {"config.ini": "API_TOKEN=${s}\\nDEBUG=false\\n"}}\n`],
    ['Rust let', (s: string) => `let api_token: &str = "${s}";\n`],
    ['Dockerfile ENV', (s: string) => `FROM node:20\nENV API_TOKEN=${s}\n`],
    ['a command-line flag', (s: string) => `acme-cli deploy --api-token ${s} --region eu\n`],
  ])('finds a random value in %s', async (n, make) => {
    expect(await ruleIds(make(v(`syntax:${n}`)))).toEqual(['generic-credential-assignment']);
  });

  it('reads those separators only where they assign a literal', async () => {
    await expectNotFound(
      // `,` between items of a list (a source map's names, a JSON array), not a call's arguments.
      `names = ["tokenIfPlusMinus", "${v('list')}"]`,
      `{"a": "rotate the token",\n  "${v('next-key')}": "x"}`,
      // camelCase identifiers are names, not values.
      `"secretKey": "_noLineTerminatorAfterNode"`,
      // A blank only after a command-line flag; `>` only opens an element's text.
      `the token ${v('prose')} expires`,
      `if (token > ${v('cmp')}) {}`,
      // An element's text on its own line is the value only when the closing tag follows it.
      `<apiToken>\n    ${v('xml-open')} and more text\n</apiToken>`,
      `if (token >\n    ${v('cmp-nl')}) {}`,
      // Rails' and ASP.NET's anti-forgery fields.
      `<input type="hidden" name="authenticity_token" value="${v('rails', 86)}" />`,
      `<input name="__RequestVerificationToken" type="hidden" value="${v('aspnet', 86)}" />`,
      // An escaped copy in a generated one-line file (a source map's sourcesContent).
      `{"sourcesContent": ["${'x'.repeat(5000)} {\\"apiToken\\": \\"${v('map')}\\"}"]}`,
    );
  });

  it('leaves hashes, UUIDs, integrity strings, public keys, fixtures, code and references alone', async () => {
    await expectNotFound(
      `"integrity": "sha512-${randomChars(ALNUM, 40, 'i')}=="`,
      `token_hash = "${randomChars('0123456789abcdef', 64, 'h')}"`,
      `api_key_id = "${randomChars(ALNUM, 20, 'kid')}"`,
      'session_token = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"',
      `public_key = "${v('pub')}"`,
      `TEST_TOKEN = "${v('test')}"`,
      `token_url = "https://auth.acme.dev/oauth/token"`,
      `api_key_file = "/etc/acme/key.pem"`,
      'token = getAuthToken(request)',
      'password = os.environ["DB_PASSWORD"]',
      'secret: ${{ secrets.ACME_SECRET }}',
      'password: changeme-please-now',
      "password = 'correct-horse-battery'",
    );
  });

  // False-positive classes found on real code (tests and docs of laravel/framework) and on the
  // peer scanners' own negatives; each value is built here, in the shape found there.
  const DIGITS = '0123456789';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  /** `1a2b3c…` or `A1B2C3…`: two ascending sequences interleaved, `n` characters. */
  const interleaved = (n: number, upperEvery = 0): string =>
    Array.from({ length: n }, (_, i) => {
      const k = i >> 1;
      const c = i % 2 ? LOWER[k % 26]! : DIGITS[(k + 1) % 10]!;
      return upperEvery && k % upperEvery === 0 ? c.toUpperCase() : c;
    }).join('');
  /** Four keys along a keyboard row, from a random place in it. */
  const walk = (row: string, seed: string): string => {
    const at = Math.floor(Number.parseInt(randomChars(DIGITS, 3, seed), 10) % (row.length - 3));
    return row.slice(at, at + 4);
  };

  it.each([
    [
      'a keyboard walk',
      () =>
        `'password' => '${walk('asdfghjkl', 'w1')}${walk('qwertyuiop', 'w2')}${walk('1234567890', 'w3')}${walk('asdfghjkl', 'w4')}',`,
    ],
    ['interleaved sequences', () => `SECRET_KEY=${interleaved(8)}-${interleaved(4)}-${interleaved(12, 2)}`],
    ['interleaved sequences, upper case', () => `salesforce_secret = "${interleaved(64).toUpperCase()}"`],
    [
      'the word itself in leetspeak',
      () => `$this->secret = '${['AmAz0n', 'SqSsEcReT', randomChars(ALNUM, 8, 'l')].join('+')}';`,
    ],
    ['the word itself', () => `SECRET_KEY = "my${'secret'}${'password'}${randomChars(DIGITS, 2, 's')}"`],
    [
      'a stand-in word twice',
      () =>
        `sheet_token := "fake${randomChars(LOWER, 2, 'f1')}${randomChars(DIGITS, 3, 'f2')}fake${randomChars(LOWER_ALNUM, 12, 'f3')}"`,
    ],
    ['a host name', () => `secret = '${randomChars('0123456789abcdef', 6, 'h')}.billing.com'`],
    [
      'a resource name',
      () => `  keyVaultToStoreSecrets: cmp${randomChars(DIGITS, 1, 'r1')}-qat-${randomChars(DIGITS, 10, 'r2')}`,
    ],
    ['an anti-forgery token', () => `csrf-token=${randomChars(BASE64, 86, 'c')}==`],
    ['a Django anti-forgery token', () => `csrfmiddlewaretoken = "${v('csrf', 64)}"`],
    [
      // Not `Type name = value`: an XML attribute's `=` has no blank before it.
      "an XML attribute after an element named like a credential (a Jenkins plugin's version)",
      () =>
        `<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@${randomChars(DIGITS, 4, 'pv')}.v${randomChars(LOWER_ALNUM, 4, 'p1')}_${randomChars(LOWER_ALNUM, 3, 'p2')}_${randomChars(LOWER_ALNUM, 5, 'p3')}">`,
    ],
  ])('leaves %s alone', async (_n, make) => {
    await expectNotFound(make());
  });

  it('still finds random values of the shapes those checks look at', async () => {
    // Random ids in dashed groups mix letters and digits in each group (not a resource name).
    const grouped = [8, 4, 4, 4, 12].map((n, i) => randomChars(LOWER_ALNUM, n, `g${i}`)).join('-');
    expect(await ruleIds(`API_KEY = "${grouped}"`)).toEqual(['generic-credential-assignment']);
    // A token whose own format starts with the word: `secret_...`.
    expect(await ruleIds(`api_key = "secret_${randomChars(ALNUM, 20, 'sw')}"`)).toEqual([
      'generic-credential-assignment',
    ]);
  });

  it('reads a header value kept whole: the scheme is not part of the secret', async () => {
    const s = v('scheme', 32);
    for (const text of [`acme_auth_token: "Bearer ${s}"`, `ACME_TOKEN="Token ${s}"`]) {
      const { findings } = await engine.scan({ path: 'config.yaml', text });
      expect(findings.map((f) => [f.ruleId, f.column])).toEqual([
        ['generic-credential-assignment', text.indexOf(s) + 1],
      ]);
    }
  });

  it('reads a dash in prose only before a quoted value, and values longer than 256 characters', async () => {
    const s = v('dash', 40);
    expect(await ruleIds(`acme token - '${s}'`)).toEqual(['generic-credential-assignment']);
    await expectNotFound(`acme token - ${s}`, `remaining = token - ${s}`);
    const long = [v('long1', 300), v('long2', 120)].join('.');
    expect(await ruleIds(`acme_token = '${long}'`)).toEqual(['generic-credential-assignment']);
  });

  it("leaves a documentation example JWT (jwt.io's claims) to the JWT rule", async () => {
    const example = signedJwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022, scp: 'Actions.Example' }, 'ex');
    await expectNotFound(`export const testRuntimeToken =\n  '${example}'\n`);
  });

  it('a printf conversion in the value is a format string, not the secret; percent-encoding is no conversion', async () => {
    const s = v('printf', 30);
    await expectNotFound(
      `apiSecret := "${s.slice(0, 20)}%s${s.slice(20)}"`,
      `ACME_TOKEN="${s}%d"`,
      `client_secret: "%v${s}"`,
      `secret = '${s.slice(0, 12)}%c^${s.slice(12)}'`,
    );
    expect(await ruleIds(`acme_secret = "${s.slice(0, 12)}%2F${s.slice(12)}"`)).toEqual([
      'generic-credential-assignment',
    ]);
    expect(await ruleIds(`acme_secret = "${s.slice(0, 12)}%cd${s.slice(12)}"`)).toEqual([
      'generic-credential-assignment',
    ]);
  });

  it("a key naming a provider whose credentials have documented shapes: a value outside them is not the provider's", async () => {
    const hex = randomChars('0123456789abcdef', 40, 'meraki-g');
    await expectNotFound(
      `meraki-api-key: ${hex.slice(0, 8)}F${hex.slice(9)}`,
      `meraki_secret = "${hex}${hex.slice(0, 6)}"`,
    );
    expect(await ruleIds(`acme-api-key: ${hex.slice(0, 8)}F${hex.slice(9)}`)).toEqual([
      'generic-credential-assignment',
    ]);
  });

  it("publishable keys are public by design: Lob's live_pub_ and test_pub_ keys", async () => {
    const body = randomChars('0123456789abcdef', 31, 'lob');
    await expectNotFound(
      `token = '${['live', '_pub_'].join('')}${body}'`,
      `LOB_API_KEY=${['test', '_pub_'].join('')}${body}`,
    );
    expect(await ruleIds(`token = '${['live', '_'].join('')}${body}'`)).toEqual(['generic-credential-assignment']);
  });

  it('a provider rule wins on the same value', async () => {
    const key = ['AI', 'za', randomChars(`${ALNUM}_-`, 35, 'gk')].join('');
    expect(await ruleIds(`API_KEY="${key}"`)).toEqual(['google-api-key']);
  });
});
