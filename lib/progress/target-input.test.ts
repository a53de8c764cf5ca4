import { describe, expect, it } from "vitest";
import { inputProblems, targetInputSchema } from "./target-input";

const ok = { scope: "pairing", district: "500101", supporter: "310000", metric: "funds", periodFrom: 2021, periodTo: 2025, targetValue: 500000, note: "沪渝协作五年规划" };

describe("targetInputSchema", () => {
  it("accepts a well-formed pairing target with a profile", () => {
    expect(targetInputSchema.safeParse({ ...ok, profile: [1, 1, 2, 2, 4] }).success).toBe(true);
  });

  it("names the codes a scope needs or forbids", () => {
    const r = targetInputSchema.safeParse({ ...ok, scope: "district" });
    expect(r.success).toBe(false);
    if (!r.success) expect(inputProblems(r.error)).toEqual([{ field: "supporter", code: "not-allowed" }]);
    const p = targetInputSchema.safeParse({ ...ok, scope: "program", district: null, supporter: null });
    expect(p.success).toBe(true);
  });

  it("refuses negative or fractional values, reversed periods, a profile of the wrong length, unknown fields", () => {
    const codes = (input: unknown) => {
      const r = targetInputSchema.safeParse(input);
      return r.success ? [] : inputProblems(r.error).map((p) => `${p.field}:${p.code}`);
    };
    expect(codes({ ...ok, targetValue: -1 })).toEqual(["targetValue:invalid"]);
    expect(codes({ ...ok, targetValue: 1.5 })).toEqual(["targetValue:invalid"]);
    expect(codes({ ...ok, periodTo: 2020 })).toEqual(["periodTo:before-start"]);
    expect(codes({ ...ok, profile: [1, 2] })).toEqual(["profile:length"]);
    expect(codes({ ...ok, metric: "gdp" })).toEqual(["metric:invalid"]);
    expect(codes({ ...ok, extra: 1 })).toEqual(["body:invalid"]);
    expect(codes({ ...ok, note: "  " })).toEqual(["note:invalid"]);
  });
});

describe("missing fields", () => {
  it("are named as required", () => {
    const { targetValue: _t, ...rest } = ok;
    const r = targetInputSchema.safeParse(rest);
    expect(r.success).toBe(false);
    if (!r.success) expect(inputProblems(r.error)).toEqual([{ field: "targetValue", code: "required" }]);
  });
});
