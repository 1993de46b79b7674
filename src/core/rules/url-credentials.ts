/**
 * Credentials in URL query parameters (`?api_key=`, `&access_token=`, `?key=`): they end up in
 * server logs, browser history and referrers. Generic, so provider rules win on the same value.
 */
import { shannonEntropy } from '../entropy.js';
import type { RuleFamily } from './define.js';

const NAMES = '(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|key|secret|password|client[_-]?secret)';

/**
 * Random enough to be a credential: a hex value (at most 4 bits a character) at 3 bits, anything
 * else at 3.5 bits with digits or mixed case, so words and slugs (`?key=release-notes-2024`) stay out.
 */
function looksRandom(value: string): boolean {
  // `%` without two hex digits after it is no percent-encoding: a format template (`%s`, `%d`)
  // or a mangled URL, not a value a client sends.
  if (/%(?![0-9A-Fa-f]{2})/.test(value)) return false;
  const bits = shannonEntropy(value);
  if (/^[0-9a-f]+$/i.test(value)) return bits >= 3;
  if (/^[a-z]+(?:[._-][a-z0-9]+)*$/i.test(value)) return false;
  return bits >= 3.5 && (/\d/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value)));
}

/**
 * A host under a name reserved for documentation and tests (example.com, .net, .org, and the
 * `.example`, `.invalid`, `.test` domains): the URL is an example, whatever its key looks like.
 */
const DOCUMENTATION_HOST =
  /^(?:[a-z0-9-]+\.)*(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|invalid|test))(?::\d+)?$/i;

export const urlCredentials: RuleFamily = {
  id: 'url-credentials',
  rules: [
    {
      id: 'url-query-credential',
      title: 'Credential in a URL query parameter',
      provider: 'generic',
      // A parameter starts after `?`, `&` or HTML's `&amp;`: keying on those keeps `key=` in
      // ordinary code out.
      keywords: ['key=', 'apikey=', 'token=', 'secret=', 'password='].flatMap((k) => [
        `?${k}`,
        `&${k}`,
        `;${k}`,
        `_${k}`,
        `-${k}`,
      ]),
      // Each earlier parameter is `[^&]*&`, so the scan over them is unambiguous (linear).
      pattern: new RegExp(
        `https?://[^\\s"'<>?#]{1,512}\\?(?:[^\\s"'<>#&]{0,256}&){0,16}(?:amp;)?${NAMES}=(?<secret>[A-Za-z0-9._~%+/-]{16,512})(?![A-Za-z0-9._~%+/-])`,
        'i',
      ),
      // References and placeholders still go through the shared filter; entropy is checked here.
      minEntropy: 0,
      validate: (secret, m) =>
        looksRandom(secret) && !DOCUMENTATION_HOST.test(/^https?:\/\/([^/?#]*)/i.exec(m[0])?.[1] ?? ''),
      priority: 4,
      format: String.raw`[A-Za-z0-9]{32}`,
      samples: {
        found: [
          String.raw`https://api\.acme-data\.io/v1/items\?limit=10&api_key=[A-Za-z0-9]{32}`,
          String.raw`"url": "https://mcp\.acme\.dev/sse\?token=[A-Za-z0-9]{40}"`,
        ],
        notFound: [
          String.raw`https://api\.acme-data\.io/v1/items\?api_key=\$\{API_KEY\}`,
          String.raw`https://api\.acme-data\.io/v1/items\?api_key=x{32}`,
          String.raw`https://acme\.io/search\?key=[a-z]{6}`,
        ],
      },
    },
  ],
};
