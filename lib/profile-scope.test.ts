import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type Filters } from "./filters";
import { memberCodes, parseCitiesParam, profileHref, scopeFilters, withoutFixed } from "./profile-scope";

const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const supporters = [
  { code: "440000", parentCode: null },
  { code: "440300", parentCode: "440000" },
  { code: "440100", parentCode: "440000" },
  { code: "330000", parentCode: null },
  { code: "330200", parentCode: "330000" },
];

describe("profile scope", () => {
  it("puts the page's codes into the filter and reports a URL value it overrides", () => {
    expect(scopeFilters(f({ yearFrom: 2010 }), { districts: ["500101"], supporters: [] })).toEqual({ filters: f({ yearFrom: 2010, districts: ["500101"] }), ignored: [] });
    expect(scopeFilters(f({ districts: ["500102"] }), { districts: ["500101"], supporters: [] }).ignored).toEqual(["district"]);
    // The same code in the URL is harmless and not reported.
    expect(scopeFilters(f({ districts: ["500101"] }), { districts: ["500101"], supporters: [] }).ignored).toEqual([]);
    expect(scopeFilters(f({ supporters: ["310000"] }), { districts: [], supporters: ["440000", "440100"] })).toEqual({
      filters: f({ supporters: ["440000", "440100"] }),
      ignored: ["supporter"],
    });
  });

  it("keeps the fixed codes out of what navigation writes to the URL", () => {
    const fixed = { districts: ["500101"], supporters: [] };
    expect(withoutFixed(f({ districts: ["500101"], supporters: ["310000"] }), fixed)).toEqual(f({ supporters: ["310000"] }));
    expect(withoutFixed(f({ districts: ["500102"] }), { districts: [], supporters: [] })).toEqual(f({ districts: ["500102"] }));
  });

  it("counts a province's cities in on request, sorted, and a city alone", () => {
    expect(memberCodes(supporters, "440000", true)).toEqual(["440000", "440100", "440300"]);
    expect(memberCodes(supporters, "440000", false)).toEqual(["440000"]);
    expect(memberCodes(supporters, "330200", true)).toEqual(["330200"]);
  });

  it("reads ?cities= and reports anything but include or exclude", () => {
    expect(parseCitiesParam(undefined)).toEqual({ mode: "include", issues: [] });
    expect(parseCitiesParam("exclude").mode).toBe("exclude");
    const bad = parseCitiesParam("<b>all</b>");
    expect(bad.mode).toBe("include");
    expect(bad.issues).toEqual([{ param: "cities", code: "invalid_value", value: "<b>all</b>", severity: "warning" }]);
  });

  it("links to a profile with the filter minus the profile's own side", () => {
    const filters = f({ districts: ["500101"], supporters: ["310000"], yearFrom: 2013 });
    expect(profileHref("district", "500102", filters)).toBe("/districts/500102?supporter=310000&from=2013");
    expect(profileHref("supporter", "310000", filters)).toBe("/supporters/310000?district=500101&from=2013");
    expect(profileHref("district", "500101", DEFAULT_FILTERS)).toBe("/districts/500101");
  });
});
