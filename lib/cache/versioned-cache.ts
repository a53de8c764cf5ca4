import { Lru } from "./lru";

/**
 * A cache whose every entry belongs to one data version. The version is read from SQLite on
 * each use (one single-row read, microseconds), so a write by any process (an import, the seed,
 * a script) makes the next request miss and recompute, with no message between processes.
 * On a new version the old entries are dropped at once: nothing can ask for them again.
 */
export class VersionedCache<V> {
  private readonly lru: Lru<V>;
  private version: number | undefined;

  constructor(capacity: number, private readonly readVersion: () => number) {
    this.lru = new Lru<V>(capacity);
  }

  /** The current data version, dropping every entry of an older one. */
  current(): number {
    const version = this.readVersion();
    if (version !== this.version) {
      this.lru.clear();
      this.version = version;
    }
    return version;
  }

  /** The cached value of `key` for the current version, computing (and storing) it on a miss. */
  getOrCompute(key: string, compute: () => V, sizeOf: (value: V) => number = () => 1): { value: V; version: number; hit: boolean } {
    const version = this.current();
    const cached = this.lru.get(key);
    if (cached !== undefined) return { value: cached, version, hit: true };
    const value = compute();
    // A write may have landed while computing: store only under the version it was read at.
    if (this.readVersion() === version) this.lru.set(key, value, sizeOf(value));
    return { value, version, hit: false };
  }

  /** The current version and the entry of `key` under it, with one version read. */
  lookup(key: string): { version: number; value: V | undefined } {
    const version = this.current();
    return { version, value: this.lru.get(key) };
  }

  peek(key: string): V | undefined {
    this.current();
    return this.lru.get(key);
  }

  set(key: string, value: V, size = 1, version?: number): void {
    if (version !== undefined && version !== this.current()) return;
    this.lru.set(key, value, size);
  }

  get stats(): { entries: number; used: number; version: number | undefined } {
    return { entries: this.lru.size, used: this.lru.usedCapacity, version: this.version };
  }
}
