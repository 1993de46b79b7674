/**
 * Redaction: the one function every output goes through. It keeps the provider prefix (public:
 * it helps a person find the key to revoke) and, on long values only, a short tail; never more
 * than a quarter of the value, and never enough to rebuild or brute-force it. Short values (a
 * password, a PIN) show nothing of their own: a first and last character narrow a dictionary.
 */
const MASK = '****';
/** Below this many characters a value shows no character of its own, only a documented prefix. */
const SHORT = 32;
/** A documented prefix is shown only when at least this much secret follows it. */
const MIN_HIDDEN = 16;

/**
 * `prefixLength`: how much of the head is the rule's documented prefix (`ghp_`, `github_pat_`,
 * `sk-ant-`), which is public and helps a person find the key; it is shown whole (up to a quarter
 * of the value). Long values also show at most four characters of each end.
 */
export function redact(value: string, prefixLength = 0): string {
  // Counted in characters (code points). Nearly every value has no surrogate pair, so its
  // characters are its UTF-16 units and it needs no splitting (this runs for every finding).
  const chars = SURROGATE.test(value) ? [...value] : value;
  const n = chars.length;
  const part = (from: number, to: number): string =>
    typeof chars === 'string' ? chars.slice(from, to) : chars.slice(from, to).join('');
  const prefix = n - prefixLength >= MIN_HIDDEN ? Math.min(prefixLength, Math.floor(n / 4)) : 0;
  if (n < SHORT) return prefix > 0 ? `${part(0, prefix)}${MASK}` : MASK;
  const keep = Math.min(4, Math.floor(n / 8));
  return `${part(0, Math.max(keep, prefix))}${MASK}…${MASK}${part(n - keep, n)}`;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Replace every occurrence of each secret in a text (for messages built from input). */
export function redactAll(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(redact(s));
  return out;
}
