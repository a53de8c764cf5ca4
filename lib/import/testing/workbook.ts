import ExcelJS from "exceljs";

/** Builds an XLSX in memory from sheets of plain rows (header first), for tests and the corpus. */
export async function xlsxOf(sheets: { name: string; rows: unknown[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row as ExcelJS.CellValue[]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvOf(rows: unknown[][]): string {
  return rows.map((r) => r.map((c) => {
    const t = String(c ?? "");
    return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  }).join(",")).join("\r\n") + "\r\n";
}
