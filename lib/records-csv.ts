import { localized, type Locale } from "./i18n/config";
import { METRICS, type MetricKey } from "./metrics";
import type { RecordRow } from "./queries/record-select";
import { isSectorKey, SECTORS } from "./sectors";

/** UTF-8 byte order mark: Excel opens the file as UTF-8 only with it. */
export const BOM = "\uFEFF";

/**
 * A cell as text. Text that a spreadsheet would read as a formula (starting with = + - @, tab or
 * carriage return) is prefixed with an apostrophe; numbers stay numbers.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | boolean | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export type RecordCsvLabels = {
  /** Column headers, in order (see recordCsvColumns). */
  columns: Record<(typeof RECORD_CSV_COLUMNS)[number], string>;
  category: (key: string) => string;
  real: string;
  demo: string;
};

export const RECORD_CSV_COLUMNS = ["id", "year", "periodFrom", "supporterCode", "supporter", "districtCode", "district", "title", "category", "sector", "value", "rankValue", "origin", "source", "note"] as const;

/** The header line; value columns name their stored unit (万元, 人次, …) so sums stay exact. */
export function recordCsvHeader(metric: MetricKey, labels: RecordCsvLabels, locale: Locale): string {
  const unit = localized(METRICS[metric].storedUnit, locale);
  return csvLine(RECORD_CSV_COLUMNS.map((c) => (c === "value" ? `${labels.columns.value} (${unit})` : labels.columns[c])));
}

export function recordCsvLine(row: RecordRow, labels: RecordCsvLabels, locale: Locale): string {
  const sector = row.sector && isSectorKey(row.sector) ? localized(SECTORS[row.sector], locale) : row.sector;
  return csvLine([
    row.id,
    row.year,
    row.periodFrom,
    row.supporterCode,
    localized({ zh: row.supporterZh, en: row.supporterEn }, locale),
    row.districtCode,
    localized({ zh: row.districtZh, en: row.districtEn }, locale),
    row.title,
    labels.category(row.category),
    sector,
    row.value,
    row.rankValue,
    row.isDemo ? labels.demo : labels.real,
    localized({ zh: row.sourceZh, en: row.sourceEn }, locale),
    row.note,
  ]);
}
