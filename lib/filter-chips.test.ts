import { describe, expect, it } from "vitest";
import type { NameLookup } from "./describe";
import { filterChips } from "./filter-chips";
import { DEFAULT_FILTERS, type Filters } from "./filters";

const names: NameLookup = {
  district: (c) => ({ "500101": { zh: "万州区", en: "Wanzhou District" } })[c],
  supporter: (c) => ({ "310000": { zh: "上海市", en: "Shanghai" } })[c],
};
const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

describe("filterChips", () => {
  it("has no chip without a filter", () => {
    expect(filterChips(DEFAULT_FILTERS, names, "zh-CN")).toEqual([]);
  });

  it("makes one chip per value, each removing exactly itself", () => {
    const filters = f({ districts: ["500101", "500102"], supporters: ["310000"], sectors: ["citrus"] });
    const chips = filterChips(filters, names, "zh-CN");
    expect(chips.map((c) => [c.kind, c.label])).toEqual([
      ["district", "万州区"],
      ["district", "500102"],
      ["supporter", "上海市"],
      ["sector", "柑橘"],
    ]);
    expect(chips[0]?.without).toEqual({ ...filters, districts: ["500102"] });
    expect(chips[2]?.without).toEqual({ ...filters, supporters: [] });
    expect(chips[3]?.without).toEqual({ ...filters, sectors: [] });
  });

  it("shows a narrowed year range as one chip that restores the full range", () => {
    const chips = filterChips(f({ yearFrom: 2013 }), names, "en");
    expect(chips).toEqual([{ id: "years", kind: "years", label: "2013–2022", without: DEFAULT_FILTERS }]);
    expect(filterChips(f({ yearFrom: 2020, yearTo: 2020 }), names, "en")[0]?.label).toBe("2020");
  });

  it("names values in the reader's language", () => {
    expect(filterChips(f({ districts: ["500101"] }), names, "en")[0]?.label).toBe("Wanzhou District");
  });
});
