import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, type CorpusFile } from "@/scripts/import-corpus/corpus";
import { fixtureDb } from "@/lib/testing/test-db";
import { ADMIN, WANZHOU_EDITOR } from "../testing/people";
import { wholeDbHash } from "../testing/db-hash";
import { issueTexts } from "./describe";
import { previewUpload } from "./service";

let corpus: CorpusFile[] = [];
beforeAll(async () => {
  corpus = await generateCorpus();
}, 120_000);

const db = fixtureDb();
const before = wholeDbHash(db.$client);
const zh = issueTexts("zh-CN");
const en = issueTexts("en");

describe("the hostile corpus", () => {
  it("holds at least 50 files", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
  });

  it("refuses each file in whole or in part, naming the row and column, and writes nothing", async () => {
    for (const file of corpus) {
      const result = await previewUpload(db, file.bytes, file.name, file.editor ? WANZHOU_EDITOR : ADMIN);
      if (file.expect === "file") {
        expect(result.ok, `${file.name}: ${file.why}`).toBe(false);
        if (result.ok) continue;
        // A sentence in both languages, not a message key.
        expect(zh.refusal(result.refusal), file.name).not.toContain("importFile.");
        expect(en.refusal(result.refusal), file.name).toMatch(/[a-z]{3}/);
      } else {
        expect(result.ok, `${file.name}: ${file.why} → ${result.ok ? "" : result.refusal.message}`).toBe(true);
        if (!result.ok) continue;
        const p = result.preview;
        expect(p.refused.length + p.notices.length, `${file.name}: nothing refused or noted`).toBeGreaterThan(0);
        for (const row of p.refused) {
          expect(row.rowNumber, file.name).toBeGreaterThan(0);
          for (const issue of row.issues) {
            const text = zh.issue(row.rowNumber, issue);
            expect(text, file.name).toContain(`第 ${row.rowNumber} 行`);
            if (issue.message !== "ambiguousMatch") expect(issue.column, `${file.name} row ${row.rowNumber}`).toMatch(/^[A-Z]+$/);
            expect(en.issue(row.rowNumber, issue), file.name).not.toContain("importRow.");
          }
        }
      }
      expect(wholeDbHash(db.$client), file.name).toBe(before);
    }
  }, 180_000);

  it("reads GBK with and without a BOM: names decoded, the bad number refused at its row and column", async () => {
    for (const name of ["gbk.csv", "gbk-with-bom.csv"]) {
      const file = corpus.find((f) => f.name === name)!;
      const result = await previewUpload(db, file.bytes, file.name, ADMIN);
      if (!result.ok) throw new Error(result.refusal.message);
      expect(result.preview.encoding).toBe("gb18030");
      expect(result.preview.counts.new).toBe(1);
      expect(result.preview.refused).toMatchObject([{ rowNumber: 3, issues: [{ column: "D", message: "number.notNumber" }] }]);
    }
  });

  it("names the serial date, the formula and the out-of-scope row", async () => {
    const byName = async (name: string, person = ADMIN) => {
      const f = corpus.find((x) => x.name === name)!;
      const r = await previewUpload(db, f.bytes, f.name, person);
      if (!r.ok) throw new Error(r.refusal.message);
      return r.preview.refused.flatMap((row) => row.issues.map((i) => `${row.rowNumber}${i.column}:${i.message}`));
    };
    expect(await byName("serial-dates.csv")).toEqual(["2C:year.serialDate"]);
    expect(await byName("formulas-hyperlink-date-error.xlsx")).toEqual(["2D:cell.formula", "3G:cell.formula", "4C:cell.date", "5D:cell.error"]);
    expect(await byName("out-of-scope.csv", WANZHOU_EDITOR)).toEqual(["3A:outOfScope"]);
    expect(await byName("duplicates.csv")).toEqual(["3C:duplicateRow", "4C:duplicateRow"]);
    // Inline strings with no shared-strings part: the text "一千" in D2 is read (and refused as no number).
    expect(await byName("inline-strings.xlsx")).toEqual(["2D:number.notNumber"]);
  });

  it("refuses a workbook whose two tabs share one sheet part, and an oversized styles part, by name", async () => {
    const refusal = async (name: string) => {
      const f = corpus.find((x) => x.name === name)!;
      const r = await previewUpload(db, f.bytes, f.name, ADMIN);
      if (r.ok) throw new Error(`${name} was read`);
      return r.refusal;
    };
    expect(await refusal("two-tabs-one-sheet.xlsx")).toEqual({ message: "sheetPath", params: { sheet: "引入资金2" } });
    expect((await refusal("styles-bomb.xlsx")).message).toBe("bomb");
  });
});
