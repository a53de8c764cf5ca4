import { localized, type Locale } from "@/lib/i18n/config";
import { METRICS, type MetricKey } from "@/lib/metrics";
import type { RecordRow } from "@/lib/queries/record-select";
import { isSectorKey, SECTORS } from "@/lib/sectors";
import type { Cell } from "./csv";

/**
 * The columns of a record export, per metric: codes and names, the record's own fields, the
 * value in stored units (exact integers: 万元, persons, …), its origin (real or demonstration)
 * and its source, so every exported figure can be traced.
 */
export type RecordColumnKey =
  | "id" | "year" | "periodFrom" | "supporterCode" | "supporter" | "districtCode" | "district"
  | "name" | "category" | "sector" | "value" | "amount" | "origin" | "source" | "note" | "partners";

export type RecordText = {
  column: (key: RecordColumnKey, values?: Record<string, string>) => string;
  /** The label of a category key (categories.*), or the key itself when it has none. */
  category: (key: string) => string;
  origin: (isDemo: boolean) => string;
};

type Column = { key: RecordColumnKey; cell: (row: RecordRow) => Cell };

function columnsOf(metric: MetricKey, locale: Locale, text: RecordText): Column[] {
  const m = METRICS[metric];
  const hasTitle = metric !== "funds" && metric !== "cadres";
  const hasAmount = m.source.amountColumn !== null && m.source.amountColumn !== m.source.valueColumn;
  const columns: (Column | false)[] = [
    { key: "id", cell: (r) => r.id },
    { key: "year", cell: (r) => r.year },
    { key: "periodFrom", cell: (r) => r.periodFrom },
    { key: "supporterCode", cell: (r) => r.supporterCode },
    { key: "supporter", cell: (r) => localized({ zh: r.supporterZh, en: r.supporterEn }, locale) },
    { key: "districtCode", cell: (r) => r.districtCode },
    { key: "district", cell: (r) => localized({ zh: r.districtZh, en: r.districtEn }, locale) },
    hasTitle && { key: "name", cell: (r) => r.title },
    { key: "category", cell: (r) => text.category(r.category) },
    m.hasSector && { key: "sector", cell: (r) => (r.sector && isSectorKey(r.sector) ? localized(SECTORS[r.sector], locale) : r.sector) },
    { key: "value", cell: (r) => r.value },
    hasAmount && { key: "amount", cell: (r) => r.rankValue },
    { key: "origin", cell: (r) => text.origin(r.isDemo) },
    { key: "source", cell: (r) => localized({ zh: r.sourceZh, en: r.sourceEn }, locale) },
    { key: "note", cell: (r) => r.note },
    // A joint record names every partner, so an export read per supporter does not mistake it for one's own.
    { key: "partners", cell: (r) => (r.partnersZh ? localized({ zh: r.partnersZh, en: r.partnersEn ?? r.partnersZh }, locale) : null) },
  ];
  return columns.filter((c): c is Column => c !== false);
}

export function recordTable(metric: MetricKey, locale: Locale, text: RecordText): { keys: RecordColumnKey[]; headers: string[]; cells: (row: RecordRow) => Cell[] } {
  const columns = columnsOf(metric, locale, text);
  const values = { metric: localized(METRICS[metric].label, locale), unit: localized(METRICS[metric].storedUnit, locale) };
  return {
    keys: columns.map((c) => c.key),
    headers: columns.map((c) => text.column(c.key, c.key === "value" ? values : undefined)),
    cells: (row) => columns.map((c) => c.cell(row)),
  };
}
