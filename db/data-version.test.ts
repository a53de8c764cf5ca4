import { describe, expect, it } from "vitest";
import { emptyTestDb } from "@/lib/testing/test-db";
import { bumpDataVersion, readDataVersion } from "./data-version";
import { seedDatabase } from "./seed/load";

describe("data version", () => {
  it("is 0 before any write and goes up by one with every seed", () => {
    const db = emptyTestDb();
    expect(readDataVersion(db)).toBe(0);
    seedDatabase(db);
    expect(readDataVersion(db)).toBe(1);
    seedDatabase(db);
    expect(readDataVersion(db)).toBe(2);
    // Two full seeds: seconds on a shared, loaded machine.
  }, 60_000);

  it("rolls back with the transaction that bumped it", () => {
    const db = emptyTestDb();
    db.transaction((tx) => bumpDataVersion(tx));
    expect(() =>
      db.transaction((tx) => {
        bumpDataVersion(tx);
        throw new Error("write failed");
      }),
    ).toThrow("write failed");
    expect(readDataVersion(db)).toBe(1);
  });
});
