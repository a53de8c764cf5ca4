import { describe, expect, it } from "vitest";
import { compareCodes } from "./compare-codes";

describe("compareCodes", () => {
  it("orders administrative codes by their digits (hand-checked)", () => {
    expect(["500233", "440300", "500101", "500102", "110000"].sort(compareCodes)).toEqual(["110000", "440300", "500101", "500102", "500233"]);
    expect(compareCodes("500101", "500101")).toBe(0);
  });
});
