import { describe, expect, it } from "vitest";
import { checkWrite, type Person } from "./scope";

// Codes from GB/T 2260 (facts.json): 500101 万州区, 500102 涪陵区; 310000 上海市;
// 440000 广东省 with its city 440300 深圳市; 120000 天津市.
const parents: Record<string, string> = { "440300": "440000" };
const parentOf = (code: string) => parents[code] ?? null;

const person = (over: Partial<Person>): Person => ({
  id: "u1", email: "a@example.org", name: "A", role: "editor", districts: [], supporters: [], disabled: false, ...over,
});
const records = (...targets: { district: string | null; supporter: string | null }[]) => ({ kind: "records.write" as const, targets });

describe("checkWrite", () => {
  it("refuses a signed-out request with 401", () => {
    expect(checkWrite(null, records({ district: "500101", supporter: "310000" }), parentOf)).toEqual({ ok: false, status: 401, reason: { code: "signed-out" } });
  });

  it("lets an administrator do everything, accounts included", () => {
    const admin = person({ role: "admin" });
    expect(checkWrite(admin, { kind: "users.manage" }, parentOf).ok).toBe(true);
    expect(checkWrite(admin, records({ district: "500102", supporter: "120000" }), parentOf).ok).toBe(true);
  });

  it("refuses a disabled account even if it is an administrator", () => {
    expect(checkWrite(person({ role: "admin", disabled: true }), { kind: "users.manage" }, parentOf)).toMatchObject({ ok: false, status: 403, reason: { code: "disabled" } });
  });

  it("refuses every write by a viewer", () => {
    expect(checkWrite(person({ role: "viewer", districts: ["500101"] }), records({ district: "500101", supporter: "310000" }), parentOf)).toMatchObject({ status: 403, reason: { code: "viewer" } });
  });

  it("lets a 万州区 editor write 万州区 and refuses 涪陵区, naming the cell", () => {
    const wanzhou = person({ districts: ["500101"] });
    expect(checkWrite(wanzhou, records({ district: "500101", supporter: "310000" }), parentOf).ok).toBe(true);
    expect(checkWrite(wanzhou, records({ district: "500101", supporter: "310000" }, { district: "500102", supporter: "120000" }), parentOf)).toEqual({
      ok: false, status: 403, reason: { code: "out-of-scope", district: "500102", supporter: "120000" },
    });
  });

  it("lets a 上海市 editor write any district's 上海市 records, and nothing else", () => {
    const shanghai = person({ supporters: ["310000"] });
    expect(checkWrite(shanghai, records({ district: "500102", supporter: "310000" }), parentOf).ok).toBe(true);
    expect(checkWrite(shanghai, records({ district: "500101", supporter: "120000" }), parentOf).ok).toBe(false);
  });

  it("gives a province editor its cities' records", () => {
    const guangdong = person({ supporters: ["440000"] });
    expect(checkWrite(guangdong, records({ district: "500237", supporter: "440300" }), parentOf).ok).toBe(true);
  });

  it("refuses an editor with no scope, and administrator-only actions", () => {
    expect(checkWrite(person({}), records({ district: "500101", supporter: "310000" }), parentOf)).toMatchObject({ reason: { code: "no-scope" } });
    expect(checkWrite(person({ districts: ["500101"] }), { kind: "users.manage" }, parentOf)).toMatchObject({ status: 403, reason: { code: "admin-only" } });
    expect(checkWrite(person({ districts: ["500101"] }), { kind: "demo.switch" }, parentOf)).toMatchObject({ reason: { code: "admin-only" } });
  });

  it("keeps program-wide targets (no district, no supporter) for administrators", () => {
    expect(checkWrite(person({ districts: ["500101"] }), { kind: "targets.write", targets: [{ district: null, supporter: null }] }, parentOf)).toMatchObject({ reason: { code: "out-of-scope" } });
  });

  it("lets an editor revert only their own batch within scope", () => {
    const wanzhou = person({ id: "u7", districts: ["500101"] });
    const target = [{ district: "500101", supporter: "310000" }];
    expect(checkWrite(wanzhou, { kind: "batch.revert", targets: target, uploaderId: "u7" }, parentOf).ok).toBe(true);
    expect(checkWrite(wanzhou, { kind: "batch.revert", targets: target, uploaderId: "u8" }, parentOf)).toMatchObject({ reason: { code: "not-uploader" } });
  });
});
