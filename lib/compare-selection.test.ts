import { describe, expect, it } from "vitest";
import { compareHref, compareSelection } from "./compare-selection";
import { DEFAULT_FILTERS, type Filters } from "./filters";

const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

describe("compareSelection", () => {
  it("compares the chosen districts by default, the other side narrowing", () => {
    const s = compareSelection(f({ districts: ["500101", "500102", "500233"], supporters: ["310000"] }), undefined);
    expect(s).toMatchObject({ by: "district", codes: ["500101", "500102", "500233"], dropped: [], issues: [] });
    expect(s.filters.supporters).toEqual(["310000"]);
  });

  it("compares supporters when only supporters are chosen, or when asked", () => {
    expect(compareSelection(f({ supporters: ["310000", "330000"] }), undefined).by).toBe("supporter");
    expect(compareSelection(f({ districts: ["500101"], supporters: ["310000", "330000"] }), "supporter").codes).toEqual(["310000", "330000"]);
  });

  it("keeps at most four and names the rest", () => {
    const s = compareSelection(f({ districts: ["1", "2", "3", "4", "5", "6"] }), "district");
    expect(s.codes).toEqual(["1", "2", "3", "4"]);
    expect(s.dropped).toEqual(["5", "6"]);
    expect(s.filters.districts).toEqual(["1", "2", "3", "4"]);
  });

  it("reports a bad ?by and falls back", () => {
    const s = compareSelection(f({ districts: ["500101", "500102"] }), "province");
    expect(s.by).toBe("district");
    expect(s.issues).toEqual([{ param: "by", code: "invalid_value", value: "province", severity: "warning" }]);
  });
});

describe("compareHref", () => {
  it("writes the filter, and by only when it is not the default", () => {
    expect(compareHref("district", f({ districts: ["500101", "500102"] }))).toBe("/compare?district=500101%2C500102");
    expect(compareHref("supporter", f({ supporters: ["310000"], yearFrom: 2013 }))).toBe("/compare?supporter=310000&from=2013&by=supporter");
    expect(compareHref("district", DEFAULT_FILTERS)).toBe("/compare");
  });
});
