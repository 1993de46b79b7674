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
    known.set(typeof key === 'string' ? (ownCopy(key) as K) : key, computed);
    return computed;
  };
}

/**
 * A string that holds its own characters. A string cut from a larger one (`text.slice(...)`, a
 * line of git's output) is a view into it in V8 and keeps all of it alive: a cache of keys from
 * thousands of files would hold those files, a set of blob ids the whole history's patch text.
 * Concatenating then cutting makes V8 copy the characters.
 */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
