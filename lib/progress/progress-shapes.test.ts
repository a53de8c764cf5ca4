import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "../i18n/messages";
import type { ProgressRow } from "../queries/progress";
import { bulletData, progressSummary, progressTable } from "./progress-shapes";

const t = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN"), namespace: "progress" });
const tr = (k: string, v?: Record<string, string | number>) => t(k as never, v as never);

const row = (over: Partial<ProgressRow>): ProgressRow => ({
  achieved: 0.2, expected: 0.4, ofPace: 0.5, status: "behind", caveats: [], target: 10_000, actual: 2_000, demoActual: 2_000, demoTarget: true,
  targetIds: [1], sourceIds: ["demo-targets"], metric: "funds", period: "2021-2025", by: "pairing", key: "330000|500102",
  districtCode: "500102", supporterCode: "330000", name: { zh: "浙江省 → 涪陵区", en: "Zhejiang → Fuling" }, derived: false, ...over,
});

describe("progress shapes", () => {
  it("tables figures in display units and percentages as numbers, with the status word and origin", () => {
    const table = progressTable([row({})], "zh-CN", tr);
    expect(table.columns).toEqual(["名称", "指标", "单位", "实际", "目标", "完成率（%）", "应达进度（%）", "相对进度（%）", "状态", "说明", "数据性质"]);
    // 2,000 万元 = 0.2 亿元; 10,000 万元 = 1 亿元.
    expect(table.rows[0]).toEqual(["浙江省 → 涪陵区", "引入资金", "亿元", 0.2, 1, 20, 40, 50, "落后", "", "示例目标"]);
  });

  it("writes the status in words into every bullet", () => {
    expect(bulletData([row({})], "zh-CN", tr)[0]?.statusText).toBe("落后 · 20.0% / 40.0%");
  });

  it("sums up in one sentence, naming the most urgent row", () => {
    const rows = [row({}), row({ key: "b", status: "on-track", ofPace: 1.2, name: { zh: "乙", en: "B" } })];
    expect(progressSummary(rows, "zh-CN", tr, "无")).toBe("2项目标中，1项落后、0项有风险、1项正常推进；最需关注的是浙江省 → 涪陵区（完成20.0%，应达40.0%）。");
    expect(progressSummary([rows[1]!], "zh-CN", tr, "无")).toBe("1项目标全部正常推进。");
    expect(progressSummary([], "zh-CN", tr, "无")).toBe("无");
  });
});
