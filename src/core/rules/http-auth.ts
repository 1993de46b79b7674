/**
 * Credentials in HTTP Authorization headers, in code, configs and curl commands: `Bearer`/`token`
 * parameters and `Basic` user:password pairs. Generic (any provider), so provider rules win.
 */
import type { RuleFamily } from './define.js';

/** `Authorization` followed by a separator and optional quoting: `"Authorization": "`, `-H 'Authorization: `. */
const HEADER = String.raw`authorization["'\x60]?\s{0,4}[:=]\s{0,4}[fr]?["'\x60]?\s{0,4}`;

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
    },
    {
      id: 'http-basic-auth',
      title: 'Basic credentials in an Authorization header',
      provider: 'generic',
      keywords: ['authorization'],
      pattern: new RegExp(`${HEADER}basic\\s{1,4}(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
      minEntropy: 2.5,
      priority: 5,
      // Basic credentials are base64 of `user:password`, with a password.
      validate: (secret) => {
        const decoded = Buffer.from(secret, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
      },
    },
  ],
};
