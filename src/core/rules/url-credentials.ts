/**
 * Credentials in URL query parameters (`?api_key=`, `&access_token=`, `?key=`): they end up in
 * server logs, browser history and referrers. Generic, so provider rules win on the same value.
 */
import type { RuleFamily } from './define.js';

const NAMES = '(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|key|secret|password|client[_-]?secret)';

export const urlCredentials: RuleFamily = {
  id: 'url-credentials',
  rules: [
    {
      id: 'url-query-credential',
      title: 'Credential in a URL query parameter',
      provider: 'generic',
      // A parameter starts after `?` or `&`: keying on those keeps `key=` in ordinary code out.
      keywords: ['key=', 'apikey=', 'token=', 'secret=', 'password='].flatMap((k) => [
        `?${k}`,
        `&${k}`,
        `_${k}`,
        `-${k}`,
      ]),
      // Each earlier parameter is `[^&]*&`, so the scan over them is unambiguous (linear).
      pattern: new RegExp(
        `https?://[^\\s"'<>?#]{1,512}\\?(?:[^\\s"'<>#&]{0,256}&){0,16}${NAMES}=(?<secret>[A-Za-z0-9._~%+/-]{16,512})(?![A-Za-z0-9._~%+/-])`,
        'i',
      ),
      minEntropy: 3.5,
      priority: 4,
    },
  ],
};
