import { describe, expect, it } from "vitest";
import { typedCell, typedRows } from "./table-data";

describe("typedCell", () => {
  it("reads formatted numbers back as numbers", () => {
    expect(typedCell("1,794")).toBe(1794);
    expect(typedCell("1,234,567.89")).toBe(1234567.89);
    expect(typedCell("-0.5")).toBe(-0.5);
    expect(typedCell("2013")).toBe(2013);
    expect(typedCell(12.3456)).toBe(12.3456);
  });

  it("keeps text as text", () => {
    for (const text of ["万州区", "—", "12.3%", "1,23", "1.2.3", "2013–2022", ""]) expect(typedCell(text)).toBe(text);
  });

  it("types every cell of a table", () => {
    expect(typedRows({ columns: ["a", "b"], rows: [["万州区", "1,000"], ["涪陵区", 2.5]] })).toEqual([["万州区", 1000], ["涪陵区", 2.5]]);
  });
});
