import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildCsv, csvField } from "./csv";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
  });

  it("writes numbers as numbers and empty cells as nothing", () => {
    expect(csvField(1794.5)).toBe("1794.5");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("neutralises formulas before quoting", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField("@cmd")).toBe("'@cmd");
  });
});

describe("buildCsv", () => {
  const csv = buildCsv(
    [["标题", "引入资金：按受援区县"], ["Filters", "Districts: Wanzhou, Fuling; Years: 2013–2022"], ["示例数据", "含示例数据"]],
    ["受援区县", "合计（亿元）"],
    [["万州区", 12.3456], ["=1+1", -1]],
  );

  it("starts with a byte-order mark and the notes as # rows", () => {
    expect(csv.startsWith("\uFEFF#标题,")).toBe(true);
    expect(csv).toContain('#Filters,"Districts: Wanzhou, Fuling; Years: 2013–2022"\r\n');
  });

  it("still parses as data with the notes skipped", () => {
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: "#", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(["受援区县", "合计（亿元）"]);
    expect(parsed.data).toEqual([
      { 受援区县: "万州区", "合计（亿元）": "12.3456" },
      { 受援区县: "'=1+1", "合计（亿元）": "-1" },
    ]);
  });
});
