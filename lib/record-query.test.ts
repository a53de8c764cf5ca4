import { describe, expect, it } from "vitest";
import { parseRecordQuery } from "./record-query";

describe("parseRecordQuery: strict values", () => {
  it.each(["0x10", " 1 ", "1e1", "1.0", "+2", "0"])("refuses page=%j as a whole number from 1", (page) => {
    expect(parseRecordQuery({ page }).issues).toEqual([{ param: "page", code: "invalid_integer", severity: "warning", value: page, detail: { min: 1, max: 1_000_000 } }]);
  });

  it("reads digits", () => {
    expect(parseRecordQuery({ page: "16", pageSize: "50" }).query).toMatchObject({ page: 16, pageSize: 50 });
  });

  it("names the sort choices", () => {
    const [issue] = parseRecordQuery({ sort: "--year" }).issues;
    expect(issue).toMatchObject({ param: "sort", code: "invalid_choice" });
    expect(String(issue?.detail?.allowed)).toContain("-value");
  });

  it("refuses a NUL in the search rather than cutting it short", () => {
    const { query, issues } = parseRecordQuery({ q: "万州\u0000" });
    expect(query.q).toBe("");
    expect(issues[0]).toMatchObject({ param: "q", code: "invalid_characters", value: "万州U+0000" });
  });
});
