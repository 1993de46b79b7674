/** Test token generators for the rules in src/core/rules/sendbird.ts (see ./random.ts). */
import { hex, uuid } from './random.js';

export const sendbirdTokens = {
  /** The application ID: an upper-case UUID (an identifier every client app carries). */
  appId: (seed = 'sendbird-app') => uuid(seed).toUpperCase(),
  /** A master or secondary API token: 40 hex characters. */
  apiToken: (seed = 'sendbird-token') => hex(40, seed),
};
