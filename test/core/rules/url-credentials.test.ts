import { describe, expect, it } from '@jest/globals';
import { ALNUM, HEX, randomChars } from '../../helpers/tokens/random.js';
import { googleTokens } from '../../helpers/tokens/google.js';
import { expectNotFound, ruleIds } from './harness.js';
import { expectIn } from './keyed-harness.js';

const API = 'https://api.acme.dev/v1/search';

/** A URL in an MCP config (JSON), .env, YAML, code and an HTML attribute. */
const contexts = (url: string): string[] => [
  `{"mcpServers": {"search": {"url": "${url}"}}}`,
  `SEARCH_ENDPOINT=${url}\n`,
  `endpoint: ${url}\n`,
  `const res = await fetch("${url}");`,
  `<script src="${url}"></script>`,
];

describe('url-credentials rules', () => {
  it.each(['api_key', 'apikey', 'API_KEY', 'access_token', 'token', 'key', 'client_secret', 'auth-token'])(
    'url-query-credential: ?%s= found in JSON, env, YAML, code and HTML',
    async (name) => {
      const v = randomChars(ALNUM, 32, `q-${name}`);
      for (const url of [`${API}?${name}=${v}`, `${API}?q=mcp&${name}=${v}&page=2`]) {
        for (const text of contexts(url)) await expectIn('url-query-credential', text, v);
      }
    },
  );

  it('hex and URL-encoded values, HTML-escaped ampersands', async () => {
    const hex = randomChars(HEX, 32, 'hex');
    await expectIn('url-query-credential', `SEARCH_ENDPOINT=${API}?token=${hex}`, hex);
    const encoded = `${randomChars(ALNUM, 20, 'e1')}%2B${randomChars(ALNUM, 12, 'e2')}`;
    await expectIn('url-query-credential', `SEARCH_ENDPOINT=${API}?api_key=${encoded}`, encoded);
    const v = randomChars(ALNUM, 32, 'amp');
    await expectIn('url-query-credential', `<a href="${API}?q=x&amp;key=${v}">search</a>`, v);
  });

  it('a % without two hex digits after it is a format template or a mangled URL, not a value', async () => {
    const v = randomChars(ALNUM, 32, 'printf');
    await expectNotFound(
      `const u = "${API}?apikey=${v}%d";`,
      `url := fmt.Sprintf("${API}?token=${v.slice(0, 20)}%s${v.slice(20)}", id)`,
      `endpoint: ${API}?key=${v.slice(0, 16)}%v${v.slice(16)}`,
    );
  });

  it('a provider key in the URL keeps the provider id', async () => {
    const url = `https://maps.googleapis.com/maps/api/js?key=${googleTokens.googleApiKey('maps')}`;
    expect(await ruleIds(`<script src="${url}"></script>`)).toEqual(['google-api-key']);
  });

  it('near misses: outside a URL, references, placeholders, words, short values, other parameters', async () => {
    // Outside a URL it is the generic assignment rule's business.
    expect(await ruleIds(`api_key=${randomChars(ALNUM, 32, 'bare')}`)).not.toContain('url-query-credential');
    await expectNotFound(
      `const u = "${API}?api_key=\${API_KEY}";`,
      `const u = \`${API}?api_key=\${apiKey}\`;`,
      `endpoint: ${API}?token={{ search_token }}`,
      `endpoint: ${API}?key=<your-api-key>`,
      `endpoint: ${API}?key=%SEARCH_API_KEY_VALUE%`,
      `endpoint: ${API}?key=YOUR_API_KEY_GOES_HERE`,
      `endpoint: ${API}?token=aaaaaaaaaaaaaaaaaaaaaaaa`,
      `endpoint: ${API}?key=release-notes-for-2024`,
      `endpoint: ${API}?key=${randomChars(ALNUM, 12, 'short')}`,
    );
    // Parameters that only end in a credential word, or sit in the fragment: the generic
    // assignment rule may still speak for `page_token=`, this rule does not.
    for (const text of [
      `endpoint: ${API}?page_token=${randomChars(ALNUM, 32, 'page')}`,
      `endpoint: ${API}?monkey=${randomChars(ALNUM, 32, 'monkey')}`,
      `endpoint: ${API}#key=${randomChars(ALNUM, 32, 'fragment')}`,
    ]) {
      expect(await ruleIds(text)).not.toContain('url-query-credential');
    }
  });
});
