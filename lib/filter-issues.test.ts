import { describe, expect, it } from "vitest";
import { capIssues, dedupeIssues } from "./filter-issues";
import type { FilterIssue } from "./filters";

const issue = (param: string, code: FilterIssue["code"], value?: string): FilterIssue => ({ param, code, severity: "warning", ...(value === undefined ? {} : { value }) });

describe("dedupeIssues", () => {
  it("keeps one notice per repeated or unknown key, whatever the values", () => {
    const repeated = Array.from({ length: 7500 }, (_, i) => issue("from", "repeated_param", String(i)));
    const unknown = Array.from({ length: 7500 }, () => issue("x", "unknown_param"));
    expect(dedupeIssues([...repeated, ...unknown])).toEqual([issue("from", "repeated_param", "0"), issue("x", "unknown_param")]);
  });

  it("keeps different values of one parameter apart", () => {
    expect(dedupeIssues([issue("district", "unknown_district", "1"), issue("district", "unknown_district", "2"), issue("district", "unknown_district", "1")])).toHaveLength(2);
  });
});

describe("capIssues", () => {
  it("lists 20 and counts the rest in one closing notice", () => {
    const many = Array.from({ length: 57 }, (_, i) => issue("district", "unknown_district", String(100000 + i)));
    const capped = capIssues(many);
    expect(capped).toHaveLength(21);
    expect(capped[19]?.value).toBe("100019");
    expect(capped[20]).toEqual({ param: "", code: "more_issues", severity: "warning", detail: { count: 37 } });
  });

  it("leaves 20 or fewer as they are", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => issue("district", "unknown_district", String(i)));
    expect(capIssues(twenty)).toEqual(twenty);
  });
});
