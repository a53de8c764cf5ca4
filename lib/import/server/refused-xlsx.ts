import "server-only";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/config";
import { neutraliseCell } from "@/lib/export/neutralise";
import type { PendingMeta } from "./pending";
import { issueTexts } from "./describe";

/**
 * The refused rows as an XLSX in the layout they came in (same sheet names and headers), with a
 * message column at the end, so they can be fixed and uploaded again as they are.
 */
export async function refusedWorkbook(pending: Pick<PendingMeta, "refused" | "headers">, locale: Locale): Promise<Buffer> {
  const texts = issueTexts(locale);
  const wb = new ExcelJS.Workbook();
  const messageHeader = locale === "en" ? "Why refused" : "拒绝原因";
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const row of pending.refused) {
    let ws = sheets.get(row.sheet);
    const headers = pending.headers[row.sheet] ?? [];
    if (!ws) {
      ws = wb.addWorksheet(row.sheet.slice(0, 31) || "Sheet1");
      ws.addRow([...headers, messageHeader, locale === "en" ? "Row" : "原行号"]).font = { bold: true };
      sheets.set(row.sheet, ws);
    }
    const cells = headers.map((_, i) => neutraliseCell(row.cells[i] ?? ""));
    ws.addRow([...cells, row.issues.map((i) => texts.message(i)).join("\n"), row.rowNumber]);
  }
  if (sheets.size === 0) wb.addWorksheet("-");
  return Buffer.from(await wb.xlsx.writeBuffer());
}
