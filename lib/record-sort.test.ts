import { describe, expect, it } from "vitest";
import { DEFAULT_RECORD_QUERY } from "./record-query";
import { nextSort, recordViewParams } from "./record-sort";

describe("nextSort", () => {
  it("reverses the current column and starts a new one in its natural direction", () => {
    expect(nextSort({ sort: "year", direction: "desc" }, "year")).toEqual({ sort: "year", direction: "asc" });
    expect(nextSort({ sort: "year", direction: "desc" }, "value")).toEqual({ sort: "value", direction: "desc" });
    expect(nextSort({ sort: "year", direction: "desc" }, "supporter")).toEqual({ sort: "supporter", direction: "asc" });
  });
});

describe("recordViewParams", () => {
  const defaults = { metric: "funds", query: DEFAULT_RECORD_QUERY };
  it("leaves defaults out of the URL", () => {
    expect(recordViewParams("funds", DEFAULT_RECORD_QUERY, defaults)).toEqual({ records: null, page: null, pageSize: null, sort: null, q: null });
  });

  it("writes what differs, with the sort direction as a sign", () => {
    expect(recordViewParams("projects", { page: 3, pageSize: 50, sort: "value", direction: "asc", q: "柑橘" }, defaults)).toEqual({
      records: "projects",
      page: "3",
      pageSize: "50",
      sort: "value",
      q: "柑橘",
    });
    expect(recordViewParams("funds", { ...DEFAULT_RECORD_QUERY, sort: "supporter", direction: "desc" }, defaults).sort).toBe("-supporter");
  });
});
