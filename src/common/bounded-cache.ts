/**
 * Values remembered by key, up to `max` entries; when full, it starts over empty. For work that
 * recurs with few distinct keys (a formatted date, a gathering's calendar, a checked login), where
 * forgetting everything now and then costs one recomputation per key and bounds the memory.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.max && !this.entries.has(key)) this.entries.clear();
    this.entries.set(key, value);
  }

  /** The value for `key`, computed by `compute` the first time (and after the cache started over). */
  remember(key: string, compute: () => V): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = compute();
    this.set(key, value);
    return value;
  }
}
