import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { cleanExportStrings, cleanExportText } from "./clean-text";
import { buildCsv } from "./csv";
import { escapeXml } from "./svg-compose";
import { buildXlsx } from "./xlsx";

const HOSTILE = "万州\u0000区\uFFFE\uFFFF\u0008\uD800\u{1FFFE}\u0085!";

/** Parses with a strict XML 1.0 parser (the one ExcelJS reads with); returns the first error, if any. */
function xmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

describe("cleanExportText", () => {
  it("drops what XML and spreadsheets cannot hold, keeping tab, line ends, CJK and astral characters", () => {
    expect(cleanExportText(HOSTILE)).toBe("万州区!");
    expect(cleanExportText("a\tb\r\nc 😀 𠀀")).toBe("a\tb\r\nc 😀 𠀀");
  });

  it("cleans every string of a nested briefing-like object, leaving other values", () => {
    const bytes = new Uint8Array([1, 2]);
    expect(cleanExportStrings({ title: "a\u0000", blocks: [{ text: "\uFFFEb", n: 3, image: bytes }] })).toEqual({ title: "a", blocks: [{ text: "b", n: 3, image: bytes }] });
  });

  it("the strict parser does refuse the raw text (so the check below means something)", () => {
    expect(xmlError(`<a>${HOSTILE}</a>`)).not.toBeNull();
  });

  it("keeps an SVG text run well-formed", () => {
    expect(xmlError(`<svg><text>${escapeXml(HOSTILE)}</text></svg>`)).toBeNull();
  });

  it("writes an XLSX whose every part is well-formed XML (Excel opens it without repair)", async () => {
    const buffer = await buildXlsx({ dataSheet: "数据", notesSheet: "说明", columns: ["名称", "值"], rows: [[HOSTILE, 1]], notes: [["检索", HOSTILE]] });
    const zip = await JSZip.loadAsync(buffer);
    const parts = Object.keys(zip.files).filter((name) => name.endsWith(".xml"));
    expect(parts.length).toBeGreaterThan(3);
    let all = "";
    for (const name of parts) {
      const xml = await zip.file(name)!.async("string");
      expect([name, xmlError(xml)]).toEqual([name, null]);
      all += xml;
    }
    expect(all).toContain("万州区!");
  });

  it("writes CSV cells and notes without the characters", () => {
    const csv = buildCsv([["检索", HOSTILE]], ["名称"], [[HOSTILE]]);
    expect(csv).toBe("\uFEFF#检索,万州区!\r\n名称\r\n万州区!\r\n");
  });
});
