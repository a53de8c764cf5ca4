import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, filtersToSearchParams, MAX_PARAM_LENGTH, parseSearchParams, type FilterCatalog } from "./filters";

const catalog: FilterCatalog = {
  districtCodes: new Set(["500101", "500102", "500154"]),
  supporterCodes: new Set(["310000", "330000", "330200"]),
  formerDistrictCodes: new Map([["500234", "500154"]]),
};
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), catalog);
const codes = (query: string) => parse(query).issues.map((i) => i.code);

describe("parseSearchParams: accepts", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ filters: DEFAULT_FILTERS, view: {}, issues: [] });
  });

  it("reads lists, years and sectors, sorted and deduplicated", () => {
    const { filters, issues } = parse("district=500102,500101&district=500101&supporter=330200&from=2013&to=2022&sector=tourism,citrus");
    expect(issues).toEqual([]);
    expect(filters).toEqual({ districts: ["500101", "500102"], supporters: ["330200"], yearFrom: 2013, yearTo: 2022, sectors: ["citrus", "tourism"] });
  });

  it("accepts a record object as Next.js passes searchParams", () => {
    const { filters } = parseSearchParams({ district: ["500101", "500102"], from: "2000" }, catalog);
    expect(filters.districts).toEqual(["500101", "500102"]);
    expect(filters.yearFrom).toBe(2000);
  });

  it("maps a former district code to the current one, as information", () => {
    const { filters, issues } = parse("district=500234");
    expect(filters.districts).toEqual(["500154"]);
    expect(issues).toEqual([{ param: "district", code: "renamed_district", severity: "info", value: "500234", detail: { current: "500154" } }]);
  });

  it("keeps known view params and checks metric names", () => {
    expect(parse("trend=projects&bydistrict=schools").view).toEqual({ trend: "projects", bydistrict: "schools" });
    expect(codes("trend=gdp")).toEqual(["unknown_metric"]);
  });

  it("round-trips through filtersToSearchParams", () => {
    const { filters } = parse("district=500101&from=2013&sector=citrus");
    expect(filtersToSearchParams(filters).toString()).toBe("district=500101&from=2013&sector=citrus");
    expect(parse(filtersToSearchParams(filters).toString()).filters).toEqual(filters);
  });
});

describe("parseSearchParams: rejects, with a reason, and falls back", () => {
  it("drops unknown district and supporter codes", () => {
    const { filters, issues } = parse("district=999999,500101&supporter=110000");
    expect(filters.districts).toEqual(["500101"]);
    expect(filters.supporters).toEqual([]);
    expect(issues.map((i) => [i.code, i.value])).toEqual([["unknown_district", "999999"], ["unknown_supporter", "110000"]]);
  });

  it("drops a year that is not a number, or out of range", () => {
    expect(parse("from=abc").filters.yearFrom).toBe(DEFAULT_FILTERS.yearFrom);
    expect(codes("from=abc")).toEqual(["invalid_year"]);
    expect(codes("to=2050")).toEqual(["year_out_of_range"]);
    expect(codes("from=2001.5")).toEqual(["invalid_year"]);
  });

  it("swaps a reversed range and says so", () => {
    const { filters, issues } = parse("from=2020&to=2010");
    expect([filters.yearFrom, filters.yearTo]).toEqual([2010, 2020]);
    expect(issues[0]).toMatchObject({ code: "reversed_range", detail: { from: 2010, to: 2020 } });
  });

  it("drops markup as an invalid code, keeping it only as shortened text", () => {
    const { filters, issues } = parse(`district=${encodeURIComponent("<script>alert(1)</script>")}`);
    expect(filters.districts).toEqual([]);
    expect(issues[0]?.code).toBe("invalid_code");
    expect(issues[0]?.value?.length).toBeLessThanOrEqual(41);
  });

  it("refuses a 10 KB value without reading it", () => {
    const { filters, issues } = parse(`district=${"5".repeat(10_240)}`);
    expect(filters.districts).toEqual([]);
    expect(issues).toEqual([{ param: "district", code: "too_long", severity: "warning", detail: { length: 10_240, max: MAX_PARAM_LENGTH } }]);
  });

  it("uses the first of repeated single-value keys", () => {
    const { filters, issues } = parse("from=2001&from=2005");
    expect(filters.yearFrom).toBe(2001);
    expect(issues[0]).toMatchObject({ code: "repeated_param", param: "from", detail: { used: "2001" } });
  });

  it("names unknown parameters and unknown sectors", () => {
    expect(codes("foo=bar&sector=mining")).toEqual(["unknown_param", "unknown_sector"]);
  });
});

describe("parseSearchParams: request-cost and strict rules", () => {
  it("counts keys before reading values: 7,500 repeated keys are one notice", () => {
    const { filters, issues } = parse(Array.from({ length: 7500 }, () => "x").join("&"));
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(issues).toEqual([{ param: "", code: "too_many_params", severity: "warning", detail: { count: 7500, max: 64 } }]);
  });

  it("gives one notice for a key repeated within the limit", () => {
    expect(parse(Array.from({ length: 30 }, () => "x").join("&")).issues).toEqual([{ param: "x", code: "unknown_param", severity: "warning" }]);
    expect(parse(Array.from({ length: 30 }, (_, i) => `from=${1992 + i}`).join("&")).issues.map((i) => i.code)).toEqual(["repeated_param"]);
  });

  it("reads years as digits only", () => {
    expect(codes("from=2.0e3")).toEqual(["invalid_year"]);
    expect(codes("from=%202013%20")).toEqual(["invalid_year"]);
    expect(codes("to=0x7DE")).toEqual(["invalid_year"]);
    expect(parse("from=2013").filters.yearFrom).toBe(2013);
  });

  it("refuses control characters and non-characters in any value, showing them as U+XXXX", () => {
    expect(parse("q=%00").issues).toEqual([{ param: "q", code: "invalid_characters", severity: "warning", value: "U+0000" }]);
    expect(parse("q=%EF%BF%BE").issues[0]).toMatchObject({ code: "invalid_characters", value: "U+FFFE" });
    expect(parse("q=%00").view.q).toBeUndefined();
    expect(codes("district=500101%00")).toEqual(["invalid_characters"]);
  });

  it("treats an empty value as not given", () => {
    expect(parse("metric=&trend=")).toEqual({ filters: DEFAULT_FILTERS, view: {}, issues: [] });
  });
});

describe("cities of a chosen province", () => {
  const catalog = { districtCodes: new Set<string>(), supporterCodes: new Set(["440000", "440100"]), formerDistrictCodes: new Map<string, string>() };
  it("counts them in by default and keeps cities=exclude in the URL", () => {
    expect(parseSearchParams(new URLSearchParams("supporter=440000"), catalog).filters.excludeCities).toBeUndefined();
    const parsed = parseSearchParams(new URLSearchParams("supporter=440000&cities=exclude"), catalog);
    expect(parsed.filters.excludeCities).toBe(true);
    expect(filtersToSearchParams(parsed.filters).toString()).toBe("supporter=440000&cities=exclude");
  });
  it("reports any other cities value and keeps the default", () => {
    const parsed = parseSearchParams(new URLSearchParams("supporter=440000&cities=all"), catalog);
    expect(parsed.filters.excludeCities).toBeUndefined();
    expect(parsed.issues).toEqual([{ param: "cities", code: "invalid_value", value: "all", severity: "warning" }]);
  });
});
