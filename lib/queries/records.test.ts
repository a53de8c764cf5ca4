import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { fixtureDb } from "@/lib/testing/test-db";
import { DEFAULT_FILTERS } from "../filters";
import { DEFAULT_RECORD_QUERY, parseRecordQuery } from "../record-query";
import { getRecords, iterateRecords } from "./records";

let db: Db;
beforeAll(() => {
  db = fixtureDb();
});

describe("getRecords", () => {
  it("pages with a stable total order", () => {
    const q = { ...DEFAULT_RECORD_QUERY, pageSize: 2, sort: "value" as const, direction: "desc" as const };
    const first = getRecords(db, DEFAULT_FILTERS, "funds", q);
    const second = getRecords(db, DEFAULT_FILTERS, "funds", { ...q, page: 2 });
    const third = getRecords(db, DEFAULT_FILTERS, "funds", { ...q, page: 3 });
    expect(first).toMatchObject({ total: 5, pages: 3 });
    expect([...(first?.rows ?? []), ...(second?.rows ?? []), ...(third?.rows ?? [])].map((r) => r.value)).toEqual([6000, 3000, 2000, 1000, 500]);
  });

  it("searches names and notes, treating % and _ literally", () => {
    expect(getRecords(db, DEFAULT_FILTERS, "projects", { ...DEFAULT_RECORD_QUERY, q: "柑橘" })?.rows.map((r) => r.title)).toEqual(["万州柑橘项目"]);
    expect(getRecords(db, DEFAULT_FILTERS, "funds", { ...DEFAULT_RECORD_QUERY, q: "宁波" })?.total).toBe(1);
    expect(getRecords(db, DEFAULT_FILTERS, "funds", { ...DEFAULT_RECORD_QUERY, q: "%" })?.total).toBe(0);
  });

  it("returns null where the sector filter does not apply", () => {
    expect(getRecords(db, { ...DEFAULT_FILTERS, sectors: ["citrus"] }, "schools", DEFAULT_RECORD_QUERY)).toBeNull();
  });
});

describe("iterateRecords", () => {
  it("streams every row under the filter in small chunks", () => {
    const ids = [...iterateRecords(db, DEFAULT_FILTERS, "funds", "", 2)].map((r) => r.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect([...iterateRecords(db, { ...DEFAULT_FILTERS, districts: ["500102"] }, "funds", "", 1)].map((r) => r.value)).toEqual([6000, 2000]);
  });
});

describe("parseRecordQuery", () => {
  it("reads paging, sort direction and search", () => {
    expect(parseRecordQuery({ page: "3", pageSize: "50", sort: "-value", q: " 万州 " }).query).toEqual({ page: 3, pageSize: 50, sort: "value", direction: "desc", q: "万州" });
  });

  it("rejects bad values with a reason and keeps the defaults", () => {
    const { query, issues } = parseRecordQuery({ page: "0", pageSize: "100000", sort: "drop table", q: "x".repeat(200) });
    expect(query).toEqual(DEFAULT_RECORD_QUERY);
    expect(issues.map((i) => i.param)).toEqual(["page", "pageSize", "sort", "q"]);
  });
});
