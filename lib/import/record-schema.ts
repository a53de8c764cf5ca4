import { z } from "zod";
import enCore from "@/lib/i18n/messages/en/core.json";
import zhCore from "@/lib/i18n/messages/zh-CN/core.json";
import type { MetricKey } from "../metrics";
import { METRIC_COLUMNS, sectorLabelToKey, type ColumnDef } from "./columns";
import { cellText, parseAmount, parseYear, type Cell } from "./normalise";
import type { Lookup } from "./reference";

/**
 * One zod schema per metric, shared by the import and the single-record form: raw cells in
 * (text or numbers as typed), a record in stored units out. Each issue's message is a key of the
 * `importRow` messages and its params name the column, so the reader gets it in their language.
 */
export type ImportRecord = { metric: MetricKey; values: Record<string, string | number | null> };
export type IssueParams = Record<string, string | number>;

const CATEGORY_LABELS = new Map<string, string>();
// Cells are read NFKC-normalised (full-width brackets become ASCII), so the labels are too.
for (const [key, zh] of Object.entries(zhCore.categories)) CATEGORY_LABELS.set(zh.normalize("NFKC"), key);
for (const [key, en] of Object.entries(enCore.categories)) CATEGORY_LABELS.set(en.normalize("NFKC").toLowerCase(), key);

function choiceKey(text: string, values: readonly string[]): string | null {
  if (values.includes(text)) return text;
  const key = CATEGORY_LABELS.get(text) ?? CATEGORY_LABELS.get(text.toLowerCase());
  return key && values.includes(key) ? key : null;
}

type Ctx = z.core.$RefinementCtx;

function fail(ctx: Ctx, column: ColumnDef, message: string, params: IssueParams = {}): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message, path: [column.field], params: { ...params } });
  return z.NEVER;
}

function problemOf(cell: Cell): string | null {
  return cell !== null && typeof cell === "object" ? `cell.${cell.problem}` : null;
}

function columnSchema(column: ColumnDef, lookup: Lookup, maxYear: number) {
  return z.custom<Cell>().transform((cell: Cell, ctx): string | number | null => {
    const problem = problemOf(cell);
    if (problem) return fail(ctx, column, problem);
    const text = cellText(cell);
    const kind = column.kind;
    switch (kind.type) {
      case "district": {
        if (!text) return fail(ctx, column, "required");
        return lookup.district(text)?.code ?? fail(ctx, column, "unknownDistrict", { value: text });
      }
      case "supporter": {
        if (!text) return fail(ctx, column, "required");
        return lookup.supporter(text)?.code ?? fail(ctx, column, "unknownSupporter", { value: text });
      }
      case "year": {
        const r = parseYear(cell, maxYear);
        return r.ok ? r.value : fail(ctx, column, `year.${r.reason}`, { value: text, max: maxYear });
      }
      case "money":
      case "count": {
        if (!text && kind.type === "money" && kind.optional) return null;
        if (!text && kind.type === "count" && kind.defaultValue !== undefined) return kind.defaultValue;
        const r = parseAmount(cell, kind.type === "money" ? { money: true } : { money: false, unitWords: kind.unitWords });
        if (!r.ok) return fail(ctx, column, `number.${r.reason}`, { value: text });
        // Every record adds something: a zero is a missing figure, not a figure (the tables check > 0).
        if (r.value === 0 && !(kind.type === "money" && kind.optional)) return fail(ctx, column, "number.zero", { value: text });
        return r.value;
      }
      case "text": {
        if (!text) return kind.optional ? null : fail(ctx, column, "required");
        if (text.length > kind.maxLength) return fail(ctx, column, "tooLong", { max: kind.maxLength });
        return text;
      }
      case "choice": {
        if (!text) return kind.defaultValue ?? fail(ctx, column, "required");
        return choiceKey(text, kind.values) ?? fail(ctx, column, "unknownChoice", { value: text });
      }
      case "sector": {
        if (!text) return null;
        return sectorLabelToKey(text) ?? fail(ctx, column, "unknownSector", { value: text });
      }
    }
  });
}

function buildSchema(metric: MetricKey, lookup: Lookup, maxYear: number) {
  const shape: Record<string, ReturnType<typeof columnSchema>> = {};
  for (const column of METRIC_COLUMNS[metric]) shape[column.field] = columnSchema(column, lookup, maxYear);
  return z.object(shape);
}

// Building a zod object schema (and its first parse) costs far more than parsing a row: 100,000
// rows took 80 s when each built its own. One schema per lookup, metric and year range.
const schemas = new WeakMap<Lookup, Map<string, ReturnType<typeof buildSchema>>>();

/** The schema of one metric's row: an object of cells keyed by record field. */
export function recordSchema(metric: MetricKey, lookup: Lookup, maxYear: number) {
  let byMetric = schemas.get(lookup);
  if (!byMetric) schemas.set(lookup, (byMetric = new Map()));
  const key = `${metric}|${maxYear}`;
  let schema = byMetric.get(key);
  if (!schema) byMetric.set(key, (schema = buildSchema(metric, lookup, maxYear)));
  return schema;
}

export type RowIssue = { field: string; message: string; params: IssueParams };

/** Parses one row; either the record in stored units or every problem, column by column. */
export function parseRecord(metric: MetricKey, cells: Record<string, Cell>, lookup: Lookup, maxYear: number):
  { ok: true; record: ImportRecord } | { ok: false; issues: RowIssue[] } {
  const full: Record<string, Cell> = {};
  for (const column of METRIC_COLUMNS[metric]) full[column.field] = cells[column.field] ?? null;
  const parsed = recordSchema(metric, lookup, maxYear).safeParse(full);
  if (parsed.success) return { ok: true, record: { metric, values: parsed.data } };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      field: String(issue.path[0] ?? ""),
      message: issue.message,
      params: ((issue as { params?: IssueParams }).params ?? {}) as IssueParams,
    })),
  };
}

/** Warnings: allowed, noted in the preview and the batch. */
export function recordWarnings(record: ImportRecord, lookup: Lookup): RowIssue[] {
  const warnings: RowIssue[] = [];
  const v = record.values;
  const supporter = String(v.supporterCode);
  const district = String(v.districtCode);
  if (!lookup.isPairing(supporter, district)) warnings.push({ field: "supporterCode", message: "warn.unknownPairing", params: {} });
  for (const column of METRIC_COLUMNS[record.metric]) {
    const value = v[column.field];
    if (typeof value !== "number") continue;
    const kind = column.kind;
    if ((kind.type === "money" || kind.type === "count") && value > kind.warnAbove) warnings.push({ field: column.field, message: "warn.large", params: { value } });
    if (kind.type === "money" && kind.warnBelow !== undefined && value < kind.warnBelow) warnings.push({ field: column.field, message: "warn.smallMoney", params: { value } });
  }
  return warnings;
}
