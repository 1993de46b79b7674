/**
 * Redaction: the one function every output goes through. It keeps a short recognisable head (the
 * provider prefix helps a person find the key to revoke) and a short tail, never more than a
 * quarter of the value, and never enough to rebuild or brute-force it.
 */
const MASK = '****';

export function redact(value: string): string {
  const chars = [...value];
  const n = chars.length;
  if (n <= 8) return MASK;
  const keep = Math.min(4, Math.floor(n / 8));
  const head = chars.slice(0, Math.min(keep + prefixBonus(value), Math.floor(n / 4))).join('');
  const tail = chars.slice(n - keep).join('');
  return `${head}${MASK}…${MASK}${tail}`;
}

/** A provider prefix such as `ghp_`, `sk-ant-` or `xoxb-` is public knowledge; show it whole. */
function prefixBonus(value: string): number {
  const m = /^[a-z]{2,10}[_-](?:[a-z]{2,8}[_-])?/i.exec(value);
  return m ? Math.max(0, m[0].length - 4) : 0;
}

/** Replace every occurrence of each secret in a text (for messages built from input). */
export function redactAll(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(redact(s));
  return out;
}
