import { describe, expect, it } from "vitest";
import { Lru } from "./lru";
import { VersionedCache } from "./versioned-cache";

describe("Lru", () => {
  it("drops the least recently used entries beyond its capacity, counting their sizes", () => {
    const lru = new Lru<string>(10);
    lru.set("a", "A", 4);
    lru.set("b", "B", 4);
    expect(lru.get("a")).toBe("A"); // a is now the most recent
    lru.set("c", "C", 4); // 12 > 10: b goes
    expect([lru.get("a"), lru.get("b"), lru.get("c")]).toEqual(["A", undefined, "C"]);
    expect(lru.usedCapacity).toBe(8);
    lru.set("huge", "H", 11);
    expect(lru.get("huge")).toBeUndefined();
  });
});

describe("VersionedCache", () => {
  it("computes once per key and version, and starts over when the version changes", () => {
    let version = 1;
    let computed = 0;
    const cache = new VersionedCache<number>(100, () => version);
    const read = () => cache.getOrCompute("k", () => ++computed);
    expect(read()).toEqual({ value: 1, version: 1, hit: false });
    expect(read()).toEqual({ value: 1, version: 1, hit: true });
    version = 2; // a write by any process
    expect(read()).toEqual({ value: 2, version: 2, hit: false });
    expect(cache.stats.entries).toBe(1);
  });

  it("does not keep a value computed while a write landed", () => {
    let version = 1;
    const cache = new VersionedCache<string>(100, () => version);
    const first = cache.getOrCompute("k", () => {
      version = 2;
      return "read during the write";
    });
    expect(first.hit).toBe(false);
    expect(cache.getOrCompute("k", () => "fresh").value).toBe("fresh");
  });

  it("refuses a value stored for an older version", () => {
    let version = 3;
    const cache = new VersionedCache<string>(100, () => version);
    cache.set("page", "old html", 1, 2);
    expect(cache.peek("page")).toBeUndefined();
    cache.set("page", "html", 1, 3);
    expect(cache.peek("page")).toBe("html");
    version = 4;
    expect(cache.peek("page")).toBeUndefined();
  });
});
