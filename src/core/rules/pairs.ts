/**
 * Identifiers are not secrets. A client id, access id or app id names an account or an app (it is
 * often public: in URLs, OAuth consent screens, client code), so it is never reported alone. Beside
 * its secret it makes a working credential pair: a pair rule reports that once, at the secret,
 * above the secret's own rule (same span, one priority higher), so the secret is not reported twice.
 */
import type { SecretRuleSpec } from './define.js';
import { ASSIGN, keyedPattern } from './keyed.js';

/** How far from the secret (characters, either side) its id may sit: the same block of config. */
export const PAIR_WINDOW = 400;

export interface PairSpec {
  id: string;
  /** Names both halves: "Plaid client_id and secret pair". */
  title: string;
  /** The id's key, as `keyedPattern` reads it: provider word, key kind, value shape. */
  idKey: { provider: string; kind: string; value: string };
  /** gitleaks' rules for the id alone, which this pair rule covers. */
  covers: readonly string[];
  /** trufflehog's detectors for the pair (they report id and secret together). */
  trufflehog?: readonly string[];
  samples: NonNullable<SecretRuleSpec['samples']>;
}

/** `secret`'s rule, reporting only where the provider's id is assigned within PAIR_WINDOW of it. */
export function pairRule(secret: SecretRuleSpec, pair: PairSpec): SecretRuleSpec {
  const { kind, value } = pair.idKey;
  // `PLAID_CLIENT_ID=…`, or a bare `client_id: …` in the block the provider-keyed secret sits in
  // (`plaid:\n  secret: …\n  client_id: …`).
  const idPatterns = [
    keyedPattern(pair.idKey),
    new RegExp(`(?<![A-Za-z0-9_.-])${kind}${ASSIGN}${value}(?![A-Za-z0-9_-])`, 'i'),
  ];
  const { validate } = secret;
  return {
    ...secret,
    id: pair.id,
    title: pair.title,
    priority: (secret.priority ?? 10) + 1,
    description: `${pair.title}: the identifier alone is not reported; beside its secret they make a working credential.`,
    validate: (value, match) => (validate?.(value, match) ?? true) && hasIdNearby(idPatterns, match),
    samples: pair.samples,
    peers: { gitleaks: pair.covers, ...(pair.trufflehog ? { trufflehog: pair.trufflehog } : {}) },
  };
}

/** Whether one of `idPatterns` matches within PAIR_WINDOW characters of `match` (the same block of config). */
export function hasIdNearby(idPatterns: readonly RegExp[], match: RegExpExecArray): boolean {
  const from = Math.max(0, match.index - PAIR_WINDOW);
  const near = match.input.slice(from, match.index + match[0].length + PAIR_WINDOW);
  return idPatterns.some((re) => re.test(near));
}

/**
 * A secret read by its shape alone near its id (no key names it) must look random: an upper-case
 * letter, a lower-case letter and a digit, as every random secret of letters and digits this long has.
 */
export function hasMixedClasses(secret: string): boolean {
  return /\d/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret);
}
