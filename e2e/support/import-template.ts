import ExcelJS from "exceljs";
import { test, type Page } from "@playwright/test";

/**
 * Downloads the import template from /data/import (the page must be open), writes `row` as the
 * first data row of `sheetName`, and saves it as `fileName` in the test's output folder. Returns
 * the filled file and the sheet's header row (cells from column A), for the test to check.
 */
export async function fillImportTemplate(page: Page, sheetName: string, row: ExcelJS.CellValue[], fileName: string): Promise<{ filled: string; header: unknown[] }> {
  const downloading = page.waitForEvent("download");
  await page.getByTestId("template-link").click();
  const templatePath = test.info().outputPath("template.xlsx");
  await (await downloading).saveAs(templatePath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(templatePath);
  const sheet = wb.getWorksheet(sheetName);
  if (!sheet) throw new Error(`the template has no sheet ${sheetName}`);
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  sheet.getRow(2).values = row;
  sheet.getRow(2).commit();
  const filled = test.info().outputPath(fileName);
  await wb.xlsx.writeFile(filled);
  return { filled, header };
}
