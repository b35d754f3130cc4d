/**
 * RecentCache: the last few results of a pure function of a string. One inbound message is
 * read several times in a row (interpretCheckin for all questions, again for the open ones,
 * then interpretAnswer), so remembering a handful of recent texts saves repeated work while
 * memory stays fixed: at most `capacity` entries, the oldest overwritten first.
 */
export class RecentCache<V> {
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private next = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error("RecentCache: capacity must be a positive integer");
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
  }

  /** Number of entries held, never more than `capacity`. */
  get size(): number {
    return this.keys.filter((k) => k !== undefined).length;
  }

  /** The cached value for `key`, or `compute(key)` (then cached, evicting the oldest entry). */
  get(key: string, compute: (key: string) => V): V {
    for (let i = 0; i < this.capacity; i++) {
      if (this.keys[i] === key) return this.values[i] as V;
    }
    const value = compute(key);
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
    return value;
  }
}
