import iconv from "iconv-lite";
import JSZip from "jszip";
import { csvOf, xlsxOf } from "../../lib/import/testing/workbook";

/**
 * The hostile corpus: malformed and hostile uploads the import must refuse in whole or in part,
 * each with a message naming row and column (or the file's problem), never a 500, never a write.
 * `expect` says which: "file" (the whole file refused), "rows" (some rows refused or noted).
 * Districts and supporters are those of the test fixture (万州 500101, 涪陵 500102, 上海, 浙江, 宁波).
 */
export type CorpusFile = { name: string; bytes: Buffer; expect: "file" | "rows"; why: string; editor?: boolean };

const H = ["区县", "支援方", "年份", "金额（万元）", "资金类别", "行业", "备注"];
const GOOD = ["万州区", "上海市", 2021, 1500, "经济合作", "柑橘", ""];
const SECTOR_NAMES = ["柑橘", "中药材", "畜牧良种", "文化旅游", "新材料", "电子照明", "商贸物流", "医疗卫生", "教育", "交通", "养老"];
// Distinct rows: year × sector differ, so none duplicates another's key.
const good = (n: number) => Array.from({ length: n }, (_, i) => ["万州", "上海", 1992 + (i % 31), 100 + i, "经济合作", SECTOR_NAMES[Math.floor(i / 31) % SECTOR_NAMES.length], `第${i}行`]);
const utf8 = (text: string) => Buffer.from(text, "utf8");

async function zipOf(files: Record<string, string | Buffer>, level = 9): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level } });
}

/**
 * A minimal XLSX whose parts we write by hand, for the bombs and lies exceljs would not produce;
 * `sheets` replaces the workbook's <sheet> list, `parts` adds or replaces parts.
 */
async function rawXlsx(sheetXml: string, sharedStrings?: string, { sheets, parts }: { sheets?: string; parts?: Record<string, string> } = {}): Promise<Buffer> {
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets ?? `<sheet name="引入资金" sheetId="1" r:id="rId1"/>`}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    "xl/worksheets/sheet1.xml": sheetXml,
  };
  if (sharedStrings) files["xl/sharedStrings.xml"] = sharedStrings;
  return zipOf({ ...files, ...parts });
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;

export async function generateCorpus(): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const add = (name: string, bytes: Buffer, expect: CorpusFile["expect"], why: string, editor = false) => files.push({ name, bytes, expect, why, editor });
  const sheet = (rows: unknown[][], name = "引入资金") => xlsxOf([{ name, rows }]);

  // Empty and nearly empty
  add("empty.csv", Buffer.alloc(0), "file", "0 bytes");
  add("empty.xlsx", Buffer.alloc(0), "file", "0 bytes XLSX");
  add("bom-only.csv", Buffer.from([0xef, 0xbb, 0xbf]), "rows", "only a BOM: no data");
  add("whitespace.csv", utf8(" \r\n\r\n  \r\n"), "rows", "blank lines only");
  add("header-only.csv", utf8(csvOf([H])), "rows", "header only");
  add("header-only.xlsx", await sheet([H]), "rows", "header only");
  add("empty-sheet.xlsx", await xlsxOf([{ name: "引入资金", rows: [] }]), "rows", "no rows at all");
  // Headers
  add("wrong-headers.csv", utf8(csvOf([["a", "b", "c"], ["1", "2", "3"]])), "rows", "headers of no metric");
  add("missing-column.csv", utf8(csvOf([H.filter((h) => !h.startsWith("金额")), ["万州", "上海", 2021, "经济合作", "", ""]])), "rows", "no amount column");
  add("duplicate-header.csv", utf8(csvOf([[...H, "金额（万元）"], [...GOOD, 5]])), "rows", "amount column twice");
  add("title-above-header.xlsx", await sheet([["2021年度对口支援资金报表"], H, GOOD]), "rows", "a title row above the header");
  add("wrong-sheet-name.xlsx", await xlsxOf([{ name: "Sheet1", rows: [["名称", "数量"], ["x", 1]] }]), "rows", "sheet and headers of no metric");
  add("unknown-extra-column.csv", utf8(csvOf([[...H, "联系人"], [...GOOD, "张三"], ["万州", "上海", 2021, "abc", "", "", "", ""]])), "rows", "an extra column (ignored) and a bad row");
  // Shifted and merged
  add("shifted-columns.csv", utf8(csvOf([H, ["", ...GOOD]])), "rows", "data shifted one column right");
  add("shifted-left.csv", utf8(csvOf([H, GOOD.slice(1)])), "rows", "data shifted one column left");
  {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("引入资金");
    ws.addRow(H);
    ws.addRow(GOOD);
    ws.addRow([null, "上海", 2020, 800, "经济合作", "", ""]);
    ws.mergeCells("A2:A3");
    add("merged-cells.xlsx", Buffer.from(await wb.xlsx.writeBuffer()), "rows", "merged district cells: the second row reads empty");
    const f = new ExcelJS.Workbook();
    const fs = f.addWorksheet("引入资金");
    fs.addRow(H);
    fs.addRow(["万州", "上海", 2021, { formula: "1000+500", result: 1500 }, "经济合作", "", ""]);
    fs.addRow(["万州", "上海", 2020, 700, "经济合作", "", { formula: 'HYPERLINK("http://evil.example","点我")', result: "点我" }]);
    fs.addRow(["万州", "上海", new Date(Date.UTC(2021, 0, 1)), 700, "无偿援助", "", ""]);
    fs.addRow(["万州", "上海", 2019, { error: "#N/A" }, "无偿援助", "", ""]);
    add("formulas-hyperlink-date-error.xlsx", Buffer.from(await f.xlsx.writeBuffer()), "rows", "formula, =HYPERLINK(), a date cell and #N/A");
  }
  // Sizes
  add("20mb.csv", Buffer.concat([utf8(csvOf([H])), Buffer.alloc(20 * 1024 * 1024, 0x41)]), "file", "20 MB");
  {
    const lines = [H.join(",")];
    for (let i = 0; i < 200_000; i++) lines.push(`万州,上海,${1992 + (i % 30)},${i + 1},无偿援助,,`);
    add("200k-rows.csv", utf8(lines.join("\n")), "file", "200,000 rows");
  }
  add("too-many-columns.csv", utf8(csvOf([[...H, ...Array.from({ length: 40 }, (_, i) => `x${i}`)], GOOD])), "file", "47 columns");
  // Encodings
  const gbkRows = csvOf([H, GOOD, ["涪陵区", "浙江省", "2021年", "三千", "其他（未细分）", "", "文字在数字列"]]);
  add("gbk.csv", iconv.encode(gbkRows, "gbk"), "rows", "GBK without BOM, one bad number");
  add("gbk-with-bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(gbkRows, "gbk")]), "rows", "a UTF-8 BOM before GBK bytes");
  add("utf8-bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(gbkRows)]), "rows", "UTF-8 with BOM, one bad number");
  add("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(gbkRows, "utf16-le")]), "file", "UTF-16");
  add("binary.csv", Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x41]), "file", "binary bytes");
  // Delimiters
  add("semicolon.csv", utf8(csvOf([H, GOOD]).replace(/,/g, ";")), "file", "semicolon-separated");
  add("tab.csv", utf8(csvOf([H, GOOD]).replace(/,/g, "\t")), "file", "tab-separated");
  add("unterminated-quote.csv", utf8(`${H.join(",")}\r\n万州,上海,2021,"1500,经济合作,,\r\n`), "rows", "a quote never closed");
  // Types and names
  add("not-a-spreadsheet.pdf", utf8("%PDF-1.4 not really"), "file", "a PDF name");
  add("xlsx-named-csv.csv", await sheet([H, GOOD]), "file", "XLSX bytes named .csv");
  add("csv-named-xlsx.xlsx", utf8(csvOf([H, GOOD])), "file", "CSV text named .xlsx");
  add("zip-not-xlsx.xlsx", await zipOf({ "readme.txt": "hello" }), "file", "a ZIP without workbook parts");
  {
    const ok = await sheet([H, GOOD]);
    add("truncated.xlsx", ok.subarray(0, Math.floor(ok.length / 2)), "file", "an XLSX cut in half");
  }
  // Bombs and lies
  add("shared-strings-bomb.xlsx", await rawXlsx(`${SHEET_HEAD}<sheetData/></worksheet>`, `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${"亿".repeat(20 * 1024 * 1024)}</t></si></sst>`), "file", "60 MB of shared strings in a small file");
  add("dimension-bomb.xlsx", await rawXlsx(`${SHEET_HEAD}<dimension ref="A1:XFD1048576"/><sheetData/></worksheet>`), "file", "declares A1:XFD1048576");
  add("sheet-ratio-bomb.xlsx", await rawXlsx(`${SHEET_HEAD}<sheetData>${" ".repeat(24 * 1024 * 1024)}</sheetData></worksheet>`), "file", "a sheet part inflating 1000×");
  add("styles-bomb.xlsx", await rawXlsx(`${SHEET_HEAD}<sheetData/></worksheet>`, undefined, { parts: { "xl/styles.xml": `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${" ".repeat(12 * 1024 * 1024)}</styleSheet>` } }), "file", "a styles part inflating to 12 MB");
  add("two-tabs-one-sheet.xlsx", await rawXlsx(`${SHEET_HEAD}<sheetData/></worksheet>`, undefined, { sheets: `<sheet name="引入资金" sheetId="1" r:id="rId1"/><sheet name="引入资金2" sheetId="2" r:id="rId1"/>` }), "file", "two tabs pointing at one sheet part");
  {
    // Inline strings and no shared-strings part, as some exporters write: read, and the bad amount refused at D2.
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (n: number, values: string[]) => `<row r="${n}">${values.map((v, i) => cell(`${String.fromCharCode(65 + i)}${n}`, v)).join("")}</row>`;
    add("inline-strings.xlsx", await rawXlsx(`${SHEET_HEAD}<sheetData>${row(1, H.slice(0, 5))}${row(2, ["万州区", "上海市", "2021", "一千", "经济合作"])}</sheetData></worksheet>`), "rows", "inline strings, no shared-strings part, one bad amount");
  }
  {
    const many = await xlsxOf(Array.from({ length: 13 }, (_, i) => ({ name: `表${i + 1}`, rows: [H] })));
    add("13-sheets.xlsx", many, "file", "13 worksheets");
  }
  // Row checks
  add("text-in-numbers.csv", utf8(csvOf([H, ["万州", "上海", 2021, "一千五百", "经济合作", "", ""], ["万州", "上海", 2020, "N/A", "经济合作", "", ""]])), "rows", "text in number cells");
  add("serial-dates.csv", utf8(csvOf([H, ["万州", "上海", 44197, 100, "经济合作", "", ""]])), "rows", "a year typed as an Excel date serial");
  add("serial-dates.xlsx", await sheet([H, ["万州", "上海", 44197, 100, "经济合作", "", ""]]), "rows", "a date serial in an XLSX");
  add("negative.csv", utf8(csvOf([H, ["万州", "上海", 2021, -500, "经济合作", "", ""]])), "rows", "a negative amount");
  add("zero.csv", utf8(csvOf([H, ["万州", "上海", 2021, 0, "经济合作", "", ""]])), "rows", "a zero amount");
  add("fraction.csv", utf8(csvOf([H, ["万州", "上海", 2021, "12.5", "经济合作", "", ""]])), "rows", "a fraction of 万元");
  add("bad-unit.csv", utf8(csvOf([H, ["万州", "上海", 2021, "5美元", "经济合作", "", ""]])), "rows", "an unknown unit");
  add("years-out-of-range.csv", utf8(csvOf([H, ["万州", "上海", 1985, 100, "经济合作", "", ""], ["万州", "上海", 2099, 100, "经济合作", "", ""], ["万州", "上海", "去年", 100, "经济合作", "", ""]])), "rows", "years 1985, 2099 and 去年");
  add("unknown-district.csv", utf8(csvOf([H, ["火星区", "上海", 2021, 100, "经济合作", "", ""], ["999999", "上海", 2021, 100, "经济合作", "", ""]])), "rows", "unknown districts");
  add("unknown-supporter.csv", utf8(csvOf([H, ["万州", "月球省", 2021, 100, "经济合作", "", ""]])), "rows", "an unknown supporter");
  add("unknown-choice-sector.csv", utf8(csvOf([H, ["万州", "上海", 2021, 100, "捐款", "", ""], ["万州", "上海", 2020, 100, "经济合作", "航天", ""]])), "rows", "an unknown kind and sector");
  add("too-long-note.csv", utf8(csvOf([H, ["万州", "上海", 2021, 100, "经济合作", "", "长".repeat(600)]])), "rows", "a 600-character note");
  add("duplicates.csv", utf8(csvOf([H, GOOD, GOOD, ["万州区", "310000", "2021", "1,500", "经济合作", "柑橘", ""]])), "rows", "the same row three times");
  add("out-of-scope.csv", utf8(csvOf([H, GOOD, ["涪陵", "浙江", 2021, 100, "经济合作", "", ""]])), "rows", "a 涪陵 row from the 万州 editor", true);
  add("unknown-pairing-and-bad.csv", utf8(csvOf([H, ["涪陵", "上海", 2021, 100, "经济合作", "", ""], ["万州", "上海", 2021, "x", "经济合作", "", ""]])), "rows", "a pair not on record (a warning) and a bad row");
  add("implausible-and-bad.csv", utf8(csvOf([H, ["万州", "上海", 2021, 5, "经济合作", "", ""], ["万州", "上海", 2020, "9亿亿", "经济合作", "", ""]])), "rows", "5 万元 (looks like 亿元) and a bad unit");
  add("formula-injection-text.csv", utf8(csvOf([H, ["万州", "上海", 2021, 100, "经济合作", "", "=cmd|' /C calc'!A0"], ["=1+1", "上海", 2021, 100, "经济合作", "", ""]])), "rows", "formula-like text in cells");
  add("mixed-sheets.xlsx", await xlsxOf([{ name: "引入资金", rows: [H, GOOD, ["万州", "上海", 2030, 1, "经济合作", "", ""]] }, { name: "随便", rows: [["x"], [1]] }]), "rows", "one good sheet, one of nothing");
  add("many-good-one-bad.csv", utf8(csvOf([H, ...good(300), ["万州", "上海", 2021, "abc", "经济合作", "", ""]])), "rows", "300 good rows and one bad");
  return files;
}
