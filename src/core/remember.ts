/**
 * A function's results by argument, for arguments that repeat: one value judged by several rules,
 * one name asked for by every server of a large config. At most `max` are kept, so a long history
 * cannot grow it without bound.
 */
export function remembered<K, V>(compute: (key: K) => V, max = 1000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as V;
    if (known.size >= max) known.clear();
    const computed = compute(key);
    known.set(key, computed);
    return computed;
  };
}
