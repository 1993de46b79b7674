/**
 * One context rule from its facts: a provider word, the value's shape and a sample key. Many
 * providers issue credentials with no prefix of their own; each such rule is the same record (the
 * keyed grammar of `keyed.ts`, priority 8 so a prefixed rule on the same value wins, and samples:
 * the value under its key, and the near misses every context rule must leave alone).
 */
import type { PeerRules, SecretRuleSpec } from './define.js';
import { keyedPattern, VALUE } from './keyed.js';

export interface KeyedRuleFacts {
  id: string;
  title: string;
  provider: string;
  /** Regex source naming the provider at the start of a key word (see `KeyedPattern.provider`). */
  word: string;
  /** Literal gates (default: the provider id). */
  keywords?: readonly string[];
  /** Regex source of the value. */
  value: string;
  /** The value's documented format for generators (default `value`). */
  format?: string;
  /** A key the value is found under, for samples and docs (`ALCHEMY_API_KEY`). */
  key: string;
  /** Near-miss values of the right family but wrong shape (regex sources): too short, masked. */
  near: readonly string[];
  kind?: string;
  /** Default 8 (below prefixed rules); higher where another provider's prefix is shared (`sk_test_`). */
  priority?: number;
  minEntropy?: number;
  validate?: SecretRuleSpec['validate'];
  peers?: PeerRules;
  description?: string;
}

export function keyedRule(f: KeyedRuleFacts): SecretRuleSpec {
  const format = f.format ?? f.value;
  return {
    id: f.id,
    title: f.title,
    provider: f.provider,
    keywords: f.keywords ?? [f.provider],
    pattern: keyedPattern({ provider: f.word, value: f.value, ...(f.kind ? { kind: f.kind } : {}) }),
    priority: f.priority ?? 8,
    ...(f.minEntropy !== undefined ? { minEntropy: f.minEntropy } : {}),
    ...(f.validate ? { validate: f.validate } : {}),
    ...(f.description ? { description: f.description } : {}),
    format,
    key: f.key,
    samples: {
      found: [`${f.key}=${format}`],
      notFound: [...f.near.map((n) => `${f.key}=${n}`), `UNRELATED_SETTING=${format}`],
    },
    ...(f.peers ? { peers: f.peers } : {}),
  };
}

/** A JWT as a provider issues it: HS256 header, claims naming a subject, a 43-character signature. */
const JWT_FORMAT = String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"sub":"[a-f0-9]{24}","iat":1[67][0-9]{8}\})\.[A-Za-z0-9_-]{43}`;

/**
 * A provider whose API key is a JWT under its name: three base64url segments, the first a JSON header
 * (`eyJ`). The key naming the provider is the evidence; the segments are not decoded, since some
 * providers' claims are opaque and a header may be too.
 */
export function keyedJwtRule(f: Omit<KeyedRuleFacts, 'value' | 'format' | 'near' | 'validate'>): SecretRuleSpec {
  return keyedRule({
    ...f,
    value: VALUE.jwtUnder,
    format: JWT_FORMAT,
    near: [
      // A token cut before its signature, and one with a placeholder signature.
      String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"sub":"[a-f0-9]{24}"\})`,
      String.raw`(?<b64url>\{"alg":"HS256","typ":"JWT"\})\.(?<b64url>\{"sub":"[a-f0-9]{24}"\})\.x{43}`,
    ],
  });
}
