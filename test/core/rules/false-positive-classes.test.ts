/**
 * False-positive classes met on the peers' negative samples, each fixed as a class (a shape, a
 * name, a context), with a real-looking token of the same rule beside it that is still found.
 */
import { describe, expect, it } from '@jest/globals';
import { isIntroducedAsExample, isMaskedAfter, isPlaceholder } from '../../../src/core/placeholders.js';
import { azureTokens } from '../../helpers/tokens/azure.js';
import { ALNUM, b64url, BASE64, DIGITS, HEX, LOWER_ALNUM, p, randomChars } from '../../helpers/tokens/random.js';
import { engine, expectNotFound, ruleIds } from './harness.js';

const XOX = (kind: string): string => p('xo', kind);

describe('a value cut short with an ellipsis', () => {
  const body = p('0.', randomChars(`${ALNUM}_-`, 60, 'elided'));

  it('is a placeholder, the whole value is not', () => {
    expect(isPlaceholder(`${body}...`)).toBe(true);
    expect(isPlaceholder(`${body}\u2026`)).toBe(true);
    expect(isPlaceholder(body)).toBe(false);
  });

  it('is no finding in a credential-named assignment; the whole value is', async () => {
    await expectNotFound(`"refresh_token": "${body}..."`);
    expect(await ruleIds(`"refresh_token": "${body}"`)).toEqual(['generic-credential-assignment']);
  });
});

describe('a whole token followed by an ellipsis', () => {
  // The preset's pattern matched all of it: the dots after it are prose, not a cut.
  const ghp = p('gh', 'p_', randomChars(ALNUM, 36, 'whole-then-dots'));

  it('is found, in a file and wherever it is quoted', async () => {
    expect(await ruleIds(`token = "${ghp}..."`)).toContain('github-pat');
    expect(await ruleIds(`see ${ghp}\u2026 below`)).toContain('github-pat');
    expect(await ruleIds(`the token ${ghp}.`)).toContain('github-pat');
  });

  it('is redacted from an MCP server name', async () => {
    const text = JSON.stringify({ mcpServers: { [`${ghp}...`]: { command: 'npx', args: ['-y', 'x@1.0.0'] } } });
    const result = await engine.scan({ path: '.mcp.json', text });
    // `raw` is the engine's own copy of the value, which no report prints.
    const shown = JSON.stringify(result, (k, v: unknown) => (k === 'raw' || k === 'rawFile' ? undefined : v));
    expect(shown).toContain('ghp_');
    expect(shown).not.toContain(ghp);
  });
});

describe('a token whose tail is masked', () => {
  it('knows a mask right after a match', () => {
    expect(isMaskedAfter('abc####', 3)).toBe(true);
    expect(isMaskedAfter('abc\u2022\u2022\u2022\u2022', 3)).toBe(true);
    expect(isMaskedAfter('abc**', 3)).toBe(false);
    expect(isMaskedAfter('abc def', 3)).toBe(false);
  });

  it('a preset rule stopped by the mask reports nothing', async () => {
    const ids = [13, 12, 12].map((n, i) => randomChars(DIGITS, n, `mask-id-${i}`)).join('-');
    await expectNotFound(`"token": "${XOX('xp-')}${ids}-${'#'.repeat(20)}"`);
    expect(await ruleIds(`"token": "${XOX('xp-')}${ids}-${randomChars(HEX, 32, 'mask-tail')}"`)).toEqual([
      'slack-user-token',
    ]);
  });

  it('an own rule stopped by the mask reports nothing', async () => {
    const key = p('ico', '-', randomChars(ALNUM, 32, 'mask-ico'));
    await expectNotFound(`INFRACOST_API_KEY=${key}****`);
    expect(await ruleIds(`INFRACOST_API_KEY=${key}`)).toEqual(['infracost-api-key']);
  });
});

describe('a token the line introduces as an example', () => {
  const shopify = p('shp', 'at_', randomChars(HEX, 32, 'eg-shopify'));
  const infracost = p('ico', '-', randomChars(ALNUM, 32, 'eg-ico'));

  it('knows `e.g.`, `for example` and `Example:` before a match, on its line only', () => {
    expect(isIntroducedAsExample(' * e.g.) X', 9)).toBe(true);
    expect(isIntroducedAsExample('For example: "X', 14)).toBe(true);
    expect(isIntroducedAsExample('Example X', 8)).toBe(true);
    expect(isIntroducedAsExample('e.g.\ntoken: X', 13)).toBe(false);
    expect(isIntroducedAsExample('EXAMPLE_KEY=X', 12)).toBe(false);
  });

  it('documentation of a token format reports nothing, preset and own rules alike', async () => {
    await expectNotFound(
      ` * shpat_[a-zA-Z0-9]{32,64}\n * e.g.) ${shopify}\n`,
      `Set the key in the environment, for example: ${infracost}\n`,
    );
    expect(await ruleIds(`SHOPIFY_TOKEN=${shopify}\nINFRACOST_API_KEY=${infracost}\n`)).toEqual([
      'shopify-token',
      'infracost-api-key',
    ]);
  });
});

describe('Slack tokens have numeric ids or a version and a random part', () => {
  it('short ids, a word for a body, a file name are not tokens', async () => {
    await expectNotFound(
      `${XOX('xb-')}${randomChars(DIGITS, 5, 'sl-short')}-${randomChars(LOWER_ALNUM, 7, 'sl-short-b')}`,
      `${XOX('xe.')}${XOX('xp-')}1-initial`,
      `https://blog.acme.io/images/2018-250-${XOX('xo-')}meetup-1.jpg`,
    );
  });

  it('bot, legacy and versioned tokens are still found', async () => {
    const bot = p(XOX('xb-'), randomChars(DIGITS, 11, 'sl-bot-a'), '-', randomChars(DIGITS, 13, 'sl-bot-b'), 'u');
    const legacy = p(
      XOX('xo-'),
      [0, 1, 2].map((i) => randomChars(DIGITS, 6, `sl-leg-${i}`)).join('-'),
      '-',
      randomChars(HEX, 18, 'sl-leg'),
    );
    const versioned = p(XOX('xr-'), '3-', 'p7', randomChars(LOWER_ALNUM, 10, 'sl-ver'));
    for (const token of [bot, legacy, versioned]) expect(await ruleIds(`"token": "${token}"`)).not.toEqual([]);
  });
});

describe('one-rule classes', () => {
  it('infracost-api-key: a content-hashed file name is no key', async () => {
    const hash = randomChars(`${'0123456789'}abcdef`, 32, 'ico-file');
    await expectNotFound(`<link rel="icon" href="https://cdn.acme.io/media/video_box.ico-${hash}.png">`);
  });

  it('http-basic-auth: a JWT after `Basic` is not base64 of user:password', async () => {
    // A user's session token (an hour's life): no rule reports it alone.
    const claims = { sub: randomChars(ALNUM, 12, 'basic-jwt'), iat: 1767225600, exp: 1767229200 };
    const jwt = [{ alg: 'HS256', typ: 'JWT' }, claims]
      .map((part) => b64url(JSON.stringify(part)))
      .concat(randomChars(`${ALNUM}_-`, 43, 'basic-jwt-sig'))
      .join('.');
    await expectNotFound(`curl -H "Authorization: Basic ${jwt}" https://api.acme.io`);
  });

  it('azure-storage-account-key: the storage emulator account (devstoreaccount1) is published', async () => {
    const key = azureTokens.azureStorageKey('emulator');
    await expectNotFound(
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
      `const dev = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;\n  AccountKey=${key};';`,
    );
    expect(
      await ruleIds(`DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${key};EndpointSuffix=x`),
    ).toEqual(['azure-storage-account-key']);
  });

  it('url-basic-auth: a URL whose password is the word itself', async () => {
    await expectNotFound(
      'parse("http://user:pass@acme.io:123/one?q1=a1#body")',
      'parse("https://User:Password@acme.io/")',
      'fetch("ftp://admin:secret@files.acme.io/")',
    );
    const password = randomChars(ALNUM, 20, 'url-pass');
    expect(await ruleIds(`fetch("https://deploy:${password}@git.acme.io/")`)).toEqual(['url-basic-auth']);
  });

  it('url-query-credential: a URL on a documentation domain is an example', async () => {
    const key = randomChars(ALNUM, 39, 'doc-host');
    await expectNotFound(
      `fetch("https://api.example.com/v1/blogs?key=${key}")`,
      `fetch("https://maps.example.org:8443/tiles?api_key=${key}")`,
      `fetch("https://api.shop.test/v1?token=${key}")`,
    );
    expect(await ruleIds(`fetch("https://api.acme-data.io/v1/blogs?key=${key}")`)).toEqual(['url-query-credential']);
  });
});

describe('generic-credential-assignment: a name that says the value is wrong on purpose', () => {
  const value = randomChars(LOWER_ALNUM, 16, 'wrong');

  it.each([
    `nonMatchingToken := "${value}"`,
    `invalid_api_key = "${value}"`,
    `WRONG_PASSWORD=${value}1\n`,
    `const badSecret = "${value}";`,
    `bogusAccessKey: "${value}"`,
  ])('%s is a test fixture', async (text) => {
    await expectNotFound(text);
  });

  it.each([`sinbad_token = "${value}"`, `badgeToken := "${value}"`, `apiToken := "${value}"`])(
    '%s is still found (`bad` only as a word of its own)',
    async (text) => {
      expect(await ruleIds(text)).toEqual(['generic-credential-assignment']);
    },
  );

  it('base64 with the same name stays a credential elsewhere in the file', async () => {
    const secret = randomChars(BASE64, 40, 'wrong-b64');
    expect(await ruleIds(`invalidToken := "${value}"\nsessionToken := "${secret}"`)).toEqual([
      'generic-credential-assignment',
    ]);
  });
});
