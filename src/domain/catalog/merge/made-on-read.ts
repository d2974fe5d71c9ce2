/**
 * A read-only map whose values are made on first read, from what it holds for each key. The
 * maker keeps what it made: reading a key twice gives the same value.
 * @example
 * const byId = new MadeOnRead(slots, (slot) => made(slot));
 * byId.get("sensetime")?.name // "SenseTime" (made now, kept for the next read)
 */
export class MadeOnRead<K, S, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly held: ReadonlyMap<K, S>,
    private readonly make: (held: S) => V,
  ) {}

  get size(): number {
    return this.held.size;
  }

  has(key: K): boolean {
    return this.held.has(key);
  }

  get(key: K): V | undefined {
    const held = this.held.get(key);
    return held === undefined ? undefined : this.make(held);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, held] of this.held) callback(this.make(held), key, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, held] of this.held) yield [key, this.make(held)];
  }

  keys(): MapIterator<K> {
    return this.held.keys();
  }

  *values(): MapIterator<V> {
    for (const held of this.held.values()) yield this.make(held);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
