/**
 * Credentials in HTTP Authorization headers, in code, configs and curl commands: `Bearer`/`token`
 * parameters and `Basic` user:password pairs. Generic (any provider), so provider rules win.
 */
import { shannonEntropy } from '../entropy.js';
import { isPlaceholder } from '../placeholders.js';
import type { RuleFamily } from './define.js';
import { assignment, assignsLiteral, SEPARATORS } from './generic.js';
import { decodeJwt, isExample } from './jwt-claims.js';
import { isRegexText } from './pattern-text.js';

/**
 * `Authorization` (or `Proxy-Authorization`), an optional closing quote and bracket, a separator
 * and an optional opening quote: `"Authorization": "`, `-H 'Authorization: `, `headers['Authorization'] = "`,
 * `Header.Set("Authorization", "`, `'Authorization' => "`.
 */
const HEADER = String.raw`authorization["'\x60]?\]?\s{0,4}(?::|=>?|,)\s{0,4}[fr]?["'\x60]?\s{0,4}`;

/**
 * The arguments of a curl command before the one that matters: bounded, across `\`-continued lines
 * and lines that go on with an indented option (`\n  -H ...`: a command written out in a document
 * without its backslashes), never past a line end that does neither.
 */
const CURL_ARGS = String.raw`(?:[^\n\\]|\\[^\n]|\\\r?\n|\r?\n(?=[ \t]+--?[A-Za-z])){0,400}?`;

/** A random token has digits or mixed case; `Bearer mysecrettokenvalue` in a doc has neither. */
const looksRandom = (s: string): boolean => /\d/.test(s) || (/[a-z]/.test(s) && /[A-Z]/.test(s));

/**
 * Whether base64 `value` is Basic credentials: `user:password`, the user printable, the password
 * not a stand-in. A password byte or two that is not text (a copy damaged in transit, a binary
 * secret) still counts when the password is long and random; a readable password is judged by the
 * placeholder filter.
 */
export function isBasicCredential(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon >= decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded.slice(0, colon))) return false;
  const password = decoded.slice(colon + 1);
  const unreadable = password.replace(/[\x20-\x7e]/g, '').length;
  if (unreadable > 0)
    return unreadable * 10 <= password.length && password.length >= 16 && shannonEntropy(password) >= 3.5;
  return !isPlaceholder(password) && !/^(?:pass(?:word)?|secret|\$\{?\w+\}?|<[^>]*>)$/i.test(password);
}

export const httpAuth: RuleFamily = {
  id: 'http-auth',
  rules: [
    {
      id: 'http-bearer-token',
      title: 'Bearer token in an Authorization header',
      provider: 'generic',
      keywords: ['authorization'],
      pattern: new RegExp(
        `${HEADER}(?:bearer|token)\\s{1,4}(?<secret>[A-Za-z0-9._~+/-]{16,2048}={0,2})(?![A-Za-z0-9._~+/=-])`,
        'i',
      ),
      minEntropy: 3,
      priority: 5,
      // A documentation JWT (`"sub": "1234567890"`) is an example by its claims, not its base64;
      // its numbers (`"iat": 1800000000`) are timestamps, never a placeholder.
      validate: (secret) => {
        if (!looksRandom(secret)) return false;
        const jwt = decodeJwt(secret);
        return jwt === undefined || !isExample(jwt.claims);
      },
      format: String.raw`[A-Za-z0-9._~+/-]{16,2048}={0,2}`,
      samples: {
        found: [
          String.raw`authorization["'\x60]?\]?\s{0,4}(?::|=>?|,)\s{0,4}[fr]?["'\x60]?\s{0,4}(?:bearer|token)\s{1,4}(?:[A-Za-z0-9._~+/-]{16,2048}={0,2})`,
        ],
        notFound: [
          String.raw`authorization["'\x60]?\]?\s{0,4}(?::|=>?|,)\s{0,4}[fr]?["'\x60]?\s{0,4}(?:bearer|token)\s{1,4}(?:[A-Za-z0-9._~+/-]{8}={0,2})`,
          String.raw`authorization["'\x60]?\]?\s{0,4}(?::|=>?|,)\s{0,4}[fr]?["'\x60]?\s{0,4}(?:bearer|token)\s{1,4}(?:x{16}={0,2})`,
        ],
      },
      peers: { gitleaks: ['curl-auth-header'] },
    },
    {
      id: 'http-basic-auth',
      title: 'Basic credentials in an Authorization header',
      provider: 'generic',
      keywords: ['authorization'],
      pattern: new RegExp(`${HEADER}basic\\s{1,4}(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
      minEntropy: 2.5,
      priority: 5,
      // Basic credentials are base64 of `user:password`, with a password that is not a stand-in.
      validate: (secret, m) => {
        // `.` and another segment follow: a JWT or a dotted token, not base64 of `user:password`.
        if (/^\.[A-Za-z0-9_-]/.test(m.input.slice(m.index + m[0].length))) return false;
        return isBasicCredential(secret);
      },
      format: String.raw`(?<b64>[a-z]{4,10}:[A-Za-z0-9!@#%]{12,24})`,
      samples: {
        found: [
          String.raw`"Authorization": "Basic (?<b64>[a-z]{4,10}:[A-Za-z0-9!@#%]{12,24})"`,
          String.raw`curl -H "Authorization: Basic (?<b64>deploy:[A-Za-z0-9]{20})" https://api\.acme\.io`,
        ],
        notFound: [
          String.raw`"Authorization": "Basic (?<b64>admin:password)"`,
          String.raw`"Authorization": "Basic (?<b64>[a-z]{4,10}:<password>)"`,
          String.raw`"Authorization": "Basic \$\{BASIC_AUTH\}"`,
        ],
      },
    },
    {
      id: 'basic-auth-assignment',
      title: 'Basic credentials under an auth key',
      provider: 'generic',
      keywords: ['_auth'],
      // `_auth=` in .npmrc, `"user_auth": "..."`, `basic_auth: ...`: a key ending in `_auth` holding
      // base64 of `user:password`, as a Basic Authorization header would carry it.
      pattern: new RegExp(
        String.raw`(?<![A-Za-z0-9])(?<name>[A-Za-z0-9.-]{0,30}_auth)${assignment(SEPARATORS, '[ \t]')}(?<q>\\?["'\x60]|)(?<secret>[A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=])`,
        'i',
      ),
      // `_auth` is in every OAuth library: the pattern, whose name reads up to 30 characters
      // before it at every word start, runs only near it.
      runsNear: { before: 30, after: 0, barrier: '!#$%()*;<@[]^{}|', ahead: 160 },
      minEntropy: 3,
      priority: 5,
      validate: (secret, m) => assignsLiteral(m) && isBasicCredential(secret),
      format: String.raw`(?<b64>[a-z]{4,10}:[A-Za-z0-9!@#%]{12,24})`,
      samples: {
        found: [
          String.raw`\{"user_auth": "(?<b64>[a-z]{4,10}:[A-Za-z0-9!@#%]{12,24})"\}`,
          String.raw`_auth=(?<b64>[a-z]{4,10}:[A-Za-z0-9]{16})`,
        ],
        notFound: [
          String.raw`\{"user_auth": "(?<b64>[a-z]{4,10}:password)"\}`,
          String.raw`\{"user_auth": "(?<b64>[a-z]{4,10}[A-Za-z0-9]{16})"\}`,
          String.raw`_auth=\$\{NPM_AUTH\}`,
        ],
      },
      peers: { gitleaks: ['generic-api-key'] },
    },
    {
      id: 'curl-basic-auth',
      title: 'Password in a curl -u/--user argument',
      provider: 'generic',
      keywords: ['curl'],
      // `curl ... -u user:password` (or `--user`, `-u"user:pass"`, `-u :token`, `-u "user":"pass"`, and
      // on a continuation line after `\`): the password is a credential whoever issued it. The user
      // part and the rest of the command are bounded.
      // A password may hold `$` (not as its first character: `$API_TOKEN` is a reference); a token
      // passed as the user with an empty password (`-u "<api key>:"`, how Stripe and others take
      // keys) is the credential itself.
      pattern: new RegExp(
        String.raw`\bcurl\b${CURL_ARGS}\s(?:-u|--user)(?:\s{1,4}|=)?["']?(?<user>[^\s:"']{0,100}["']?:["']?)?(?<secret>[^\s"'$\x60][^\s"'\x60]{5,199}?)(?=:?(?:["'\s]|$))`,
      ),
      minEntropy: 3,
      priority: 5,
      validate: (secret, m) => {
        // Without a user part the value is the user: a credential only with the password left
        // empty (`:` right after it), and only one that looks generated.
        if (m.groups?.['user'] === undefined) {
          const end = m.index + m[0].length;
          if (m.input[end] !== ':' || secret.includes(':') || secret.length < 12) return false;
        }
        return looksRandom(secret) && !/^(?:pass(?:word)?\d*|secret|changeme)$/i.test(secret) && !isRegexText(secret);
      },
      format: '[A-Za-z0-9]{24}',
      samples: {
        found: [
          'curl -u deploy:[A-Za-z0-9]{24} https://api\\.acme\\.io/v1/items',
          "curl -s --user 'ci-bot:[A-Za-z0-9!%]{20}' -X POST https://ci\\.acme\\.io/hook",
          'curl -X GET https://api\\.acme\\.io/v1 \\\\\n  --user ":[A-Za-z0-9]{24}"',
          'curl --user=\\$USER:[A-Za-z0-9]{24} https://api\\.acme\\.io',
          'curl --cacert ca\\.crt -u elastic:[A-Za-z]{6}[0-9]{2}\\$[0-9] https://localhost:9200',
          'curl https://api\\.acme\\.io/v1/charges -u "[A-Za-z0-9]{24}:"',
        ],
        notFound: [
          'curl -u deploy:\\$API_TOKEN https://api\\.acme\\.io',
          'curl -u user:password https://api\\.acme\\.io',
          'curl -u deploy:x{24} https://api\\.acme\\.io',
          'curl -u admin: https://api\\.acme\\.io',
          'curl -u "\\$ACME_KEY:" https://api\\.acme\\.io',
        ],
      },
      peers: { gitleaks: ['curl-auth-user'] },
    },
    {
      id: 'curl-header-credential',
      title: 'Credential in a curl -H/--header argument',
      provider: 'generic',
      keywords: ['curl'],
      // `curl ... -H "X-Api-Key: <token>"` (any `X-...-Key`/`-Token`/`-Secret` header, `Api-Key`,
      // `Token`) or `-H 'Authorization: <token>'` with no scheme or the `Api-Token` one; `Bearer` and
      // `Basic` are the two rules above.
      pattern: new RegExp(
        String.raw`\bcurl\b${CURL_ARGS}\s(?:-H|--header)(?:\s{1,4}|=)?(?<q>["'])(?:(?:proxy-)?authorization:[ \t]{0,5}(?:api-token[ \t]{1,4})?|(?:x-(?:[a-z]{1,20}-){0,2})?(?:api-?)?(?:key|token|secret):[ \t]{0,5})(?<secret>[\w=~@.+/-]{8,400})\k<q>`,
        'i',
      ),
      // The header names a credential: a 16-character hex token (about 3.2 bits a character, often
      // less) is one.
      minEntropy: 2.5,
      priority: 5,
      validate: (secret) => looksRandom(secret),
      format: '[A-Za-z0-9_-]{32}',
      samples: {
        found: [
          'curl -H "X-Api-Key: [A-Za-z0-9]{32}" https://api\\.acme\\.io/v1/items',
          "curl https://api\\.acme\\.io/v1 \\\\\n  --header 'Authorization: [A-Za-z0-9]{40}'",
          'curl -s -H "X-Acme-Token: [a-f0-9]{40}" https://acme\\.io',
          'curl -X POST https://acme\\.io/api/tasks -H "Token: [a-f0-9]{16}" -d "x=1"',
          'curl -X GET https://acme\\.io/\\n     -H "X-Acme-ApiKey: [a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}"',
        ],
        notFound: [
          'curl -H "X-Api-Key: \\$ACME_KEY" https://api\\.acme\\.io',
          'curl -H "X-Api-Key: x{32}" https://api\\.acme\\.io',
          'curl -H "Content-Type: application/json" https://api\\.acme\\.io',
          'curl https://api\\.acme\\.io\\n\\ntool -H "X-Api-Key: [A-Za-z0-9]{32}"',
        ],
      },
      peers: { gitleaks: ['curl-auth-header'] },
    },
  ],
};
