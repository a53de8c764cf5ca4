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

type Values = Record<string, string | number | null | boolean>;

/** Which of the metric's fields are given, in `values` or in `own` (a bit each; an id of null counts as not given). */
function fieldMask(shape: Shape, values: Values, own?: Values): number {
  let mask = 0;
  for (let i = 0; i < shape.fields.length; i++) {
    const f = shape.fields[i]!;
    if (own && f in own) mask |= 1 << i;
    else if (f in values && (f !== "id" || values.id !== null)) mask |= 1 << i;
  }
  return mask;
}

function insertSql(shape: Shape, fields: string[], rows: number): string {
  const row = `(${fields.map(() => "?").join(", ")})`;
  return `insert into "${shape.table}" (${fields.map((f) => `"${shape.column[f]}"`).join(", ")}) values ${Array(rows).fill(row).join(", ")}`;
}

/** Inserts a record as given (with its id when restoring one); returns the id. */
export function insertRecord(db: Db, metric: MetricKey, values: Values): number {
  const shape = shapeOf(metric);
  const mask = fieldMask(shape, values);
  const fields = shape.fields.filter((_, i) => mask & (1 << i));
  const info = prepared(db, insertSql(shape, fields, 1)).run(...fields.map((f) => toSql(values[f])));
  return Number(info.lastInsertRowid);
}

/** Rows per INSERT statement of RecordInserts: 100 rows of a dozen columns stay far below SQLite's 32,766 parameters. */
const ROWS_PER_INSERT = 100;

/**
 * New records inserted a hundred rows per statement, in the order given: an import inserts
 * 100,000, and one statement per row spent as much time binding and stepping as SQLite spent
 * writing. Rows are held until a hundred have the same metric and fields, or flush() is called;
 * call it before reading the table. The ids are not returned (BatchWriter logs the inserted
 * records in one statement afterwards: ./apply.ts).
 */
export class RecordInserts {
  private key = "";
  private shape: Shape | null = null;
  private fields: string[] = [];
  private args: (string | number | null)[] = [];
  private rows = 0;

  constructor(private readonly db: Db) {}

  /** A record of `values` and `own`; where both give a field, `own` wins (a row cannot set its own batch or source). */
  add(metric: MetricKey, values: Values, own: Values): void {
    const shape = shapeOf(metric);
    const mask = fieldMask(shape, values, own);
    const key = `${metric}:${mask}`;
    if (key !== this.key) {
      this.flush();
      this.key = key;
      this.shape = shape;
      this.fields = shape.fields.filter((_, i) => mask & (1 << i));
    }
    for (const f of this.fields) this.args.push(toSql(f in own ? own[f] : values[f]));
    if (++this.rows === ROWS_PER_INSERT) this.flush();
  }

  flush(): void {
    if (!this.rows || !this.shape) return;
    prepared(this.db, insertSql(this.shape, this.fields, this.rows)).run(this.args);
    this.args = [];
    this.rows = 0;
  }
}

export function updateRecord(db: Db, metric: MetricKey, id: number, values: Values): void {
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
