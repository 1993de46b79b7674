import { describe, expect, it } from '@jest/globals';
import { ALNUM, HEX, LETTERS, b64NoPad, hex, p, randomChars, uuid } from '../../helpers/tokens/random.js';
import { aiToolsTokens } from '../../helpers/tokens/ai-tools.js';
import { githubTokens } from '../../helpers/tokens/github.js';
import { httpAuthTokens } from '../../helpers/tokens/http-auth.js';
import { expectNotFound, ruleIds } from './harness.js';
import { expectIn } from './keyed-harness.js';

/** A header value in JSON, YAML, .env, curl and several languages' HTTP clients. */
const contexts = (value: string): string[] => [
  `{"mcpServers": {"api": {"headers": {"Authorization": "${value}"}}}}`,
  `headers:\n  Authorization: ${value}\n`,
  `API_HEADER="Authorization: ${value}"\n`,
  `curl -sS -H 'Authorization: ${value}' https://api.acme.dev/v1/me`,
  `fetch(url, { headers: { Authorization: '${value}' } });`,
  `headers["Authorization"] = "${value}"`,
  `req.Header.Set("Authorization", "${value}")`,
  `conn.request("GET", "/", headers={'authorization': f"${value}"})`,
  `{ 'Authorization' => "${value}" }`,
  `Proxy-Authorization: ${value}`,
];

describe('http-auth rules', () => {
  it.each([
    ['an opaque token', httpAuthTokens.opaque('bearer')],
    ['a hex token', randomChars(HEX, 40, 'hex')],
    [
      // Short-lived: a long-lived one is jwt-service-credential's (test/core/rules/jwt.test.ts).
      'a session JWT',
      p(
        b64NoPad('{"alg":"HS256"}'),
        '.',
        b64NoPad('{"sub":"svc-7f3a","scope":"read","iat":1903217465,"exp":1903221065}'),
        '.',
        randomChars(ALNUM, 43, 'sig'),
      ),
    ],
    [
      // Round timestamps hold runs of zeros: the claims' numbers are not a placeholder.
      'a session JWT issued at a round second',
      p(
        b64NoPad('{"alg":"HS256"}'),
        '.',
        b64NoPad('{"sub":"svc-7f3a","scope":"read","iat":1800000000,"exp":1800003600}'),
        '.',
        randomChars(ALNUM, 43, 'sig'),
      ),
    ],
  ])('http-bearer-token: %s after Bearer, everywhere a header is written', async (_kind, t) => {
    for (const text of contexts(`Bearer ${t}`)) await expectIn('http-bearer-token', text, t);
  });

  it('http-bearer-token: the `token` scheme (GitHub, Django REST) too', async () => {
    const t = randomChars(HEX, 40, 'token-scheme');
    for (const text of contexts(`token ${t}`)) await expectIn('http-bearer-token', text, t);
  });

  it('http-basic-auth: base64 of user:password', async () => {
    const creds = httpAuthTokens.basic('deploy', randomChars(ALNUM, 18, 'basic'));
    for (const text of contexts(`Basic ${creds}`)) await expectIn('http-basic-auth', text, creds);
  });

  it('a provider token in the header keeps the provider id', async () => {
    expect(await ruleIds(`Authorization: Bearer ${githubTokens.githubPat('hdr')}`)).toEqual(['github-pat']);
    expect(await ruleIds(`{"Authorization": "Bearer ${aiToolsTokens.perplexityKey('hdr')}"}`)).toEqual([
      'perplexity-api-key',
    ]);
  });

  it('near misses: references, templates, placeholders, words, short values', async () => {
    await expectNotFound(
      '{"Authorization": "Bearer ${GITHUB_TOKEN}"}',
      'curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.dev',
      'headers: { Authorization: `Bearer ${token}` }',
      '"Authorization": "Bearer {{ api_token }}"',
      'Authorization: Bearer <your-token-here>',
      'Authorization: Bearer <token>',
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
      'Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxx',
      'Authorization: Bearer mysecrettokenvalue',
      'Authorization: Bearer abc123',
      '"Authorization": "Bearer " + token',
      'headers["Authorization"] = f"Bearer {token}"',
      // jwt.io's sample token: its claims are a placeholder (`"sub": "1234567890"`).
      p(
        'Authorization: Bearer ',
        b64NoPad('{"alg":"HS256","typ":"JWT"}'),
        '.',
        b64NoPad('{"sub":"1234567890","name":"John Doe","iat":1516239022}'),
        '.',
        randomChars(ALNUM, 43, 'doc'),
      ),
      `Authorization: Basic ${httpAuthTokens.basic('user', 'password')}`,
      `Authorization: Basic ${httpAuthTokens.basic('admin', '${ADMIN_PASSWORD}')}`,
      `Authorization: Basic ${Buffer.from('no-colon-in-this-value').toString('base64')}`,
      'Authorization: Basic ${BASIC_CREDENTIALS}',
      // Not a header: an OAuth authorization code parameter.
      `authorization_code: Bearer ${httpAuthTokens.opaque('code')}`,
    );
  });

  it('takes a regular expression written where the password goes for a pattern, not a password', async () => {
    // As in rule samples and docs: `curl -u user:[A-Za-z0-9]{24}`, assembled here so this file stays clean.
    const cls = p('[A-Za', '-z0-9]');
    await expectNotFound(
      p('cu', 'rl -u deploy:', cls, '{24} https://api.acme.dev'),
      p('cu', "rl --user 'ci:", cls, "{20}' https://api.acme.dev"),
      p('cu', 'rl -u deploy:acme\\.', randomChars(ALNUM, 4, 'dot'), '\\d+ https://api.acme.dev'),
    );
  });
});

describe('curl credentials in the contexts curl commands are written in', () => {
  const password = httpAuthTokens.opaque('curlpw', 24).replace(/[._-]/g, 'q');
  const token = httpAuthTokens.opaque('curlhdr', 40).replace(/[.]/g, 'z');

  it.each([
    ['-u user:pass', `curl -u deploy:${password} https://api.acme.dev`],
    ['--user "user:pass"', `curl --user "deploy:${password}" https://api.acme.dev`],
    ['-u :token (no user)', `curl -u :${password} https://api.acme.dev`],
    ['quoted parts', `curl -u "deploy":"${password}" https://api.acme.dev`],
    ['a $USER user', `curl --user=$USER:${password} https://api.acme.dev`],
    [
      'a continuation line',
      `curl -X POST https://api.acme.dev/v1 \\\n  -H 'Accept: */*' \\\n  -u 'deploy:${password}'`,
    ],
  ])('curl-basic-auth: %s', async (_name, text) => {
    await expectIn('curl-basic-auth', text, password);
  });

  it.each([
    ['X-Api-Key', `curl -H "X-Api-Key: ${token}" https://api.acme.dev/v1`],
    ['X-<vendor>-Token', `curl -s -H 'X-Acme-Token: ${token}' https://api.acme.dev`],
    ['Api-Key', `curl --header "Api-Key: ${token}" https://api.acme.dev`],
    ['a bare Authorization value', `curl -H "Authorization: ${token}" https://api.acme.dev`],
    ['the Api-Token scheme', `curl -H "Authorization: Api-Token ${token}" https://api.acme.dev`],
    ['a continuation line', `curl https://api.acme.dev/v1 \\\n  --header="X-Api-Key: ${token}"`.replace('="', ' "')],
  ])('curl-header-credential: %s', async (_name, text) => {
    await expectIn('curl-header-credential', text, token);
  });

  it('near misses: references, ordinary headers, a header on a later command', async () => {
    await expectNotFound(
      'curl -H "X-Api-Key: $ACME_API_KEY" https://api.acme.dev',
      'curl -H "Content-Type: application/json" -H "Accept: text/plain" https://api.acme.dev',
      `curl https://api.acme.dev\n\nhttp -H "X-Api-Key: ${token}" https://api.acme.dev`,
      `curl -u deploy https://api.acme.dev\n\nother -u :${password}`,
      'curl -H "X-Api-Key: <your-api-key>" https://api.acme.dev',
    );
  });
});

describe('credentials in curl commands and auth keys, in the forms people write them', () => {
  const b64 = (s: string): string => Buffer.from(s, 'latin1').toString('base64');

  it('curl -u: a password holding `$`, and a key given as the user with an empty password', async () => {
    const pw = p(randomChars(LETTERS, 6, 'dollar'), '0', '$', '1');
    expect(await ruleIds(`curl --cacert ca.crt -u elastic:${pw} https://localhost:9200`)).toEqual(['curl-basic-auth']);
    const key = randomChars(ALNUM, 24, 'userkey');
    expect(await ruleIds(`curl https://api.acme.dev/v1/charges -u "${key}:"`)).toEqual(['curl-basic-auth']);
    expect(await ruleIds(`curl https://api.acme.dev/v1/charges -u ${key}:`)).toEqual(['curl-basic-auth']);
  });

  it('curl -u near misses: a user alone, a reference as the user, a word', async () => {
    await expectNotFound(
      `curl -u ${randomChars(ALNUM, 24, 'nocolon')} https://api.acme.dev`,
      'curl -u "$ACME_KEY:" https://api.acme.dev',
      'curl -u deploy-bot2: https://api.acme.dev',
      'curl -u admin: https://api.acme.dev',
      // A command in a template string: what follows the user's closing quote is code.
      'expect(await run(`curl https://api.acme.dev -u "${apiKey}:"`)).toEqual([1]);',
    );
  });

  it('curl -H: a short hex token under `Token:`, and a header on an indented line without its backslash', async () => {
    expect(await ruleIds(`curl -X POST https://acme.dev/tasks -H "Token: ${hex(16, 'tok16')}" -d "x=1"`)).toEqual([
      'curl-header-credential',
    ]);
    const text = `curl -X GET https://deploy.acme.dev/\n     -H "X-Acme-ApiKey: ${uuid('octo')}" \\\n`;
    expect(await ruleIds(text)).toEqual(['curl-header-credential']);
  });

  it('an indented option after a blank line belongs to no curl command', async () => {
    const text = `curl https://acme.dev\n\n  -H "X-Api-Key: ${randomChars(ALNUM, 32, 'later')}"`;
    expect(await ruleIds(text)).not.toContain('curl-header-credential');
  });

  it('http-basic-auth: a password with a byte that is not text is still a credential when long and random', async () => {
    const damaged = p(
      'svc-',
      randomChars(ALNUM, 20, 'usr'),
      ':',
      randomChars(ALNUM, 10, 'a'),
      '\x95',
      randomChars(ALNUM, 18, 'b'),
    );
    expect(await ruleIds(`curl -H "Authorization: Basic ${b64(damaged)}" https://acme.dev`)).toEqual([
      'http-basic-auth',
    ]);
    // Not when the user part is no text, or the password is mostly bytes.
    await expectNotFound(
      `curl -H "Authorization: Basic ${b64(p('\x95\x96user:', randomChars(ALNUM, 20, 'c')))}" https://acme.dev`,
      `curl -H "Authorization: Basic ${b64(p('user:', '\x95\x96\x97\x98\x99', randomChars(ALNUM, 12, 'd')))}" https://acme.dev`,
    );
  });

  it('basic-auth-assignment: base64 of user:password under a key ending in _auth', async () => {
    const creds = b64(p('johndoe:', uuid('ua')));
    expect(await ruleIds(`{"user_auth": "${creds}"}`)).toEqual(['basic-auth-assignment']);
    expect(await ruleIds(`_auth=${creds}\n`, '.npmrc')).toEqual(['basic-auth-assignment']);
    await expectNotFound(
      `{"user_auth": "${b64('johndoe:password')}"}`,
      `{"user_auth": "${b64(p('johndoe', randomChars(ALNUM, 20, 'nocolon')))}"}`,
      '_auth=${NPM_AUTH}',
      `{"oauth": "${creds}"}`,
    );
  });
});
