import { inputProblems, targetInputSchema, type TargetInput } from "../progress/target-input";
import { cellText, parseAmount, parseYear, type Cell } from "./normalise";
import { columnLetter, type RawSheet } from "./raw-sheet";
import { TARGET_COLUMNS, isTargetSheetName, mapTargetHeaders, metricOf, scopeOf, type TargetColumn } from "./target-columns";
import type { Lookup } from "./reference";
import type { Issue, RefusedRow, SheetNotice } from "./validate";

/**
 * Reads the targets sheet: each row into the single-target form's input, checked by the form's
 * own schema (targetInputSchema), so a row is refused with the form's sentence for the same
 * problem; then known codes, the uploader's scope and duplicates within the file. Pure.
 */
export type ValidTargetRow = { sheet: string; rowNumber: number; input: TargetInput };

export type TargetValidation = { rows: ValidTargetRow[]; refused: RefusedRow[]; notices: SheetNotice[]; header: string[] };

/** Form problems are worded by the form's messages: `targetForm.errors.<code>` about `targetForm.fields.<field>`. */
export const TARGET_ISSUE_PREFIX = "targetForm.";

const REQUIRED = TARGET_COLUMNS.filter((c) => c.required);

/** The header row among the first five naming every required target column, or null. */
function headerRowOf(sheet: RawSheet): number | null {
  for (const [i, row] of sheet.rows.slice(0, 5).entries()) {
    const named = new Set(mapTargetHeaders(row.cells.map(cellText)).flatMap((c) => (c ? [c.field] : [])));
    if (REQUIRED.every((c) => named.has(c.field))) return i;
  }
  return null;
}

/** A sheet holds targets when its name says so or its headers are the targets sheet's. */
export function isTargetSheet(sheet: RawSheet): boolean {
  return isTargetSheetName(sheet.name) || headerRowOf(sheet) !== null;
}

/** A number cell as the form would send it; text that is not a number stays text, so the schema names it. */
function numberOf(cell: Cell, money: boolean): number | string | null {
  const text = cellText(cell);
  if (!text && typeof cell !== "number") return null;
  const parsed = parseAmount(cell, { money });
  return parsed.ok ? parsed.value : text;
}

function profileOf(cell: Cell): (number | string)[] | string | null {
  const text = cellText(cell);
  if (!text) return null;
  const parts = text.split(/[,，、;；\s]+/u).filter(Boolean);
  return parts.map((p) => (/^\d+(?:\.\d+)?$/.test(p) ? Number(p) : p));
}

export type TargetValidateOptions = {
  lookup: Lookup;
  /** Whether the uploader may write a target of this district / supporter (lib/auth/scope.ts targetInScope). */
  inScope: (district: string | null, supporter: string | null) => boolean;
  /** Cells already seen in the file, shared across sheets. */
  seen: Map<string, { sheet: string; row: number }>;
};

export function targetCellKey(t: Pick<TargetInput, "scope" | "district" | "supporter" | "metric" | "periodFrom" | "periodTo">): string {
  return [t.scope, t.district ?? "", t.supporter ?? "", t.metric, t.periodFrom, t.periodTo].join("|");
}

export function validateTargetSheet(sheet: RawSheet, options: TargetValidateOptions): TargetValidation {
  const out: TargetValidation = { rows: [], refused: [], notices: [], header: [] };
  const headerIndex = headerRowOf(sheet);
  const headerRow = headerIndex === null ? sheet.rows[0] : sheet.rows[headerIndex];
  if (!headerRow) return out;
  out.header = headerRow.cells.map(cellText);
  const columns = mapTargetHeaders(out.header);
  if (headerIndex === null) {
    const named = new Set(columns.flatMap((c) => (c ? [c.field] : [])));
    out.notices.push({ sheet: sheet.name, message: "missingColumns", params: { row: headerRow.rowNumber, columns: REQUIRED.filter((c) => !named.has(c.field)).map((c) => c.header.zh).join("、") } });
    return out;
  }
  const where = new Map<TargetColumn["field"], number>();
  columns.forEach((c, i) => {
    if (!c) {
      if (out.header[i]) out.notices.push({ sheet: sheet.name, message: "ignoredColumn", params: { column: columnLetter(i), header: out.header[i] ?? "" } });
      return;
    }
    if (where.has(c.field)) out.notices.push({ sheet: sheet.name, message: "duplicateColumn", params: { row: headerRow.rowNumber, column: out.header[i] ?? "" } });
    else where.set(c.field, i);
  });
  if (sheet.rows.length === headerIndex + 1) out.notices.push({ sheet: sheet.name, message: "headerOnly", params: {} });
  const issueAt = (field: string, message: string, params: Record<string, string | number> = {}): Issue => {
    const i = where.get(field as TargetColumn["field"]);
    const column = TARGET_COLUMNS.find((c) => c.field === field);
    return { column: i === undefined ? "" : columnLetter(i), header: column?.header.zh ?? "", message, params };
  };
  const formIssue = (field: string, code: string) => issueAt(field, `${TARGET_ISSUE_PREFIX}${code}`, { field });

  for (const row of sheet.rows.slice(headerIndex + 1)) {
    const cell = (field: TargetColumn["field"]): Cell => {
      const i = where.get(field);
      return i === undefined ? null : (row.cells[i] ?? null);
    };
    const raw = row.cells.map((c) => (c !== null && typeof c === "object" ? `[${c.problem}]` : cellText(c)));
    const issues: Issue[] = [];
    for (const field of where.keys()) {
      const c = cell(field);
      if (c !== null && typeof c === "object") issues.push(issueAt(field, `cell.${c.problem}`));
    }
    const text = (field: TargetColumn["field"]) => cellText(cell(field)) || null;
    const district = text("district");
    const supporter = text("supporter");
    const districtCode = district ? (options.lookup.district(district)?.code ?? null) : null;
    const supporterCode = supporter ? (options.lookup.supporter(supporter)?.code ?? null) : null;
    if (district && !districtCode) issues.push(issueAt("district", "unknownDistrict", { value: district }));
    if (supporter && !supporterCode) issues.push(issueAt("supporter", "unknownSupporter", { value: supporter }));
    const scopeText = text("scope");
    const metricText = text("metric");
    const year = (field: "periodFrom" | "periodTo") => {
      const y = parseYear(cell(field), 2100);
      return y.ok ? y.value : text(field);
    };
    const candidate = {
      scope: scopeText ? (scopeOf(scopeText) ?? scopeText) : undefined,
      district: districtCode ?? (district ? "000000" : null),
      supporter: supporterCode ?? (supporter ? "000000" : null),
      metric: metricText ? (metricOf(metricText) ?? metricText) : undefined,
      periodFrom: year("periodFrom") ?? undefined,
      periodTo: year("periodTo") ?? undefined,
      targetValue: numberOf(cell("targetValue"), true) ?? undefined,
      baseline: numberOf(cell("baseline"), true),
      profile: profileOf(cell("profile")),
      note: text("note") ?? undefined,
    };
    const parsed = targetInputSchema.safeParse(candidate);
    if (!parsed.success) for (const p of inputProblems(parsed.error)) issues.push(formIssue(p.field, p.code));
    if (issues.length || !parsed.success) {
      out.refused.push({ sheet: sheet.name, rowNumber: row.rowNumber, issues, cells: raw });
      continue;
    }
    const input = parsed.data;
    if (!options.inScope(input.district ?? null, input.supporter ?? null)) {
      const named = (e: { zh: string; code: string } | null, code: string | null | undefined) => (code ? (e ? `${e.zh} ${e.code}` : code) : "—");
      const params = { district: named(input.district ? options.lookup.district(input.district) : null, input.district), supporter: named(input.supporter ? options.lookup.supporter(input.supporter) : null, input.supporter) };
      out.refused.push({ sheet: sheet.name, rowNumber: row.rowNumber, issues: [issueAt(input.district ? "district" : input.supporter ? "supporter" : "scope", "outOfScope", params)], cells: raw });
      continue;
    }
    const key = targetCellKey(input);
    const first = options.seen.get(key);
    if (first) {
      out.refused.push({ sheet: sheet.name, rowNumber: row.rowNumber, issues: [issueAt("periodFrom", "duplicateRow", { sheet: first.sheet, row: first.row })], cells: raw });
      continue;
    }
    options.seen.set(key, { sheet: sheet.name, row: row.rowNumber });
    out.rows.push({ sheet: sheet.name, rowNumber: row.rowNumber, input });
  }
  return out;
}
