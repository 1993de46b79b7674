/**
 * Redaction: the one function every output goes through. It keeps a short recognisable head (the
 * provider prefix helps a person find the key to revoke) and a short tail, never more than a
 * quarter of the value, and never enough to rebuild or brute-force it.
 */
const MASK = '****';

/**
 * `prefixLength`: how much of the head is the rule's documented prefix (`ghp_`, `github_pat_`,
 * `sk-ant-`), which is public and helps a person find the key; it is shown whole (up to a quarter
 * of the value). Otherwise at most four characters of each end are shown.
 */
export function redact(value: string, prefixLength = 0): string {
  const chars = [...value];
  const n = chars.length;
  if (n <= 8) return MASK;
  const keep = Math.min(4, Math.floor(n / 8));
  const head = chars.slice(0, Math.min(Math.max(keep, prefixLength), Math.floor(n / 4))).join('');
  const tail = chars.slice(n - keep).join('');
  return `${head}${MASK}…${MASK}${tail}`;
}

/** Replace every occurrence of each secret in a text (for messages built from input). */
export function redactAll(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(redact(s));
  return out;
}
