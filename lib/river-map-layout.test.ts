import { describe, expect, it } from "vitest";
import facts from "@/db/seed/data/facts.json";
import { layoutRiverMap, MAP_SIZE, smoothPath, type MapDistrict } from "./river-map-layout";

const districts: MapDistrict[] = facts.districts.map((d) => ({ code: d.code, riverOrder: d.riverOrder, side: d.side as MapDistrict["side"] }));
const layout = layoutRiverMap(districts);
const node = (code: string) => layout.nodes.find((n) => n.code === code)!;

describe("layoutRiverMap on the 14 districts", () => {
  it("places every district once, inside the drawing", () => {
    expect(layout.nodes).toHaveLength(14);
    for (const n of layout.nodes) {
      expect(n.x - MAP_SIZE.tileWidth / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + MAP_SIZE.tileWidth / 2).toBeLessThanOrEqual(layout.width);
      expect(n.y - MAP_SIZE.tileHeight / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + MAP_SIZE.tileHeight / 2).toBeLessThanOrEqual(layout.height);
    }
  });

  it("runs the main stream west to east: 巴南 → 渝北 → … → 巫山", () => {
    const main = layout.nodes.filter((n) => n.side === "main").sort((a, b) => a.x - b.x).map((n) => n.code);
    expect(main).toEqual(["500113", "500112", "500115", "500102", "500230", "500233", "500101", "500235", "500236", "500237"]);
  });

  it("puts 开州 and 巫溪 north, 武隆 and 石柱 south, beside their neighbours", () => {
    expect(node("500154").y).toBeLessThan(node("500101").y);
    expect(node("500238").y).toBeLessThan(node("500236").y);
    expect(node("500156").y).toBeGreaterThan(node("500102").y);
    expect(node("500240").y).toBeGreaterThan(node("500233").y);
    // 武隆 between 涪陵 and 丰都 (south of 涪陵), 开州 between 万州 and 云阳, 巫溪 between 奉节 and 巫山.
    expect(node("500156").x).toBeGreaterThan(node("500102").x);
    expect(node("500156").x).toBeLessThan(node("500230").x);
    expect(node("500154").x).toBeGreaterThan(node("500101").x);
    expect(node("500154").x).toBeLessThan(node("500235").x);
    expect(node("500238").x).toBeGreaterThan(node("500236").x);
    expect(node("500238").x).toBeLessThan(node("500237").x);
  });

  it("never lets two tiles overlap", () => {
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= MAP_SIZE.tileWidth || Math.abs(a.y - b.y) >= MAP_SIZE.tileHeight;
        expect(apart, `${a.code} and ${b.code}`).toBe(true);
      }
    }
  });

  it("connects each side district to the river, and only those", () => {
    expect(layout.branches.map((b) => b.code).sort()).toEqual(["500154", "500156", "500238", "500240"]);
    // 武隆 (south): from the top edge of its tile up to the river.
    const wulong = node("500156");
    const [x1, y1, x2, y2] = (layout.branches.find((b) => b.code === "500156")?.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(x1).toBeCloseTo(wulong.x, 0);
    expect(y1).toBeCloseTo(wulong.y - MAP_SIZE.tileHeight / 2, 0);
    expect(x2).toBeCloseTo(wulong.joinX, 0);
    expect(y2).toBeCloseTo(wulong.joinY, 0);
    expect(y2!).toBeLessThan(y1!);
  });
});

describe("layoutRiverMap edge cases", () => {
  it("stacks two side districts at the same place outward instead of on top of each other", () => {
    const two = layoutRiverMap([
      { code: "a", riverOrder: 1, side: "main" },
      { code: "b", riverOrder: 2, side: "main" },
      { code: "n1", riverOrder: 1, side: "north" },
      { code: "n2", riverOrder: 1, side: "north" },
    ]);
    const [n1, n2] = ["n1", "n2"].map((c) => two.nodes.find((n) => n.code === c)!);
    expect(n1!.x).toBe(n2!.x);
    expect(n2!.y).toBe(n1!.y - MAP_SIZE.stackOffset);
  });

  it("places a side district at the last position upstream of it, inside the drawing", () => {
    const last = layoutRiverMap([
      { code: "a", riverOrder: 1, side: "main" },
      { code: "b", riverOrder: 2, side: "main" },
      { code: "s", riverOrder: 2, side: "south" },
    ]);
    const b = last.nodes.find((n) => n.code === "b")!;
    const s = last.nodes.find((n) => n.code === "s")!;
    expect(s.x).toBeLessThan(b.x);
  });
});

describe("smoothPath", () => {
  it("starts at the first point and ends at the last", () => {
    const d = smoothPath([{ x: 0, y: 0 }, { x: 10, y: 5 }, { x: 20, y: 0 }]);
    expect(d.startsWith("M0,0 C")).toBe(true);
    expect(d.endsWith(" 20,0")).toBe(true);
    expect(d.match(/C/g)).toHaveLength(2);
    expect(smoothPath([])).toBe("");
  });
});
