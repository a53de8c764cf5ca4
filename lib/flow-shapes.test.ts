import { describe, expect, it } from "vitest";
import { districtLabel, flowModel, flowStatus, flowSummary, flowTable, shortSupporterLabel, supporterLabel } from "./flow-shapes";
import type { FlowRow } from "./queries/flows";
import { CATALOG_FIXTURE as catalog } from "./testing/catalog-fixture";

const t = (key: string, values: Record<string, string | number> = {}) => `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})`;
const flows: FlowRow[] = [
  { supporterCode: "330000", districtCode: "500102", value: 80_000, demo: 20_000, joint: 0, confidence: "high" },
  { supporterCode: "310000", districtCode: "500101", value: 40_000, demo: 30_000, joint: 0, confidence: "high" },
  { supporterCode: "340000", districtCode: "500233", value: 10_000, demo: 10_000, joint: 0, confidence: "unverified" },
  { supporterCode: "330200", districtCode: "500101", value: 0, demo: 0, joint: 0, confidence: "medium-high" },
];
const none = { districts: [], supporters: [] };

describe("flowModel", () => {
  const model = flowModel(flows, catalog, "funds", { districts: [], supporters: ["310000"] }, "zh-CN");

  it("orders districts west to east and supporters by the district they send most to", () => {
    expect(model.nodes.map((n) => [n.kind, n.code])).toEqual([
      ["supporter", "330000"],
      ["supporter", "340000"],
      ["supporter", "310000"],
      ["district", "500102"],
      ["district", "500233"],
      ["district", "500101"],
    ]);
  });

  it("draws only positive flows, in display units, pointing from supporter to district", () => {
    expect(model.links.map((l) => [model.nodes[l.source]?.code, model.nodes[l.target]?.code, l.value, l.status])).toEqual([
      ["330000", "500102", 8, "known"],
      ["340000", "500233", 1, "unverified"],
      ["310000", "500101", 4, "known"],
    ]);
    expect(model.total).toBe(130_000);
  });

  it("marks nodes whose every flow is unverified, and the selected ones", () => {
    expect(model.nodes.filter((n) => n.unverified).map((n) => n.code)).toEqual(["340000", "500233"]);
    expect(model.nodes.filter((n) => n.selected).map((n) => n.code)).toEqual(["310000"]);
  });

  it("is empty when nothing flows", () => {
    expect(flowModel([], catalog, "funds", none, "zh-CN")).toEqual({ nodes: [], links: [], total: 0 });
  });
});

describe("flow words and table", () => {
  it("shortens names for the sides of the diagram", () => {
    const guangxi = { supporters: [{ code: "450000", nameZh: "广西壮族自治区", nameEn: "Guangxi Zhuang Autonomous Region", level: "autonomous-region" as const, parentCode: null }] };
    expect(shortSupporterLabel("450000", guangxi, "zh-CN")).toBe("广西");
    expect(shortSupporterLabel("450000", guangxi, "en")).toBe("Guangxi");
    expect(flowModel([{ supporterCode: "330200", districtCode: "500101", value: 1, demo: 0, joint: 0, confidence: "high" }], catalog, "projects", none, "en").nodes.map((n) => n.short)).toEqual(["Ningbo (Zhejiang)", "Wanzhou"]);
  });

  it("names a city with its province", () => {
    expect(supporterLabel("330200", catalog, "zh-CN")).toBe("宁波市（浙江）");
    expect(supporterLabel("330200", catalog, "en")).toBe("Ningbo (Zhejiang)");
    expect(districtLabel("500101", catalog, "en")).toBe("Wanzhou District");
    expect(flowStatus(null)).toBe("unlisted");
    expect(flowStatus("medium")).toBe("known");
  });

  it("lists every pairing in the table, zeros included, with its confidence", () => {
    const table = flowTable(flows, catalog, "funds", "zh-CN", t, (c) => `conf:${c}`);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[2]).toEqual(["安徽省", "忠县", "conf:unverified", "1", "1"]);
    expect(table.rows[3]).toEqual(["宁波市（浙江）", "万州区", "conf:medium-high", "0", "0"]);
  });

  it("summarises count, total, the largest flow and the unverified ones", () => {
    expect(flowSummary(flows, catalog, "funds", "zh-CN", t)).toBe(
      "flows.summary(metric=引入资金,unit=亿元,count=3,total=13,top=浙江省 → 涪陵区,value=8,share=61.5%,unverified=1)",
    );
    expect(flowSummary([], catalog, "cadres", "zh-CN", t)).toBe("flows.summaryEmpty(metric=交流干部,unit=人次)");
  });
});
