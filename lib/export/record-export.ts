import "server-only";
import ExcelJS from "exceljs";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import type { Db } from "@/db/client";
import type { Filters } from "@/lib/filters";
import type { Locale } from "@/lib/i18n/config";
import type { MetricKey } from "@/lib/metrics";
import { iterateRecords } from "@/lib/queries/records";
import { BOM, csvNoteRow, csvRow, type Note } from "./csv";
import type { RecordColumnKey, RecordText } from "./record-columns";
import { recordTable } from "./record-columns";
import { addNotesSheet, headerRange, printSetup, xlsxValue } from "./xlsx";

/**
 * Every record under a filter as CSV or XLSX, streamed: rows are read in keyset chunks and
 * written as the client reads, so a million-row export runs in constant memory and the first
 * bytes leave at once.
 */
export type RecordExport = { db: Db; filters: Filters; metric: MetricKey; q: string; locale: Locale; text: RecordText; notes: readonly Note[] };

const ROWS_PER_CHUNK = 1000;

/** Column widths (characters) for A4 landscape at fit-to-width: what names, codes and figures need. */
const COLUMN_WIDTHS: Partial<Record<RecordColumnKey, number>> = {
  id: 8, year: 7, periodFrom: 8, supporterCode: 9, supporter: 16, districtCode: 9, district: 16,
  name: 28, category: 12, sector: 10, value: 12, amount: 12, origin: 8, source: 32, note: 32,
};
const WRAPPED = new Set<RecordColumnKey>(["name", "source", "note", "supporter", "district"]);

/** The CSV text in chunks (BOM and notes first); pure over the database, so tests can read it whole. */
export function* recordCsvChunks(spec: RecordExport): Generator<string> {
  const { headers, cells } = recordTable(spec.metric, spec.locale, spec.text);
  yield BOM + spec.notes.map(csvNoteRow).join("") + csvRow(headers);
  let chunk = "";
  let count = 0;
  for (const row of iterateRecords(spec.db, spec.filters, spec.metric, spec.q)) {
    chunk += csvRow(cells(row));
    if (++count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

export function recordCsvStream(spec: RecordExport): ReadableStream<Uint8Array> {
  const chunks = recordCsvChunks(spec);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      chunks.return(undefined);
    },
  });
}

/** Writes the workbook into `out` (data sheet streamed row by row, then the notes sheet), waiting whenever the reader lags. */
export async function writeRecordXlsx(spec: RecordExport & { dataSheet: string; notesSheet: string }, out: PassThrough): Promise<void> {
  const { keys, headers, cells } = recordTable(spec.metric, spec.locale, spec.text);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "Duikou";
  const sheet = workbook.addWorksheet(spec.dataSheet, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: printSetup(),
  });
  sheet.autoFilter = headerRange(headers.length);
  // Rows stream, so widths cannot be measured: each column gets the width its content needs
  // (names, sources and notes wrap rather than clip). Stored units are integers: no decimals.
  sheet.columns = headers.map((header, i) => {
    const key = keys[i]!;
    const wrap = WRAPPED.has(key);
    return {
      width: Math.max(COLUMN_WIDTHS[key] ?? 10, Math.min(16, [...header].length * 2 + 2)),
      style: { ...(key === "value" || key === "amount" ? { numFmt: "#,##0" } : {}), alignment: { vertical: "top", ...(wrap ? { wrapText: true } : {}) } },
    };
  });
  const head = sheet.addRow(headers);
  head.font = { bold: true };
  head.commit();
  let count = 0;
  for (const row of iterateRecords(spec.db, spec.filters, spec.metric, spec.q)) {
    if (out.destroyed) return;
    sheet.addRow(cells(row).map(xlsxValue)).commit();
    if (++count % ROWS_PER_CHUNK === 0) {
      // Let the zip writer compress and pass on what is written so far (else nothing leaves until
      // the last row), then wait while the reader is behind.
      await new Promise((resolve) => setImmediate(resolve));
      if (out.writableNeedDrain) await once(out, "drain");
    }
  }
  sheet.commit();
  addNotesSheet(workbook, spec.notesSheet, spec.notes).commit();
  await workbook.commit();
}

export function recordXlsxStream(spec: RecordExport & { dataSheet: string; notesSheet: string }): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  writeRecordXlsx(spec, out).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
