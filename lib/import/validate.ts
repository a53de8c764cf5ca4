import { METRIC_KEYS, type MetricKey } from "../metrics";
import { METRIC_COLUMNS, NATURAL_KEY, SHEET_NAMES, type ColumnDef } from "./columns";
import { cellText, type Cell } from "./normalise";
import { columnLetter, type RawSheet } from "./raw-sheet";
import { TARGET_SHEET } from "./target-columns";
import { parseRecord, recordWarnings, type ImportRecord, type IssueParams } from "./record-schema";
import type { Lookup } from "./reference";
import { isTargetSheet, validateTargetSheet, type ValidTargetRow } from "./validate-targets";

/**
 * Reads sheets into records: which metric each sheet holds (by its headers, else its name),
 * which column is which, then every row through the metric's schema, duplicates within the file
 * and the uploader's scope. Pure: the same input gives the same result, nothing is written.
 */
export type Issue = { column: string; header: string; message: string; params: IssueParams };
export type ValidRow = { sheet: string; rowNumber: number; record: ImportRecord; warnings: Issue[] };
export type RefusedRow = { sheet: string; rowNumber: number; issues: Issue[]; cells: string[] };
export type SheetNotice = { sheet: string; message: string; params: IssueParams };
export type Validated = { rows: ValidRow[]; targets: ValidTargetRow[]; refused: RefusedRow[]; notices: SheetNotice[]; headers: Record<string, string[]> };

export type ValidateOptions = {
  lookup: Lookup;
  maxYear: number;
  /** Whether the uploader may write this district × supporter (lib/auth/scope.ts targetInScope). */
  inScope: (district: string, supporter: string) => boolean;
  /** The same for a target, whose district or supporter may be absent (a program-wide target: administrators only). */
  targetInScope: (district: string | null, supporter: string | null) => boolean;
};

// The template's instructions and its hidden drop-down lists hold no records.
const INSTRUCTION_SHEETS = new Set(["说明", "填写说明", "选项", "instructions", "readme"]);

function norm(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

function headerNames(column: ColumnDef): string[] {
  const base = [column.header.zh, column.header.en, ...column.aliases];
  return [...base, ...base.map((h) => h.replace(/[（(].*[)）]$/u, ""))].map(norm);
}

/** Column index → field for a header row and a metric; null when a required column is missing. */
function mapHeaders(header: Cell[], metric: MetricKey): { fields: (ColumnDef | null)[]; missing: ColumnDef[]; duplicate: string | null } {
  const columns = METRIC_COLUMNS[metric];
  const seen = new Set<string>();
  let duplicate: string | null = null;
  const fields = header.map((cell) => {
    const text = norm(cellText(cell));
    if (!text) return null;
    const column = columns.find((c) => headerNames(c).includes(text)) ?? null;
    if (column && seen.has(column.field)) duplicate = cellText(cell);
    if (column) seen.add(column.field);
    return column;
  });
  const missing = columns.filter((c) => !seen.has(c.field) && isRequired(c));
  return { fields, missing, duplicate };
}

function isRequired(column: ColumnDef): boolean {
  const k = column.kind;
  if (k.type === "text" || k.type === "money") return !k.optional;
  if (k.type === "choice" || k.type === "count") return k.defaultValue === undefined;
  return k.type !== "sector";
}

/** How many of a metric's columns a row names (0 when it names none). */
function score(cells: Cell[], metric: MetricKey): number {
  return mapHeaders(cells, metric).fields.filter(Boolean).length;
}

/**
 * The metric and header row of a sheet: the header is the row among the first five naming the
 * most template columns (a title row above it is skipped); the metric is the one whose columns
 * it names completely, else the sheet's name, else the closest (its missing columns are reported).
 */
function metricOfSheet(sheet: RawSheet): { metric: MetricKey; header: number } | null {
  let best = { metric: null as MetricKey | null, header: 0, score: 0 };
  sheet.rows.slice(0, 5).forEach((row, i) => {
    for (const m of METRIC_KEYS) {
      const complete = mapHeaders(row.cells, m).missing.length === 0;
      const s = score(row.cells, m) + (complete ? 100 : 0);
      if (s > best.score) best = { metric: m, header: i, score: s };
    }
  });
  if (best.metric && best.score >= 100) return { metric: best.metric, header: best.header };
  const name = norm(sheet.name);
  const byName = METRIC_KEYS.find((m) => norm(SHEET_NAMES[m].zh) === name || norm(SHEET_NAMES[m].en) === name);
  if (byName) return { metric: byName, header: best.metric === byName ? best.header : 0 };
  return best.metric && best.score >= 3 ? { metric: best.metric, header: best.header } : null;
}

export function naturalKey(record: ImportRecord): string {
  return [record.metric, ...NATURAL_KEY[record.metric].map((f) => String(record.values[f] ?? ""))].join("\u0001");
}

export function validateSheets(sheets: RawSheet[], options: ValidateOptions): Validated {
  const out: Validated = { rows: [], targets: [], refused: [], notices: [], headers: {} };
  const firstSeen = new Map<string, { sheet: string; row: number }>();
  const targetCells = new Map<string, { sheet: string; row: number }>();
  const data = sheets.filter((s) => !INSTRUCTION_SHEETS.has(norm(s.name)));
  if (data.every((s) => s.rows.length === 0)) out.notices.push({ sheet: sheets[0]?.name ?? "", message: "empty", params: {} });
  for (const sheet of data) {
    if (sheet.rows.length === 0) continue;
    if (isTargetSheet(sheet)) {
      const read = validateTargetSheet(sheet, { lookup: options.lookup, inScope: options.targetInScope, seen: targetCells });
      out.targets.push(...read.rows);
      out.refused.push(...read.refused);
      out.notices.push(...read.notices);
      out.headers[sheet.name] = read.header;
      continue;
    }
    const found = metricOfSheet(sheet);
    const metric = found?.metric;
    const headerRow = found ? sheet.rows[found.header] : undefined;
    if (!metric || !headerRow || !found) {
      out.notices.push({ sheet: sheet.name, message: "unknownSheet", params: { expected: [...METRIC_KEYS.map((m) => SHEET_NAMES[m].zh), TARGET_SHEET.zh].join("、") } });
      continue;
    }
    const { fields, missing, duplicate } = mapHeaders(headerRow.cells, metric);
    out.headers[sheet.name] = headerRow.cells.map(cellText);
    if (missing.length) {
      out.notices.push({ sheet: sheet.name, message: "missingColumns", params: { row: headerRow.rowNumber, columns: missing.map((c) => c.header.zh).join("、") } });
      continue;
    }
    if (duplicate) {
      out.notices.push({ sheet: sheet.name, message: "duplicateColumn", params: { row: headerRow.rowNumber, column: duplicate } });
      continue;
    }
    fields.forEach((f, i) => {
      const text = cellText(headerRow.cells[i] ?? null);
      if (!f && text) out.notices.push({ sheet: sheet.name, message: "ignoredColumn", params: { column: columnLetter(i), header: text } });
    });
    if (found.header > 0) out.notices.push({ sheet: sheet.name, message: "skippedAbove", params: { rows: sheet.rows.slice(0, found.header).map((r) => r.rowNumber).join(", "), header: headerRow.rowNumber } });
    if (sheet.rows.length === found.header + 1) out.notices.push({ sheet: sheet.name, message: "headerOnly", params: {} });
    const where = new Map(fields.flatMap((f, i) => (f ? [[f.field, i] as const] : [])));
    const issueAt = (field: string, message: string, params: IssueParams): Issue => {
      const i = where.get(field);
      const column = METRIC_COLUMNS[metric].find((c) => c.field === field);
      return { column: i === undefined ? "" : columnLetter(i), header: column?.header.zh ?? field, message, params };
    };
    for (const row of sheet.rows.slice(found.header + 1)) {
      const cells: Record<string, Cell> = {};
      for (const [field, i] of where) cells[field] = row.cells[i] ?? null;
      // Cells to the right of the last known column mean the row is shifted or has extra data.
      const extra = row.cells.findIndex((c, i) => i >= fields.length && cellText(c ?? null) !== "");
      const raw = row.cells.map((c) => (c !== null && typeof c === "object" ? `[${c.problem}]` : cellText(c)));
      const parsed = parseRecord(metric, cells, options.lookup, options.maxYear);
      const issues = parsed.ok ? [] : parsed.issues.map((i) => issueAt(i.field, i.message, i.params));
      if (extra >= 0) issues.push({ column: columnLetter(extra), header: "", message: "extraCell", params: {} });
      if (!parsed.ok || issues.length) {
        out.refused.push({ sheet: sheet.name, rowNumber: row.rowNumber, issues, cells: raw });
        continue;
      }
      const record = parsed.record;
      const district = String(record.values.districtCode);
      const supporter = String(record.values.supporterCode);
      if (!options.inScope(district, supporter)) {
        const named = (e: { zh: string; code: string } | null, code: string) => (e ? `${e.zh} ${e.code}` : code);
        const params = { district: named(options.lookup.district(district), district), supporter: named(options.lookup.supporter(supporter), supporter) };
        out.refused.push({ sheet: sheet.name, rowNumber: row.rowNumber, issues: [issueAt("districtCode", "outOfScope", params)], cells: raw });
        continue;
      }
      const key = naturalKey(record);
      const first = firstSeen.get(key);
      if (first) {
        out.refused.push({ sheet: sheet.name, rowNumber: row.rowNumber, issues: [issueAt("year", "duplicateRow", { sheet: first.sheet, row: first.row })], cells: raw });
        continue;
      }
      firstSeen.set(key, { sheet: sheet.name, row: row.rowNumber });
      const warnings = recordWarnings(record, options.lookup).map((w) => issueAt(w.field, w.message, w.params));
      out.rows.push({ sheet: sheet.name, rowNumber: row.rowNumber, record, warnings });
    }
  }
  return out;
}
