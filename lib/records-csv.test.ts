import { describe, expect, it } from "vitest";
import type { RecordRow } from "./queries/record-select";
import { BOM, csvCell, csvLine, RECORD_CSV_COLUMNS, recordCsvHeader, recordCsvLine, type RecordCsvLabels } from "./records-csv";

const labels: RecordCsvLabels = {
  columns: Object.fromEntries(RECORD_CSV_COLUMNS.map((c) => [c, c.toUpperCase()])) as RecordCsvLabels["columns"],
  category: (k) => `cat:${k}`,
  real: "真实",
  demo: "示例",
};
const row: RecordRow = {
  id: 7, year: 2022, periodFrom: 1992, supporterCode: "330000", supporterZh: "浙江省", supporterEn: "Zhejiang", districtCode: "500102", districtZh: "涪陵区", districtEn: "Fuling District",
  title: "=HYPERLINK(\"http://x\")", category: "free_aid", sector: "citrus", value: 6000, rankValue: 6000, isDemo: false, sourceId: "real", sourceZh: "报道, 第一篇", sourceEn: "Report", note: "@note\nline two",
};

describe("csvCell", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+86")).toBe("'+86");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("万州区")).toBe("万州区");
  });

  it("keeps numbers as numbers, even negative ones, and empties null", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
  });
});

describe("record CSV", () => {
  it("names the stored unit in the value header", () => {
    expect(recordCsvHeader("funds", labels, "zh-CN")).toBe("ID,YEAR,PERIODFROM,SUPPORTERCODE,SUPPORTER,DISTRICTCODE,DISTRICT,TITLE,CATEGORY,SECTOR,VALUE (万元),RANKVALUE,ORIGIN,SOURCE,NOTE\r\n");
  });

  it("writes one safe line per record, in the reader's language", () => {
    expect(recordCsvLine(row, labels, "zh-CN")).toBe(
      '7,2022,1992,330000,浙江省,500102,涪陵区,"\'=HYPERLINK(""http://x"")",cat:free_aid,柑橘,6000,6000,真实,"报道, 第一篇","\'@note\nline two"\r\n',
    );
    expect(recordCsvLine({ ...row, isDemo: true, title: null, sector: null, note: null }, labels, "en")).toBe("7,2022,1992,330000,Zhejiang,500102,Fuling District,,cat:free_aid,,6000,6000,示例,Report,\r\n");
  });

  it("starts the file with a byte order mark", () => {
    expect(BOM).toBe("\uFEFF");
  });
});
