/** What verification says of one credential, and the shape every provider module implements. */

import type { Verification } from '../core/types.js';

export type { Verification, VerificationStatus } from '../core/types.js';

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Path (and query) under the provider's fixed base URL. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
}

/** Sends a request to one provider's fixed host; the only way provider modules reach the network. */
export type Http = (req: HttpRequest) => Promise<HttpAnswer>;

export interface Verifier {
  /** Provider id, the same key the rules use (`github`, `slack`, ...). */
  provider: string;
  /** The fixed API origin; tests may redirect it to loopback through the environment only. */
  baseUrl: string;
  /** The identity endpoint, for the README and notes (`GET /user`). */
  endpoint: string;
  /** What verification reports for this provider, for the README. */
  reports: string;
  /** Rule ids this verifier can check; default every rule of the provider. */
  rules?: readonly string[];
  verify(secret: string, http: Http, ruleId: string): Promise<Verification>;
}
