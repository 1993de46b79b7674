/** Shannon entropy in bits per character: random tokens score high, words and patterns low. */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  for (let i = 0; i < n; i++) if (value.charCodeAt(i) >= 128) return entropyOfAny(value);
  // ASCII (nearly every token, and this runs for every candidate): counted in one shared array,
  // which the second pass leaves zeroed again.
  for (let i = 0; i < n; i++) COUNTS[value.charCodeAt(i)]!++;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const count = COUNTS[c]!;
    if (count === 0) continue;
    COUNTS[c] = 0;
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const COUNTS = new Uint32Array(128);

function entropyOfAny(value: string): number {
  const counts = new Map<string, number>();
  let n = 0;
  for (const ch of value) {
    n++;
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let bits = 0;
  for (const c of counts.values()) {
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
