import "server-only";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RECORD_TABLES } from "@/db/record-tables";
import type { MetricKey } from "@/lib/metrics";

/**
 * Raw, prepared-statement access to one metric's record table for the import, the form and
 * undo: records as plain objects keyed by schema field, so batch_changes can hold them as JSON
 * and undo can put them back exactly (same id, same columns).
 */
export type StoredRecord = Record<string, string | number | null> & { id: number };

type Shape = { table: string; fields: string[]; column: Record<string, string> };
const shapes = new Map<MetricKey, Shape>();

export function shapeOf(metric: MetricKey): Shape {
  let shape = shapes.get(metric);
  if (!shape) {
    const table = RECORD_TABLES[metric].table;
    const columns = getTableColumns(table) as Record<string, { name: string }>;
    const column: Record<string, string> = {};
    for (const [field, c] of Object.entries(columns)) column[field] = c.name;
    shape = { table: getTableName(table), fields: Object.keys(column), column };
    shapes.set(metric, shape);
  }
  return shape;
}

// Preparing a statement costs more than running it: an import of 100,000 rows runs the same few.
const statements = new WeakMap<object, Map<string, import("better-sqlite3").Statement>>();

export function prepared(db: Db, sql: string): import("better-sqlite3").Statement {
  let byText = statements.get(db.$client);
  if (!byText) statements.set(db.$client, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.$client.prepare(sql)));
  return statement;
}

function selectList(shape: Shape): string {
  return shape.fields.map((f) => `"${shape.column[f]}" as "${f}"`).join(", ");
}

function fromRow(row: Record<string, unknown>): StoredRecord {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v === undefined ? null : (v as string | number | null);
  return out as StoredRecord;
}

export function getRecord(db: Db, metric: MetricKey, id: number): StoredRecord | null {
  const shape = shapeOf(metric);
  const row = db.$client.prepare(`select ${selectList(shape)} from "${shape.table}" where id = ?`).get(id) as Record<string, unknown> | undefined;
  return row ? fromRow(row) : null;
}

/** Real (not demonstration), not retired records of the given districts: what an import can match. */
export function activeRealRecords(db: Db, metric: MetricKey, districts: readonly string[]): StoredRecord[] {
  if (!districts.length) return [];
  const shape = shapeOf(metric);
  const marks = districts.map(() => "?").join(",");
  return (db.$client
    .prepare(`select ${selectList(shape)} from "${shape.table}" where is_demo = 0 and retired_by_batch is null and district_code in (${marks})`)
    .all(...districts) as Record<string, unknown>[]).map(fromRow);
}

/** Inserts a record as given (with its id when restoring one); returns the id. */
export function insertRecord(db: Db, metric: MetricKey, values: Record<string, string | number | null | boolean>): number {
  const shape = shapeOf(metric);
  const fields = shape.fields.filter((f) => f in values && (f !== "id" || values.id !== null));
  const sql = `insert into "${shape.table}" (${fields.map((f) => `"${shape.column[f]}"`).join(", ")}) values (${fields.map(() => "?").join(", ")})`;
  const info = prepared(db, sql).run(...fields.map((f) => toSql(values[f])));
  return Number(info.lastInsertRowid);
}

export function updateRecord(db: Db, metric: MetricKey, id: number, values: Record<string, string | number | null | boolean>): void {
  const shape = shapeOf(metric);
  const fields = shape.fields.filter((f) => f !== "id" && f in values);
  if (!fields.length) return;
  prepared(db, `update "${shape.table}" set ${fields.map((f) => `"${shape.column[f]}" = ?`).join(", ")} where id = ?`)
    .run(...fields.map((f) => toSql(values[f])), id);
}

export function deleteRecord(db: Db, metric: MetricKey, id: number): void {
  const shape = shapeOf(metric);
  prepared(db, `delete from "${shape.table}" where id = ?`).run(id);
}

function toSql(value: string | number | null | boolean | undefined): string | number | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}
