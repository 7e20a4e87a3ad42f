/**
 * `compute`, remembering its answers for the keys last asked: up to `limit` of them, after which the memory starts
 * afresh (a bound for a long-running bot that is cheaper to keep than a least-recently-used order).
 */
export function remembered<K, V>(compute: (key: K) => V, limit = Number.POSITIVE_INFINITY): (key: K) => V {
  const memory = new Map<K, V>();
  return (key) => {
    if (memory.has(key)) return memory.get(key) as V;
    const value = compute(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value);
    return value;
  };
}
